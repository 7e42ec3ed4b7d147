import type { Kysely, RawBuilder } from 'kysely';
import type { CadencePlanMapTable, DB, FollowUp } from '../../db/schema.ts';
import type { Executor } from '../../db/dialect.ts';
import { slowSeasons } from '../../domain/calendar/slow-seasons.ts';
import { localDate } from '../../domain/calendar/zoned-time.ts';
import { defaultTimeZone } from '../../domain/countries.ts';
import { newId } from '../../domain/ids.ts';
import { DEFAULT_POLICIES, type PolicyRule } from '../../domain/relationship/cadence.ts';
import { planNextFollowUp } from '../../domain/relationship/planner.ts';
import type { CalendarProvider } from '../countries/calendar.provider.ts';
import { countryNames } from '../countries/country-facts.ts';
import { segmentConditions } from '../segments/segment-conditions.service.ts';
import {
  cadencePlansRepository,
  policyIndexSql,
  type PlanCustomer,
} from './cadence-plans.repository.ts';
import { followUpsRepository } from './follow-ups.repository.ts';
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
   * The plan for customers of one market whose cadence counts from one date under one policy;
   * many customers share it, so a run computes each once.
   */
  private async planFor(
    db: Executor,
    workspaceId: string,
    market: { country: string; region: string | null },
    basis: string,
    policy: PolicyRule,
    memo: PlanMemo,
  ): Promise<{ dueDate: string; reason: string }> {
    const key = `${market.country}|${market.region ?? ''}|${basis}|${policy.name}|${policy.days}|${policy.avoidSlowSeasons}`;
    let plan = memo.get(key);
    if (!plan) {
      const calendar = await this.calendars.calendar(
        db,
        workspaceId,
        market.country,
        market.region,
      );
      const year = Number(basis.slice(0, 4));
      const p = planNextFollowUp({
        lastTouchDate: basis,
        days: policy.days,
        calendar,
        placeName: countryNames(market.country),
        avoidSlowSeasons: policy.avoidSlowSeasons,
        seasons: policy.avoidSlowSeasons
          ? [...slowSeasons(market.country, year), ...slowSeasons(market.country, year + 1)]
          : undefined,
      });
      plan = {
        dueDate: p.dueDate,
        reason: JSON.stringify({ ...p.reason, policy: policy.name, days: policy.days }),
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
      const plan = await this.planFor(db, workspaceId, c, basis, policy, memo);
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
      });
    }
    return out;
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
    const { rules: policies, index } = await this.policySet(this.db, workspaceId);
    const memo: PlanMemo = new Map();
    const mapped = new Set<string>();
    const runId = newId();
    const now = new Date();
    const at = now.toISOString();
    let from = '';
    let rewritten = 0;
    try {
      for (const to of await cadencePlansRepository.chunkEnds(this.db, workspaceId, CHUNK)) {
        const groups = await cadencePlansRepository.groups(this.db, workspaceId, index, from, to);
        // The map grows over the run: a group already written for an earlier chunk is reused.
        const map: CadencePlanMapTable[] = [];
        let anyUnplanned = false;
        for (const g of groups) {
          const policy = policies[g.policy];
          if (!policy) continue;
          if (g.basis_date === null) {
            anyUnplanned = true;
            continue;
          }
          const key = `${g.country}|${g.region}|${g.basis_date}|${g.policy}`;
          if (mapped.has(key)) continue;
          mapped.add(key);
          const market = { country: g.country, region: g.region || null };
          const plan = await this.planFor(this.db, workspaceId, market, g.basis_date, policy, memo);
          map.push({
            workspace_id: workspaceId,
            run_id: runId,
            country: g.country,
            region: g.region,
            basis_date: g.basis_date,
            policy: g.policy,
            due_date: plan.dueDate,
            reason: plan.reason,
          });
        }
        const unplanned = anyUnplanned
          ? await cadencePlansRepository.unplanned(this.db, workspaceId, index, { from, to })
          : [];
        const fresh = await this.plan(this.db, workspaceId, unplanned, policies, now, memo);
        await this.db.transaction().execute(async (tx) => {
          await cadencePlansRepository.writeMap(tx, map);
          rewritten += await followUpsRepository.applyPlanMap(tx, workspaceId, runId, index, {
            from,
            to,
            at,
          });
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
        from = to;
        await new Promise((resolve) => setImmediate(resolve));
      }
    } finally {
      await cadencePlansRepository.clearMap(this.db, workspaceId, runId);
    }
    return rewritten;
  }
}
