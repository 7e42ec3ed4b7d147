import { chunks, IN_LIST } from '../../db/chunks.ts';
import { sql } from 'kysely';
import { insertRows } from '../../db/bulk-insert.ts';
import { isPostgres, type Executor } from '../../db/dialect.ts';
import type { SurveyAnswer, SurveyAnswerTable } from '../../db/schema.ts';
import { visibleTo } from '../../db/visibility.ts';
import type { SummaryGroup } from '../../domain/service/feedback.ts';
import type { SurveyKind } from '../../domain/service/survey-labels.ts';
import { ownerFilter, type Scope } from '../../domain/scope.ts';
import {
  surveyAnswerCountsRepository as counts,
  type ScoreCount,
} from './survey-answer-counts.repository.ts';

const COLUMN = {
  country: 'country',
  tier: 'tier',
  owner: 'owner_id',
  month: 'month',
  product: 'product_id',
} as const;

export type { ScoreCount };

/** A midnight (UTC) instant's day, for the counts; else undefined (the raw answers answer it). */
const dayOf = (instant: string | undefined) =>
  instant?.endsWith('T00:00:00.000Z') ? instant.slice(0, 10) : undefined;

/**
 * The only writer of `survey_answers` and of its counts (`survey_answer_counts`, 0090), which it
 * keeps in the same transaction as every answer inserted or changed. An answer carries its
 * customer's owner, country and tier as they were when it was given, so a scoped summary groups
 * and scopes one table by a covering index, and an unscoped one reads the counts.
 */
export const surveyAnswersRepository = {
  /**
   * Answers written at once (seed, bench), counted with them — or, with `counts: 'later'`, left
   * for one `recount` after the last batch (a million answers count faster in one pass).
   */
  async insertMany(db: Executor, rows: SurveyAnswerTable[], o: { counts?: 'later' } = {}) {
    await insertRows(db, 'survey_answers', rows);
    if (o.counts !== 'later') await counts.add(db, rows, 1);
  },

  /** Counts a workspace's answers again from the answers themselves. */
  recount: (db: Executor, workspaceId: string) => counts.rebuild(db, workspaceId),

  find(db: Executor, workspaceId: string, surveyId: string): Promise<SurveyAnswer | undefined> {
    return db
      .selectFrom('survey_answers')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('survey_id', '=', surveyId)
      .executeTakeFirst();
  },

  async insert(db: Executor, row: SurveyAnswerTable): Promise<void> {
    await db.insertInto('survey_answers').values(row).execute();
    await counts.add(db, [row], 1);
  },

  async change(
    db: Executor,
    workspaceId: string,
    surveyId: string,
    patch: Pick<SurveyAnswerTable, 'score' | 'comment' | 'language' | 'answered_at' | 'month'> & {
      follow_up_id?: string | null;
    },
  ): Promise<void> {
    // The answer as it was, locked on PostgreSQL until the transaction ends: two changes at once
    // must not both take it from the same old counts.
    const before = await db
      .selectFrom('survey_answers')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('survey_id', '=', surveyId)
      .$if(isPostgres(db), (q) => q.forUpdate())
      .executeTakeFirst();
    await db
      .updateTable('survey_answers')
      .set(patch)
      .where('workspace_id', '=', workspaceId)
      .where('survey_id', '=', surveyId)
      .execute();
    // A new score or day moves the answer from its old counts to its new ones.
    if (
      before &&
      (before.score !== patch.score ||
        before.answered_at.slice(0, 10) !== patch.answered_at.slice(0, 10))
    ) {
      await counts.add(db, [before], -1);
      await counts.add(db, [{ ...before, ...patch }], 1);
    }
  },

  /** Poor answers (NPS 0–6, CSAT 1–2) of a customer since an instant, newest first. */
  poorSince(db: Executor, workspaceId: string, customerId: string, since: string) {
    return db
      .selectFrom('survey_answers')
      .select(['kind', 'score', 'answered_at'])
      .where('workspace_id', '=', workspaceId)
      .where('customer_id', '=', customerId)
      .where('answered_at', '>=', since)
      .where((eb) =>
        eb.or([
          eb.and([eb('kind', '=', 'nps'), eb('score', '<=', 6)]),
          eb.and([eb('kind', '=', 'csat'), eb('score', '<=', 2)]),
        ]),
      )
      .orderBy('answered_at', 'desc')
      .execute();
  },

  /** Poor answers (NPS 0–6, CSAT 1–2) of these customers since `since`, latest first. */
  async poorOf(db: Executor, workspaceId: string, customerIds: string[], since: string) {
    const out: { customer_id: string; kind: 'csat' | 'nps'; score: number; answered_at: string }[] =
      [];
    for (const ids of chunks(customerIds, IN_LIST))
      out.push(
        ...(await db
          .selectFrom('survey_answers')
          .select(['customer_id', 'kind', 'score', 'answered_at'])
          .where('workspace_id', '=', workspaceId)
          .where('customer_id', 'in', ids)
          .where('answered_at', '>=', since)
          .where((eb) =>
            eb.or([
              eb.and([eb('kind', '=', 'nps'), eb('score', '<=', 6)]),
              eb.and([eb('kind', '=', 'csat'), eb('score', '<=', 2)]),
            ]),
          )
          .orderBy('answered_at', 'desc')
          .execute()),
      );
    return out;
  },

  /**
   * Answers per group and score within the caller's scope (the owner at the time of the answer).
   * Everyone's (an admin's) come from the counts, exact for any day range; a rep's or manager's
   * from the answers. Promoters, detractors, sums and the figures are made by the service.
   */
  summary(
    db: Executor,
    scope: Scope,
    f: { group: SummaryGroup; kind: SurveyKind; from?: string; to?: string },
  ): Promise<ScoreCount[]> {
    const [from, to] = [dayOf(f.from), dayOf(f.to)];
    if (ownerFilter(scope) === null && !!f.from === !!from && !!f.to === !!to)
      return counts.summary(db, scope.workspaceId, { group: f.group, kind: f.kind, from, to });
    return surveyAnswersRepository.summaryOfAnswers(db, scope, f);
  },

  /**
   * The same from the answers: only count(*), grouped in the order of a covering index, so a
   * million answers are one index pass (the scoped path, and the check of the counts).
   */
  async summaryOfAnswers(
    db: Executor,
    scope: Scope,
    f: { group: SummaryGroup; kind: SurveyKind; from?: string; to?: string },
  ): Promise<ScoreCount[]> {
    const scoped = ownerFilter(scope) !== null;
    // Everyone's answers are read in the order of the group's covering index. A rep's or a
    // manager's are few: grouping by an expression (`country || ''`) keeps the planner from
    // walking the whole group index for its order and sends it to the owner index instead.
    const key = scoped
      ? sql<string>`${sql.ref(COLUMN[f.group])} || ''`
      : sql.ref<string>(COLUMN[f.group]);
    let q = db
      .selectFrom('survey_answers')
      .select((eb) => [key.as('key'), 'score', eb.fn.countAll<number | string>().as('answers')])
      .where('workspace_id', '=', scope.workspaceId)
      .where('kind', '=', f.kind)
      .$call(visibleTo(scope, 'survey_answers.owner_id'));
    if (f.from) q = q.where('answered_at', '>=', f.from);
    if (f.to) q = q.where('answered_at', '<', f.to);
    const rows = await q.groupBy([key, 'score']).execute();
    return rows.map((r) => ({ key: r.key, score: r.score, answers: Number(r.answers) }));
  },

  /**
   * A customer's CSAT answers: the latest (with its survey's ticket and subject) and how many there
   * are with their sum. The caller has checked the customer is in its scope.
   */
  async csatOf(db: Executor, workspaceId: string, customerId: string) {
    const base = db
      .selectFrom('survey_answers as a')
      .where('a.workspace_id', '=', workspaceId)
      .where('a.customer_id', '=', customerId)
      .where('a.kind', '=', 'csat');
    const latest = await base
      .innerJoin('surveys as s', (j) =>
        j.onRef('s.workspace_id', '=', 'a.workspace_id').onRef('s.id', '=', 'a.survey_id'),
      )
      .select(['a.score', 'a.comment', 'a.language', 'a.answered_at', 's.ticket_id', 's.subject'])
      .orderBy('a.answered_at', 'desc')
      .orderBy('a.survey_id', 'desc')
      .limit(1)
      .executeTakeFirst();
    const counts = await base
      .select((eb) => [
        eb.fn.countAll<number | string>().as('answers'),
        eb.fn.sum<number | string>('a.score').as('sum'),
      ])
      .executeTakeFirst();
    return {
      latest,
      answers: Number(counts?.answers ?? 0),
      sum: Number(counts?.sum ?? 0),
    };
  },

  /** A round's answers in the caller's scope, for its NPS. */
  async roundCounts(db: Executor, scope: Scope, roundId: string) {
    const row = await db
      .selectFrom('survey_answers as a')
      .innerJoin('surveys as s', (j) =>
        j.onRef('s.workspace_id', '=', 'a.workspace_id').onRef('s.id', '=', 'a.survey_id'),
      )
      .select((eb) => [
        eb.fn.countAll<number | string>().as('answers'),
        sql<number | string>`sum(case when a.score >= 9 then 1 else 0 end)`.as('promoters'),
        sql<number | string>`sum(case when a.score <= 6 then 1 else 0 end)`.as('detractors'),
        eb.fn.sum<number | string>('a.score').as('sum'),
      ])
      .where('a.workspace_id', '=', scope.workspaceId)
      .where('s.round_id', '=', roundId)
      .$call(visibleTo(scope, 'a.owner_id'))
      .executeTakeFirst();
    return {
      answers: Number(row?.answers ?? 0),
      promoters: Number(row?.promoters ?? 0),
      detractors: Number(row?.detractors ?? 0),
      sum: Number(row?.sum ?? 0),
      satisfied: 0,
    };
  },
};
