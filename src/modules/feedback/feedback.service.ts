import type { Kysely } from 'kysely';
import type { Executor } from '../../db/dialect.ts';
import type { DB } from '../../db/schema.ts';
import { addDays, shiftInstant } from '../../domain/calendar/dates.ts';
import {
  ANSWER_CHANGE_DAYS,
  csatFromCounts,
  MIN_ANSWERS,
  npsFromCounts,
  type AnswerCounts,
} from '../../domain/service/feedback.ts';
import type { Scope } from '../../domain/scope.ts';
import { AppError } from '../../http/errors.ts';
import { ticketRecords } from '../tickets/ticket-records.service.ts';
import { productRecords } from '../products/product-records.service.ts';
import { userRecords } from '../users/user-records.service.ts';
import { planCsat, type SolvedTicket } from './csat-planner.ts';
import type { SummaryOut, SummaryQuery, TicketCsatOut } from './feedback.schemas.ts';
import { surveyAnswersRepository as answers } from './survey-answers.repository.ts';
import type { SurveyTokens } from './survey-tokens.ts';
import { surveysRepository } from './surveys.repository.ts';

const none = (): AnswerCounts => ({
  answers: 0,
  promoters: 0,
  detractors: 0,
  sum: 0,
  satisfied: 0,
});
const add = (a: AnswerCounts, b: AnswerCounts): AnswerCounts => ({
  answers: a.answers + b.answers,
  promoters: a.promoters + b.promoters,
  detractors: a.detractors + b.detractors,
  sum: a.sum + b.sum,
  satisfied: a.satisfied + b.satisfied,
});

/**
 * CSAT and NPS figures and a ticket's CSAT. The summary counts in SQL within the caller's scope
 * (rep: their customers' answers, manager: their teams', admin: all — the owner when the answer
 * was given) and makes figures with the counts beside them, none under the minimum count.
 */
export class FeedbackService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly deps: { tokens: SurveyTokens; now: () => Date },
  ) {}

  /** Wired to the tickets module: a solved ticket gets its CSAT survey in the same transaction. */
  ticketSolved = async (tx: Executor, ticket: SolvedTicket): Promise<void> => {
    await planCsat(tx, this.deps.tokens, ticket, this.deps.now().toISOString());
  };

  /** Wired to the health score: a customer's poor answers since an instant. */
  poorAnswers = async (tx: Executor, workspaceId: string, customerId: string, since: string) => {
    const rows = await answers.poorSince(tx, workspaceId, customerId, since);
    const [latest] = rows;
    return {
      count: rows.length,
      latest: latest ? { kind: latest.kind, score: latest.score } : null,
    };
  };

  async summary(scope: Scope, q: SummaryQuery): Promise<SummaryOut> {
    const min = q.minAnswers ?? MIN_ANSWERS;
    const group = q.groupBy ?? 'country';
    const range = {
      from: q.from ? `${q.from}T00:00:00.000Z` : undefined,
      to: q.to ? `${addDays(q.to, 1)}T00:00:00.000Z` : undefined,
    };
    const [nps, csat] = await Promise.all(
      (['nps', 'csat'] as const).map((kind) =>
        answers.summary(this.db, scope, { group, kind, ...range }),
      ),
    );
    const groups = new Map<string, { nps: AnswerCounts; csat: AnswerCounts }>();
    const of = (key: string) => {
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { nps: none(), csat: none() }));
      return g;
    };
    // Per-score counts folded into the counts the figures are made from.
    for (const [kind, rows] of [
      ['nps', nps!],
      ['csat', csat!],
    ] as const)
      for (const r of rows) {
        const c = of(r.key)[kind];
        c.answers += r.answers;
        c.sum += r.score * r.answers;
        if (r.score >= 9) c.promoters += r.answers;
        if (r.score <= 6) c.detractors += r.answers;
        if (r.score >= 4) c.satisfied += r.answers;
      }
    const keys = [...groups.keys()].sort();
    const names =
      group === 'owner'
        ? await userRecords.namesOf(this.db, scope.workspaceId, keys)
        : group === 'product'
          ? await productRecords.namesOf(this.db, scope.workspaceId, keys.filter(Boolean))
          : new Map<string, string>();
    let total = { nps: none(), csat: none() };
    const items = keys.map((key) => {
      const g = groups.get(key)!;
      total = { nps: add(total.nps, g.nps), csat: add(total.csat, g.csat) };
      return {
        key,
        label: names.get(key) ?? key,
        nps: npsFromCounts(g.nps, min),
        csat: csatFromCounts(g.csat, min),
      };
    });
    return {
      groupBy: group,
      minAnswers: min,
      from: q.from ?? null,
      to: q.to ?? null,
      items,
      total: { nps: npsFromCounts(total.nps, min), csat: csatFromCounts(total.csat, min) },
    };
  }

  /** The CSAT survey of a ticket the caller may see: its link and answer, or null. */
  async ticketCsat(scope: Scope, ticketId: string): Promise<TicketCsatOut> {
    if (!(await ticketRecords.findVisible(this.db, scope, ticketId)))
      throw AppError.notFound('Ticket');
    const survey = await surveysRepository.ofTicket(this.db, scope.workspaceId, ticketId);
    if (!survey) return { survey: null };
    const a = await answers.find(this.db, scope.workspaceId, survey.id);
    return {
      survey: {
        id: survey.id,
        language: survey.language,
        plannedAt: survey.planned_at,
        link: this.deps.tokens.linkOf(scope.workspaceId, survey.id),
        mailStatus: survey.mail_status ?? null,
        mailError: survey.mail_error ?? null,
        mailedAt: survey.mailed_at ?? null,
        answer: a
          ? {
              score: a.score,
              comment: a.comment,
              language: a.language,
              answeredAt: a.answered_at,
              changeableUntil: shiftInstant(
                new Date(a.first_answered_at),
                ANSWER_CHANGE_DAYS,
              ).toISOString(),
            }
          : null,
      },
    };
  }
}
