import type { Kysely, RawBuilder } from 'kysely';
import type { CadencePlanMapTable, Customer, DB, FollowUp } from '../../db/schema.ts';
import type { Executor } from '../../db/dialect.ts';
import { slowSeasons } from '../../domain/calendar/slow-seasons.ts';
import { localDate } from '../../domain/calendar/zoned-time.ts';
import { defaultTimeZone } from '../../domain/countries.ts';
import { chunks } from '../../db/chunks.ts';
import { newId } from '../../domain/ids.ts';
import { DEFAULT_POLICIES, type PolicyRule } from '../../domain/relationship/cadence.ts';
import { planFirstContact, planNextFollowUp } from '../../domain/relationship/planner.ts';
import type { CalendarProvider } from '../countries/calendar.provider.ts';
import { countryNames } from '../countries/country-facts.ts';
import { segmentConditions } from '../segments/segment-conditions.service.ts';
import {
  cadencePlansRepository,
  policyIndexSql,
  type PlanCustomer,
} from './cadence-plans.repository.ts';
import { followUpsRepository } from './follow-ups.repository.ts';
import { customerRecords } from '../customers/customer-records.service.ts';
import { policiesRepository } from './policies.repository.ts';

export type { PlanCustomer };

/** Customers per replan chunk: each chunk is a few short statements, then the server gets a turn. */
const CHUNK = 5000;

type PlanMemo = Map<string, { dueDate: string; reason: string }>;

export interface PolicySet {
  rules: PolicyRule[];
  index: RawBuilder<number>;
}

export function zoneOf(c: { time_zone: string | null; country: string }): string {
  return c.time_zone ?? defaultTimeZone(c.country) ?? 'UTC';
}

/** The local date a customer's cadence counts from: the last outbound touch, or creation. */
function basisDate(c: PlanCustomer): string {
  return localDate(new Date(c.last_outbound_at ?? c.created_at), zoneOf(c));
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
      segmentId: r.segment_id,
      days: r.days,
      firstContactDays: r.first_contact_days,
      avoidSlowSeasons: r.avoid_slow_seasons === 1,
    }));
  }

  /** The ordered policies and, as SQL over `customers`, the index of the one that applies. */
  async policySet(db: Executor, workspaceId: string): Promise<PolicySet> {
    const rules = await this.policies(db, workspaceId);
    const segments = await segmentConditions(
      db,
      workspaceId,
      rules.flatMap((r) => (r.segmentId ? [r.segmentId] : [])),
    );
    return { rules, index: policyIndexSql(rules, segments) };
  }

  /**
   * The plan for customers of one market whose cadence counts from one date under one policy,
   * first contact or not; many customers share it, so a run computes each once. A customer never
   * contacted by us is due within the policy's first-contact business days of creation.
   */
  private async planFor(
    db: Executor,
    workspaceId: string,
    market: { country: string; region: string | null },
    basis: string,
    policy: PolicyRule,
    firstContact: boolean,
    memo: PlanMemo,
  ): Promise<{ dueDate: string; reason: string }> {
    const first = firstContact ? policy.firstContactDays : null;
    const key = `${market.country}|${market.region ?? ''}|${basis}|${policy.name}|${policy.days}|${policy.avoidSlowSeasons}|${first}`;
    let plan = memo.get(key);
    if (!plan) {
      const calendar = await this.calendars.calendar(
        db,
        workspaceId,
        market.country,
        market.region,
      );
      const year = Number(basis.slice(0, 4));
      const placeName = countryNames(market.country);
      const p =
        first !== null
          ? planFirstContact({ createdDate: basis, businessDays: first, calendar, placeName })
          : planNextFollowUp({
              lastTouchDate: basis,
              days: policy.days,
              calendar,
              placeName,
              avoidSlowSeasons: policy.avoidSlowSeasons,
              seasons: policy.avoidSlowSeasons
                ? [...slowSeasons(market.country, year), ...slowSeasons(market.country, year + 1)]
                : undefined,
            });
      plan = {
        dueDate: p.dueDate,
        reason: JSON.stringify({
          ...p.reason,
          policy: policy.name,
          days: policy.days,
          ...(first !== null ? { firstContactDays: first } : {}),
        }),
      };
      memo.set(key, plan);
    }
    return plan;
  }

  /** The follow-up rows for customers whose policy (an index into `policies`) is known. */
  async plan(
    db: Executor,
    workspaceId: string,
    customers: (PlanCustomer & { policy: number })[],
    policies: PolicyRule[],
    now = new Date(),
    memo: PlanMemo = new Map(),
  ): Promise<FollowUp[]> {
    const out: FollowUp[] = [];
    const at = now.toISOString();
    for (const c of customers) {
      const policy = policies[c.policy];
      if (!policy) continue;
      const basis = basisDate(c);
      const first = c.last_outbound_at === null;
      const plan = await this.planFor(db, workspaceId, c, basis, policy, first, memo);
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
        basis_date: basis,
        assignee_person_id: null,
      });
    }
    return out;
  }

  /**
   * The first follow-up of customers just created (by hand, import or web form), inside the
   * creator's transaction: policies resolved once, plans shared per market and day, rows written
   * in bulk, so an import batch of thousands stays a handful of statements.
   */
  async planNew(tx: Executor, customers: Pick<Customer, 'workspace_id' | 'id'>[]): Promise<void> {
    const byWorkspace = new Map<string, string[]>();
    for (const c of customers) {
      const ids = byWorkspace.get(c.workspace_id) ?? [];
      ids.push(c.id);
      byWorkspace.set(c.workspace_id, ids);
    }
    for (const [workspaceId, ids] of byWorkspace) {
      const { rules, index } = await this.policySet(tx, workspaceId);
      const memo: PlanMemo = new Map();
      for (const part of chunks(ids, 500)) {
        const unplanned = await cadencePlansRepository.unplanned(tx, workspaceId, index, {
          ids: part,
        });
        const rows = await this.plan(tx, workspaceId, unplanned, rules, new Date(), memo);
        await followUpsRepository.insertMany(tx, rows);
      }
    }
  }

  /** Replaces a customer's open cadence follow-up inside the caller's transaction. */
  async replanOne(
    tx: Executor,
    workspaceId: string,
    customer: PlanCustomer,
    policies?: PolicySet,
  ): Promise<FollowUp | null> {
    const { rules, index } = policies ?? (await this.policySet(tx, workspaceId));
    const policy = await cadencePlansRepository.policyOf(tx, workspaceId, index, customer.id);
    const [row] = await this.plan(tx, workspaceId, [{ ...customer, policy }], rules);
    await followUpsRepository.deleteOpenCadence(tx, workspaceId, [customer.id]);
    if (row) await followUpsRepository.insertMany(tx, [row]);
    return row ?? null;
  }

  /**
   * Replans every customer of a workspace after a policy or calendar change. Per chunk of customers:
   * the distinct (market, basis date, policy) of their current plans are computed once and joined
   * back in one UPDATE; only customers without a plan are planned row by row. Each chunk is its own
   * transaction and the event loop gets a turn between chunks, so the server keeps answering.
   */
  async replanAll(workspaceId: string): Promise<number> {
    // The groups query joins every customer to its open cadence follow-up. With the statistics of
    // emptier tables (a fresh workspace just filled, autovacuum off or not yet round) PostgreSQL
    // picks a nested loop over all follow-ups per customer: 20,000 customers took over ten
    // minutes. Tables whose size has moved since they were sampled are sampled first; a replan
    // right after another (a policy edited twice) samples nothing.
    await customerRecords.refreshStaleStatistics(this.db);
    await followUpsRepository.refreshStaleStatistics(this.db);
    const { rules: policies, index } = await this.policySet(this.db, workspaceId);
    const memo: PlanMemo = new Map();
    const mapped = new Set<string>();
    const runId = newId();
    const now = new Date();
    const at = now.toISOString();
    let from = '';
    let rewritten = 0;
    let chunk = 0;
    /** plans inserted since follow-ups' statistics were last sampled */
    let inserted = 0;
    try {
      for (const to of await cadencePlansRepository.chunkEnds(this.db, workspaceId, CHUNK)) {
        // A first replan fills follow_ups as it goes: statistics taken when it held none make the
        // next chunks' join a nested loop over every follow-up per customer (73 s a chunk at
        // 95,000). Refreshed after chunks 1, 2, 4, 8…, as the import does.
        // Only a run that inserts needs this: rewriting plans in place leaves the counts as they were.
        if (chunk > 0 && (chunk & (chunk - 1)) === 0 && inserted > 0) {
          await followUpsRepository.refreshStatistics(this.db);
          inserted = 0;
        }
        chunk++;
        const groups = await cadencePlansRepository.groups(this.db, workspaceId, index, from, to);
        // The map grows over the run: a group already written for an earlier chunk is reused.
        const map: CadencePlanMapTable[] = [];
        /** every group of this chunk with its plan (PostgreSQL sends these with the update) */
        const plans: CadencePlanMapTable[] = [];
        let anyUnplanned = false;
        for (const g of groups) {
          const policy = policies[g.policy];
          if (!policy) continue;
          if (g.basis_date === null) {
            anyUnplanned = true;
            continue;
          }
          const key = `${g.country}|${g.region}|${g.basis_date}|${g.policy}|${g.first_contact}`;
          const market = { country: g.country, region: g.region || null };
          const first = Number(g.first_contact) === 1;
          const plan = await this.planFor(
            this.db,
            workspaceId,
            market,
            g.basis_date,
            policy,
            first,
            memo,
          );
          const row = {
            workspace_id: workspaceId,
            run_id: runId,
            country: g.country,
            region: g.region,
            basis_date: g.basis_date,
            policy: g.policy,
            first_contact: first ? 1 : 0,
            due_date: plan.dueDate,
            reason: plan.reason,
          };
          plans.push(row);
          if (mapped.has(key)) continue;
          mapped.add(key);
          map.push(row);
        }
        const unplanned = anyUnplanned
          ? await cadencePlansRepository.unplanned(this.db, workspaceId, index, { from, to })
          : [];
        const fresh = await this.plan(this.db, workspaceId, unplanned, policies, now, memo);
        await this.db.transaction().execute(async (tx) => {
          await cadencePlansRepository.writeMap(tx, map);
          rewritten += await followUpsRepository.applyPlanMap(
            tx,
            workspaceId,
            runId,
            index,
            { from, to, at },
            plans,
          );
          rewritten += await followUpsRepository.dropUncoveredCadence(
            tx,
            workspaceId,
            index,
            from,
            to,
          );
          await followUpsRepository.deleteOpenCadence(
            tx,
            workspaceId,
            unplanned.map((c) => c.id),
          );
          await followUpsRepository.insertMany(tx, fresh);
        });
        rewritten += fresh.length;
        inserted += fresh.length;
        from = to;
        await new Promise((resolve) => setImmediate(resolve));
      }
      // What the last chunks inserted is sampled by the run that wrote it, not left to the next.
      if (inserted > 0) await followUpsRepository.refreshStaleStatistics(this.db);
    } finally {
      await cadencePlansRepository.clearMap(this.db, workspaceId, runId);
    }
    return rewritten;
  }
}
