import { activityLogged } from './activity-followers.ts';
import type { Kysely } from 'kysely';
import type { Executor } from '../../db/dialect.ts';
import type { Activity, DB } from '../../db/schema.ts';
import type { ActivitySource } from '../../domain/enums.ts';
import { newId, nowIso } from '../../domain/ids.ts';
import { paymentFlags, type PaymentFlag } from '../../domain/relationship/payment-change.ts';
import type { Scope } from '../../domain/scope.ts';
import { AppError, fieldError } from '../../http/errors.ts';
import { toPage } from '../../http/pagination.ts';
import { diff, recordAudit } from '../audit/audit.service.ts';
import { contactRecords, customerRecords } from '../customers/customer-records.service.ts';
import { activitiesRepository } from './activities.repository.ts';
import type {
  ActivityBody,
  ActivityOut,
  ActivityQuery,
  FollowUpOut,
} from './activities.schemas.ts';
import { followUpsRepository } from './follow-ups.repository.ts';
import { toFollowUpOut } from './follow-ups.mapper.ts';
import type { HealthService } from './health.service.ts';
import type { PlanningService } from './planning.service.ts';

const toOut = (a: Activity & { customer_name: string }): ActivityOut => ({
  id: a.id,
  customerId: a.customer_id,
  customerName: a.customer_name,
  contactId: a.contact_id,
  type: a.type,
  channel: a.channel,
  direction: a.direction,
  occurredAt: a.occurred_at,
  summary: a.summary,
  outcome: a.outcome,
  authorId: a.author_id,
  createdAt: a.created_at,
  source: a.source,
  flags: JSON.parse(a.flags) as PaymentFlag[],
});

const later = (a: string | null, b: string) => (a && a > b ? a : b);

export interface Logged {
  activity: ActivityOut;
  nextFollowUp: FollowUpOut | null;
}

export class ActivitiesService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly planning: PlanningService,
    private readonly health: HealthService,
  ) {}

  async list(scope: Scope, query: ActivityQuery) {
    const limit = query.limit ?? 50;
    const iso = (v?: string) => (v ? new Date(v).toISOString() : undefined);
    const rows = await activitiesRepository.list(this.db, scope, {
      ...query,
      from: iso(query.from),
      to: iso(query.to),
      limit: limit + 1,
    });
    return toPage(rows, limit, toOut);
  }

  /** Logs a touch in its own transaction. */
  log(scope: Scope, body: ActivityBody): Promise<Logged> {
    return this.db.transaction().execute((tx) => this.logIn(tx, scope, body));
  }

  /**
   * Logs a touch inside the caller's transaction. An outbound one fulfils the open cadence
   * follow-up and plans the next in the customer's calendar; every touch refreshes the health
   * score. The customer is read once and the policies resolved once; the answer is the row
   * written, never a re-read that could miss it.
   */
  async logIn(
    tx: Executor,
    scope: Scope,
    body: ActivityBody,
    // Entries from a public web form are anyone's words: kept apart and checked for payment talk.
    // `scoreLater`: the caller logs many touches (a mail sync's batch) and calls `rescore` once
    // for their customers, instead of scoring a customer again for each of its messages.
    { source = 'user', scoreLater = false }: { source?: ActivitySource; scoreLater?: boolean } = {},
  ): Promise<Logged> {
    const occurredAt = new Date(body.occurredAt);
    if (occurredAt.getTime() > Date.now() + 5 * 60_000) {
      throw AppError.validation([fieldError('/occurredAt', 'in_future')]);
    }
    const now = nowIso();
    const customer = await customerRecords.findVisible(tx, scope, body.customerId);
    if (!customer)
      throw AppError.validation([
        fieldError('/customerId', 'not_in_scope', { entity: 'customer' }),
      ]);
    // Any text, even "", names a contact that must exist; only null or absence means none.
    if (typeof body.contactId === 'string') {
      const contact = await contactRecords.findVisible(tx, scope, body.contactId);
      if (!contact || contact.customer_id !== customer.id)
        throw AppError.validation([fieldError('/contactId', 'not_a_contact')]);
    }
    const row: Activity = {
      workspace_id: scope.workspaceId,
      id: newId(),
      customer_id: customer.id,
      contact_id: body.contactId ?? null,
      type: body.type,
      channel: body.channel ?? null,
      direction: body.direction,
      occurred_at: occurredAt.toISOString(),
      summary: body.summary.trim(),
      outcome: body.outcome?.trim() || null,
      author_id: scope.userId,
      created_at: now,
      source,
      flags: JSON.stringify(source === 'web_form' ? paymentFlags(body.summary) : []),
    };
    await activitiesRepository.insert(tx, row);
    const policies = await this.planning.policySet(tx, scope.workspaceId);
    // Notes are records, not touches: they neither refresh recency nor plan.
    const touch = body.type !== 'note';
    const outbound = touch && body.direction === 'outbound';
    const lastTouchAt = touch
      ? later(customer.last_touch_at, row.occurred_at)
      : customer.last_touch_at;
    const lastOutboundAt = outbound
      ? later(customer.last_outbound_at, row.occurred_at)
      : customer.last_outbound_at;
    await customerRecords.recordTouch(tx, scope.workspaceId, customer.id, {
      lastTouchAt,
      lastOutboundAt,
    });
    if (!scoreLater) await activityLogged(tx, scope.workspaceId, customer.id);
    let next: FollowUpOut | null = null;
    if (outbound) {
      await followUpsRepository.closeCadence(tx, scope.workspaceId, [customer.id], 'done', now);
      const planned = await this.planning.replanOne(
        tx,
        scope.workspaceId,
        { ...customer, last_outbound_at: lastOutboundAt },
        policies,
      );
      if (planned)
        next = toFollowUpOut({
          ...planned,
          customer_name: customer.name,
          customer_country: customer.country,
        });
    }
    if (!scoreLater)
      await this.health.refresh(
        tx,
        scope.workspaceId,
        { ...customer, last_touch_at: lastTouchAt },
        { policies },
      );
    await recordAudit(tx, scope, {
      action: 'create',
      entityType: 'activity',
      entityId: row.id,
      changes: diff(
        {},
        {
          customerId: row.customer_id,
          type: row.type,
          direction: row.direction,
          occurredAt: row.occurred_at,
        },
      ),
    });
    return { activity: toOut({ ...row, customer_name: customer.name }), nextFollowUp: next };
  }

  /** Scores customers whose touches were logged with `scoreLater`, once each, as they are now. */
  async rescore(tx: Executor, workspaceId: string, customerIds: Iterable<string>): Promise<void> {
    const ids = [...new Set(customerIds)];
    if (!ids.length) return;
    const policies = await this.planning.policySet(tx, workspaceId);
    for (const customer of await customerRecords.findMany(tx, workspaceId, ids))
      await this.health.refresh(tx, workspaceId, customer, { policies });
  }
}
