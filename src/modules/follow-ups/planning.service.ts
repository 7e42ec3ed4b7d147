import type { Kysely } from 'kysely';
import type { Customer, DB, FollowUp } from '../../db/schema.ts';
import type { Executor } from '../../db/dialect.ts';
import { slowSeasons } from '../../domain/calendar/slow-seasons.ts';
import { localDate, localParts } from '../../domain/calendar/zoned-time.ts';
import { defaultTimeZone } from '../../domain/countries.ts';
import { newId } from '../../domain/ids.ts';
import {
  DEFAULT_POLICIES,
  resolvePolicy,
  type PolicyRule,
} from '../../domain/relationship/cadence.ts';
import { healthScore } from '../../domain/relationship/health.ts';
import { planNextFollowUp } from '../../domain/relationship/planner.ts';
import { activitiesRepository } from '../activities/activities.repository.ts';
import type { CalendarProvider } from '../calendar/calendar.provider.ts';
import { countryNames } from '../countries/country-facts.ts';
import { followUpsRepository, policiesRepository } from './follow-ups.repository.ts';

export type PlanCustomer = Pick<
  Customer,
  | 'id'
  | 'country'
  | 'region'
  | 'time_zone'
  | 'stage'
  | 'tier'
  | 'owner_id'
  | 'last_outbound_at'
  | 'created_at'
>;

const CHUNK = 10_000;

export function zoneOf(c: { time_zone: string | null; country: string }): string {
  return c.time_zone ?? defaultTimeZone(c.country) ?? 'UTC';
}

/** Plans cadence follow-ups in each customer's own calendar. Used after touches and for bulk replans. */
export class PlanningService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly calendars: CalendarProvider,
  ) {}

  async policies(db: Executor, workspaceId: string): Promise<PolicyRule[]> {
    const rows = await policiesRepository.list(db, workspaceId);
    if (rows.length === 0) return DEFAULT_POLICIES;
    return rows.map((r) => ({
      name: r.name,
      stage: r.stage,
      tier: r.tier,
      days: r.days,
      avoidSlowSeasons: r.avoid_slow_seasons === 1,
    }));
  }

  /**
   * Loads the customer's calendar before a transaction opens: on SQLite the transaction holds the
   * only connection, so building a calendar inside it would wait for itself.
   */
  async prepare(
    workspaceId: string,
    customer: { country: string; region: string | null } | undefined,
  ): Promise<void> {
    if (customer) await this.calendars.calendar(workspaceId, customer.country, customer.region);
  }

  /** The follow-up rows the policies call for; nothing is written here. */
  async plan(
    workspaceId: string,
    customers: PlanCustomer[],
    policies: PolicyRule[],
    now = new Date(),
    memo = new Map<string, { dueDate: string; reason: string }>(),
  ): Promise<FollowUp[]> {
    const out: FollowUp[] = [];
    const at = now.toISOString();
    for (const c of customers) {
      const policy = resolvePolicy(c, policies);
      if (!policy) continue;
      const last = localDate(new Date(c.last_outbound_at ?? c.created_at), zoneOf(c));
      // Customers of one market touched on one day get the same plan: compute it once per run.
      const key = `${c.country}|${c.region ?? ''}|${last}|${policy.name}|${policy.days}|${policy.avoidSlowSeasons}`;
      let plan = memo.get(key);
      if (!plan) {
        const calendar = await this.calendars.calendar(workspaceId, c.country, c.region);
        const year = Number(last.slice(0, 4));
        const p = planNextFollowUp({
          lastTouchDate: last,
          days: policy.days,
          calendar,
          placeName: countryNames(c.country),
          avoidSlowSeasons: policy.avoidSlowSeasons,
          seasons: policy.avoidSlowSeasons
            ? [...slowSeasons(c.country, year), ...slowSeasons(c.country, year + 1)]
            : undefined,
        });
        plan = {
          dueDate: p.dueDate,
          reason: JSON.stringify({ ...p.reason, policy: policy.name, days: policy.days }),
        };
        memo.set(key, plan);
      }
      out.push({
        workspace_id: workspaceId,
        id: newId(),
        customer_id: c.id,
        assignee_id: c.owner_id,
        kind: 'cadence',
        due_date: plan.dueDate,
        due_time: null,
        status: 'open',
        reason: plan.reason,
        note: null,
        created_at: at,
        updated_at: at,
        done_at: null,
      });
    }
    return out;
  }

  /** Replaces a customer's open cadence follow-up inside the caller's transaction. */
  async replanOne(
    tx: Executor,
    workspaceId: string,
    customer: PlanCustomer,
  ): Promise<FollowUp | null> {
    const policies = await this.policies(tx, workspaceId);
    const [row] = await this.plan(workspaceId, [customer], policies);
    await tx
      .deleteFrom('follow_ups')
      .where('workspace_id', '=', workspaceId)
      .where('customer_id', '=', customer.id)
      .where('kind', '=', 'cadence')
      .where('status', 'in', ['open', 'snoozed'])
      .execute();
    if (row) await followUpsRepository.insertMany(tx, [row]);
    return row ?? null;
  }

  /**
   * Replans every customer of a workspace after a policy change, a chunk per transaction, yielding
   * to the event loop between chunks so the server keeps answering.
   */
  async replanAll(workspaceId: string): Promise<number> {
    const policies = await this.policies(this.db, workspaceId);
    const memo = new Map<string, { dueDate: string; reason: string }>();
    const now = new Date();
    let cursor = '';
    let total = 0;
    for (;;) {
      const customers = await this.db
        .selectFrom('customers')
        .select([
          'id',
          'country',
          'region',
          'time_zone',
          'stage',
          'tier',
          'owner_id',
          'last_outbound_at',
          'created_at',
        ])
        .where('workspace_id', '=', workspaceId)
        .where('deleted_at', 'is', null)
        .where('id', '>', cursor)
        .orderBy('id')
        .limit(CHUNK)
        .execute();
      if (customers.length === 0) break;
      const rows = await this.plan(workspaceId, customers, policies, now, memo);
      const first = cursor;
      const last = customers[customers.length - 1]?.id ?? cursor;
      // Customers come in id order, so this chunk's current plans are one index range. Only plans
      // that changed are rewritten: a policy change usually moves one tier, not the whole book.
      const current = await this.db
        .selectFrom('follow_ups')
        .select(['id', 'customer_id', 'due_date', 'reason', 'assignee_id', 'status'])
        .where('workspace_id', '=', workspaceId)
        .where('kind', '=', 'cadence')
        .where('status', 'in', ['open', 'snoozed'])
        .where('customer_id', '>', first)
        .where('customer_id', '<=', last)
        .execute();
      const byCustomer = new Map(current.map((f) => [f.customer_id, f]));
      const changed = rows.filter((r) => {
        const old = byCustomer.get(r.customer_id);
        // A snoozed follow-up was moved by a person on purpose; a replan does not undo that.
        return (
          !old ||
          (old.status === 'open' &&
            (old.due_date !== r.due_date ||
              old.reason !== r.reason ||
              old.assignee_id !== r.assignee_id))
        );
      });
      const planned = new Set(rows.map((r) => r.customer_id));
      const replaced = new Set(changed.map((r) => r.customer_id));
      const stale = current
        .filter((f) => replaced.has(f.customer_id) || !planned.has(f.customer_id))
        .map((f) => f.id);
      if (changed.length || stale.length) {
        await this.db.transaction().execute(async (tx) => {
          for (let i = 0; i < stale.length; i += 1000) {
            await tx
              .deleteFrom('follow_ups')
              .where('workspace_id', '=', workspaceId)
              .where('id', 'in', stale.slice(i, i + 1000))
              .execute();
          }
          await followUpsRepository.insertMany(tx, changed);
        });
      }
      total += customers.length;
      cursor = last;
      await new Promise((resolve) => setImmediate(resolve));
    }
    return total;
  }

  /** Recomputes and stores a customer's health score; returns it with its parts. */
  async refreshHealth(
    tx: Executor,
    workspaceId: string,
    customer: Pick<Customer, 'id' | 'country' | 'time_zone' | 'stage' | 'tier' | 'last_touch_at'>,
    now = new Date(),
  ) {
    const policies = await this.policies(tx, workspaceId);
    const cadenceDays = resolvePolicy(customer, policies)?.days ?? 30;
    const zone = zoneOf(customer);
    const today = localParts(now, zone).date;
    const counts = await activitiesRepository.counts90(
      tx,
      workspaceId,
      customer.id,
      new Date(now.getTime() - 90 * 86_400_000).toISOString(),
    );
    const overdueSince = await followUpsRepository.oldestOverdue(
      tx,
      workspaceId,
      customer.id,
      today,
    );
    const overdueDays = overdueSince
      ? Math.round((Date.parse(today) - Date.parse(overdueSince)) / 86_400_000)
      : 0;
    const health = healthScore({
      today,
      cadenceDays,
      lastTouchDate: customer.last_touch_at
        ? localParts(new Date(customer.last_touch_at), zone).date
        : null,
      inbound90: counts.inbound,
      outbound90: counts.outbound,
      overdueDays,
    });
    await tx
      .updateTable('customers')
      .set({ health_score: health.score })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', customer.id)
      .execute();
    return { ...health, cadenceDays };
  }
}
