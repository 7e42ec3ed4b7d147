import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { addDays } from '../../domain/calendar/dates.ts';
import { localParts } from '../../domain/calendar/zoned-time.ts';
import type { Scope } from '../../domain/scope.ts';
import {
  answerLines,
  answerProblems,
  eventWords,
  visitState,
  type ChecklistAnswers,
} from '../../domain/service/visits.ts';
import { AppError, fieldError } from '../../http/errors.ts';
import { diff, recordAudit } from '../audit/audit.service.ts';
import { customerRecords } from '../customers/customer-records.service.ts';
import { feedbackRecords } from '../feedback/feedback-records.service.ts';
import type { ActivitiesService } from '../relationship/activities.service.ts';
import { datedFollowUps } from '../relationship/dated-follow-ups.service.ts';
import { zoneOf } from '../relationship/planning.service.ts';
import { userRecords } from '../users/user-records.service.ts';
import type {
  CustomerServiceOut,
  OutcomeBody,
  VisitListQuery,
  VisitOut,
} from './service-visits.schemas.ts';
import { serviceVisitsRepository as repo, type VisitRow } from './service-visits.repository.ts';
import { checklistOf } from './visit-rules.service.ts';

/** Candidates read for one list: a person's visits to do are far fewer. */
const CANDIDATES = 1000;
const KIND_EN = { call: 'Follow-up call', visit: 'Follow-up visit' } as const;

/** Today where the visit's customer is. */
const todayOf = (r: VisitRow, now: Date) =>
  localParts(now, zoneOf({ time_zone: r.customer_time_zone, country: r.customer_country })).date;

const stateOf = (r: VisitRow, now: Date) =>
  visitState({
    outcomeAt: r.done_at,
    followUpStatus: r.follow_up_status,
    dueDate: r.due_date,
    today: todayOf(r, now),
  });

/**
 * Follow-up visits (回访) as people see and record them. A visit is visible when its customer is
 * (rep: own, manager: teams', admin: all); its state is told on read in the customer's calendar.
 * Recording the outcome logs an activity with the checklist answers (a touch, so the cadence moves
 * on) and marks the follow-up done, in one transaction.
 */
export class ServiceVisitsService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly deps: { activities: ActivitiesService; now: () => Date },
  ) {}

  private async out(scope: Scope, rows: VisitRow[]): Promise<VisitOut[]> {
    const now = this.deps.now();
    const names = await userRecords.namesOf(this.db, scope.workspaceId, [
      ...new Set(rows.flatMap((r) => [r.assignee_id, ...(r.done_by ? [r.done_by] : [])])),
    ]);
    return rows.map((r) => {
      const today = todayOf(r, now);
      return {
        id: r.id,
        ruleId: r.rule_id,
        name: r.name,
        trigger: r.trigger,
        kind: r.kind,
        checklist: checklistOf(r.checklist),
        source: { kind: r.source_kind, id: r.source_id, label: r.source_label },
        customerId: r.customer_id,
        customerName: r.customer_name,
        country: r.customer_country,
        assigneeId: r.assignee_id,
        assigneeName: names.get(r.assignee_id) ?? null,
        followUpId: r.follow_up_id,
        dueDate: r.due_date,
        plannedDate: r.planned_date,
        customerToday: today,
        state: stateOf(r, now),
        reason: JSON.parse(r.reason) as { en: string; zh: string },
        eventAt: r.event_at,
        outcome: r.done_at
          ? {
              at: r.done_at,
              byId: r.done_by,
              byName: r.done_by ? (names.get(r.done_by) ?? null) : null,
              activityId: r.activity_id,
              answers: r.answers ? (JSON.parse(r.answers) as ChecklistAnswers) : {},
            }
          : null,
      };
    });
  }

  private assignees(scope: Scope, which: VisitListQuery['scope']): string[] | undefined {
    if (which === 'mine') return [scope.userId];
    return undefined;
  }

  async list(scope: Scope, q: VisitListQuery) {
    const limit = q.limit ?? 50;
    const offset = q.offset ?? 0;
    const utc = this.deps.now().toISOString().slice(0, 10);
    const rows = await repo.list(this.db, scope, {
      state: q.state,
      customerId: q.customerId,
      assigneeIds: this.assignees(scope, q.scope),
      utcYesterday: addDays(utc, -1),
      utcTomorrow: addDays(utc, 1),
      limit: CANDIDATES,
    });
    // Planned and overdue are told in each customer's zone: the SQL chose within a day.
    const all = (await this.out(scope, rows)).filter(
      (v) =>
        !q.state ||
        v.state === q.state ||
        (q.state === 'open' && (v.state === 'planned' || v.state === 'overdue')),
    );
    return {
      items: all.slice(offset, offset + limit),
      nextOffset: all.length > offset + limit ? offset + limit : null,
    };
  }

  async get(scope: Scope, id: string): Promise<VisitOut> {
    const row = await repo.findVisible(this.db, scope, id);
    if (!row) throw AppError.notFound('Visit');
    return (await this.out(scope, [row]))[0]!;
  }

  /**
   * Records what the visit found: the checklist answers (checked against the visit's own
   * checklist), an activity on the customer's timeline with them, and the follow-up done. A
   * visit's outcome is recorded once; a cancelled visit has none (409).
   */
  async recordOutcome(scope: Scope, id: string, body: OutcomeBody): Promise<VisitOut> {
    const now = this.deps.now();
    await this.db.transaction().execute(async (tx) => {
      const row = await repo.findVisible(tx, scope, id);
      if (!row) throw AppError.notFound('Visit');
      if (row.done_at)
        throw AppError.conflict('The visit’s outcome is already recorded', [
          fieldError('/answers', 'visit_recorded'),
        ]);
      if (row.follow_up_status === 'cancelled')
        throw AppError.conflict('The visit was cancelled', [
          fieldError('/answers', 'visit_cancelled'),
        ]);
      const items = checklistOf(row.checklist);
      const errors = answerProblems(items, body.answers);
      if (errors.length) throw AppError.validation(errors);
      const what = eventWords(row.trigger, row.source_label).en;
      const summary = [
        `${KIND_EN[row.kind]} (${row.name}) after ${what}`,
        body.note?.trim(),
        ...answerLines(items, body.answers),
      ]
        .filter(Boolean)
        .join('\n')
        .slice(0, 4000);
      const logged = await this.deps.activities.logIn(tx, scope, {
        customerId: row.customer_id,
        contactId: body.contactId ?? null,
        type: row.kind === 'visit' ? 'visit' : 'call',
        direction: 'outbound',
        occurredAt: body.occurredAt ?? now.toISOString(),
        summary,
      });
      await datedFollowUps.complete(tx, scope, row.follow_up_id);
      const at = now.toISOString();
      await repo.update(tx, scope.workspaceId, id, {
        done_at: at,
        done_by: scope.userId || null,
        activity_id: logged.activity.id,
        answers: JSON.stringify(body.answers),
        updated_at: at,
      });
      await recordAudit(tx, scope, {
        action: 'update',
        entityType: 'service_visit',
        entityId: id,
        changes: diff(
          { state: stateOf(row, now), answers: null },
          { state: 'done', answers: body.answers },
        ),
      });
    });
    return this.get(scope, id);
  }

  /**
   * The customer page's service card: the latest CSAT answer with the count and average of all,
   * and the customer's visits (to do first, then the last five done or cancelled).
   */
  async customerService(scope: Scope, customerId: string): Promise<CustomerServiceOut> {
    const customer = await customerRecords.findVisible(this.db, scope, customerId);
    if (!customer) throw AppError.notFound('Customer');
    const csat = await feedbackRecords.csatOf(this.db, scope.workspaceId, customer.id);
    const rows = await repo.list(this.db, scope, {
      customerId: customer.id,
      utcYesterday: '',
      utcTomorrow: '',
      limit: 200,
    });
    const all = await this.out(scope, rows);
    const toDo = all
      .filter((v) => v.state === 'planned' || v.state === 'overdue')
      .sort((a, b) => a.dueDate.localeCompare(b.dueDate));
    const past = all.filter((v) => v.state === 'done' || v.state === 'cancelled').slice(0, 5);
    return {
      csat: {
        answers: csat.answers,
        average: csat.answers ? Math.round((csat.sum / csat.answers) * 10) / 10 : null,
        latest: csat.latest
          ? {
              score: csat.latest.score,
              comment: csat.latest.comment,
              language: csat.latest.language,
              answeredAt: csat.latest.answered_at,
              ticketId: csat.latest.ticket_id,
              subject: csat.latest.subject,
            }
          : null,
      },
      visits: [...toDo, ...past],
    };
  }
}
