import { sql } from 'kysely';
import { chunks } from '../../db/chunks.ts';
import type { Executor } from '../../db/dialect.ts';
import type { SurveyAnswerCountTable, SurveyAnswerTable } from '../../db/schema.ts';
import type { SummaryGroup } from '../../domain/service/feedback.ts';
import type { SurveyKind } from '../../domain/service/survey-labels.ts';

/** How many answers of one score a group has (the figures are made from these). */
export interface ScoreCount {
  key: string;
  score: number;
  answers: number;
}

type Counted = Pick<
  SurveyAnswerTable,
  'workspace_id' | 'kind' | 'country' | 'tier' | 'owner_id' | 'product_id' | 'score' | 'answered_at'
>;

/** The dimensions counted (the month group reads the country rows) and their answer columns. */
const FIELD = {
  country: 'country',
  tier: 'tier',
  owner: 'owner_id',
  product: 'product_id',
} as const satisfies Record<string, keyof Counted>;
/** Characters of answered_at that make the period of a grain (UTC). */
const GRAINS = { month: 7, day: 10 } as const;

/** The count rows one answer adds to (`delta` 1) or takes from (−1): every dimension and grain. */
function rowsOf(a: Counted, delta: number): SurveyAnswerCountTable[] {
  const out: SurveyAnswerCountTable[] = [];
  for (const [dim, field] of Object.entries(FIELD))
    for (const [grain, length] of Object.entries(GRAINS))
      out.push({
        workspace_id: a.workspace_id,
        kind: a.kind,
        dim,
        grain: grain as 'month' | 'day',
        period: a.answered_at.slice(0, length),
        key: String(a[field] ?? ''),
        score: a.score,
        answers: delta,
      });
  return out;
}

const PK = ['workspace_id', 'kind', 'dim', 'grain', 'period', 'key', 'score'] as const;

/**
 * `survey_answer_counts`, written and read only through the answers repository (its owner), in
 * the transaction of the answer it counts.
 */
export const surveyAnswerCountsRepository = {
  /**
   * Adds (`delta` 1) or takes away (−1) these answers from their counts. A count that falls to 0
   * stays as a row of 0 (the summary leaves those out), so a changed answer is two upserts a row.
   */
  async add(db: Executor, answers: readonly Counted[], delta: 1 | -1): Promise<void> {
    const merged = new Map<string, SurveyAnswerCountTable>();
    for (const a of answers)
      for (const r of rowsOf(a, delta)) {
        const k = PK.map((c) => r[c]).join('\u0000');
        const seen = merged.get(k);
        if (seen) seen.answers += delta;
        else merged.set(k, r);
      }
    for (const rows of chunks([...merged.values()], 500)) {
      await db
        .insertInto('survey_answer_counts')
        .values(rows)
        .onConflict((oc) =>
          oc.columns([...PK]).doUpdateSet({
            answers: (eb) => eb('survey_answer_counts.answers', '+', eb.ref('excluded.answers')),
          }),
        )
        .execute();
    }
  },

  /** Counts this workspace's answers again from `survey_answers` (after a bulk history insert). */
  async rebuild(db: Executor, workspaceId: string): Promise<void> {
    await db.deleteFrom('survey_answer_counts').where('workspace_id', '=', workspaceId).execute();
    for (const [dim, column] of Object.entries(FIELD))
      for (const [grain, length] of Object.entries(GRAINS)) {
        const period = sql<string>`substr(answered_at, 1, ${sql.lit(length)})`;
        await db
          .insertInto('survey_answer_counts')
          .columns(['workspace_id', 'kind', 'dim', 'grain', 'period', 'key', 'score', 'answers'])
          .expression((eb) =>
            eb
              .selectFrom('survey_answers')
              .select((s) => [
                'workspace_id',
                'kind',
                sql.lit(dim).as('dim'),
                sql.lit(grain).as('grain'),
                period.as('period'),
                sql.ref(column).as('key'),
                'score',
                s.fn.countAll().as('answers'),
              ])
              .where('workspace_id', '=', workspaceId)
              .groupBy(['workspace_id', 'kind', period, sql.ref(column), 'score']),
          )
          .execute();
      }
  },

  /**
   * Answers per group and score over [from, to) (UTC days, either open), every owner's: whole
   * months from the month rows, the partial months at the edges from the day rows, so the figures
   * are exact for any day range. By month reads the country rows by their month.
   */
  async summary(
    db: Executor,
    workspaceId: string,
    f: { group: SummaryGroup; kind: SurveyKind; from?: string; to?: string },
  ): Promise<ScoreCount[]> {
    const dim = f.group === 'month' ? 'country' : f.group;
    const key = f.group === 'month' ? sql<string>`substr(period, 1, 7)` : sql.ref<string>('key');
    const read = (grain: 'month' | 'day', lo?: string, hi?: string) => {
      let q = db
        .selectFrom('survey_answer_counts')
        .select((eb) => [
          key.as('key'),
          'score',
          eb.fn.sum<number | string>('answers').as('answers'),
        ])
        .where('workspace_id', '=', workspaceId)
        .where('kind', '=', f.kind)
        .where('dim', '=', dim)
        .where('grain', '=', grain);
      if (lo) q = q.where('period', '>=', lo);
      if (hi) q = q.where('period', '<', hi);
      return q.groupBy([key, 'score']).execute();
    };
    const parts = [];
    for (const [grain, lo, hi] of periodsOf(f.from, f.to)) parts.push(await read(grain, lo, hi));
    const sums = new Map<string, ScoreCount>();
    for (const rows of parts)
      for (const r of rows) {
        const k = `${r.key}\u0000${r.score}`;
        const s = sums.get(k) ?? { key: r.key, score: Number(r.score), answers: 0 };
        s.answers += Number(r.answers);
        sums.set(k, s);
      }
    return [...sums.values()].filter((s) => s.answers > 0);
  },
};

/** The month after YYYY-MM. */
function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/**
 * The reads that cover [from, to) (YYYY-MM-DD, to exclusive, either open) exactly: the whole
 * months inside it from month rows, the days before the first and after the last from day rows.
 */
export function periodsOf(
  from?: string,
  to?: string,
): ['month' | 'day', string | undefined, string | undefined][] {
  // First whole month: from's own if it starts on the 1st, else the next; last: before to's.
  const lo = from
    ? from.endsWith('-01')
      ? from.slice(0, 7)
      : nextMonth(from.slice(0, 7))
    : undefined;
  const hi = to ? to.slice(0, 7) : undefined;
  if (lo && hi && lo >= hi) return [['day', from, to]];
  const out: ['month' | 'day', string | undefined, string | undefined][] = [['month', lo, hi]];
  if (from && lo && from < `${lo}-01`) out.push(['day', from, `${lo}-01`]);
  if (to && hi && `${hi}-01` < to) out.push(['day', `${hi}-01`, to]);
  return out;
}
