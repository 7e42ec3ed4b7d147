import { chunks } from '../../db/chunks.ts';
import { sql, type Expression, type RawBuilder, type SqlBool } from 'kysely';
import type { CadencePlanMapTable, Customer } from '../../db/schema.ts';
import { isPostgres, type Executor } from '../../db/dialect.ts';
import type { PolicyRule } from '../../domain/relationship/cadence.ts';

/** No policy applies to the customer: they get no cadence follow-up. */
export const NO_POLICY = -1;

/**
 * The index of the first matching policy for the row of `customers` in scope, as SQL, so that bulk
 * replans resolve policies where the customers are instead of loading every one.
 */
export function policyIndexSql(
  policies: PolicyRule[],
  segments: Map<string, Expression<SqlBool>> = new Map(),
): RawBuilder<number> {
  if (policies.length === 0) return sql<number>`${sql.lit(NO_POLICY)}`;
  const whens = policies.map((p, i) => {
    const conds: Expression<unknown>[] = [];
    if (p.segmentId !== null) {
      // A segment that is gone matches no one rather than everyone.
      conds.push(segments.get(p.segmentId) ?? sql`1 = 0`);
    }
    if (p.stage !== null) conds.push(sql`${sql.ref('customers.stage')} = ${sql.lit(p.stage)}`);
    if (p.tier !== null) conds.push(sql`${sql.ref('customers.tier')} = ${sql.lit(p.tier)}`);
    const when = conds.length ? sql.join(conds, sql` and `) : sql`1 = 1`;
    return sql`when ${when} then ${sql.lit(i)}`;
  });
  return sql<number>`(case ${sql.join(whens, sql` `)} else ${sql.lit(NO_POLICY)} end)`;
}

/** What planning reads of a customer. */
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

export type CustomerToPlan = PlanCustomer & { policy: number };

export interface PlanGroup {
  country: string;
  region: string;
  basis_date: string;
  policy: number;
  /** 1 for customers we have never contacted: their plan is the first contact */
  first_contact: number;
}

/** 1 when the row of `customers` has no outbound touch yet (its plan is the first contact). */
export const firstContactSql = sql<number>`(case when ${sql.ref('customers.last_outbound_at')} is null then 1 else 0 end)`;

export const cadencePlansRepository = {
  /** Customer ids that split the workspace into chunks of about `size` (the last id of each). */
  async chunkEnds(db: Executor, workspaceId: string, size: number): Promise<string[]> {
    const ids = await db
      .selectFrom('customers')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .orderBy('id')
      .execute();
    const ends: string[] = [];
    for (let i = size - 1; i < ids.length; i += size) ends.push(ids[i]!.id);
    const last = ids[ids.length - 1]?.id;
    if (last && ends[ends.length - 1] !== last) ends.push(last);
    return ends;
  },

  /**
   * The distinct (market, basis date, policy, first contact or not) of a chunk's live customers and their current plans:
   * what must be computed. A group without a basis date holds customers that have no plan yet.
   */
  groups(
    db: Executor,
    workspaceId: string,
    policyIndex: RawBuilder<number>,
    from: string,
    to: string,
  ): Promise<(Omit<PlanGroup, 'basis_date'> & { basis_date: string | null })[]> {
    // Grouped in an outer query: PostgreSQL numbers the CASE's parameters afresh in GROUP BY and
    // would not see it as the selected expression.
    const rows = db
      .selectFrom('customers')
      .leftJoin('follow_ups', (j) =>
        j
          .onRef('follow_ups.workspace_id', '=', 'customers.workspace_id')
          .onRef('follow_ups.customer_id', '=', 'customers.id')
          .on('follow_ups.kind', '=', 'cadence')
          .on('follow_ups.status', 'in', ['open', 'snoozed'])
          .on('follow_ups.basis_date', 'is not', null)
          // The chunk's range on follow-ups too: PostgreSQL does not carry it across the join
          // and read every follow-up of the workspace for each chunk (0.8 s of 0.82 s a chunk).
          .on('follow_ups.customer_id', '>', from)
          .on('follow_ups.customer_id', '<=', to),
      )
      .select([
        'customers.country as country',
        sql<string>`coalesce(${sql.ref('customers.region')}, '')`.as('region'),
        'follow_ups.basis_date as basis_date',
        policyIndex.as('policy'),
        firstContactSql.as('first_contact'),
      ])
      .where('customers.workspace_id', '=', workspaceId)
      .where('customers.deleted_at', 'is', null)
      .where('customers.id', '>', from)
      .where('customers.id', '<=', to);
    return db
      .selectFrom(rows.as('r'))
      .select(['r.country', 'r.region', 'r.basis_date', 'r.policy', 'r.first_contact'])
      .groupBy(['r.country', 'r.region', 'r.basis_date', 'r.policy', 'r.first_contact'])
      .execute();
  },

  /**
   * Writes a chunk's new plans for `applyPlanMap` on SQLite. PostgreSQL sends each chunk's plans
   * with its update instead: the map's statistics would otherwise need sampling before each
   * chunk (see `applyPlansPg`), so nothing is written there.
   */
  async writeMap(db: Executor, rows: CadencePlanMapTable[]): Promise<void> {
    if (isPostgres(db)) return;
    for (const part of chunks(rows, 2000))
      await db.insertInto('cadence_plan_map').values(part).execute();
  },

  async clearMap(db: Executor, workspaceId: string, runId: string): Promise<void> {
    await db
      .deleteFrom('cadence_plan_map')
      .where('workspace_id', '=', workspaceId)
      .where('run_id', '=', runId)
      .execute();
  },

  /**
   * Live customers of the chunk (or the given ids) that a policy covers but that have no current
   * cadence plan: new customers, or plans made before basis dates were kept.
   */
  unplanned(
    db: Executor,
    workspaceId: string,
    policyIndex: RawBuilder<number>,
    range: { from: string; to: string } | { ids: string[] },
  ): Promise<CustomerToPlan[]> {
    let q = db
      .selectFrom('customers')
      .select([
        'customers.id',
        'customers.country',
        'customers.region',
        'customers.time_zone',
        'customers.stage',
        'customers.tier',
        'customers.owner_id',
        'customers.last_outbound_at',
        'customers.created_at',
        policyIndex.as('policy'),
      ])
      .where('customers.workspace_id', '=', workspaceId)
      .where('customers.deleted_at', 'is', null)
      .where(sql<boolean>`${policyIndex} <> ${sql.lit(NO_POLICY)}`)
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('follow_ups')
              .select('follow_ups.id')
              .whereRef('follow_ups.workspace_id', '=', 'customers.workspace_id')
              .whereRef('follow_ups.customer_id', '=', 'customers.id')
              .where('follow_ups.kind', '=', 'cadence')
              .where('follow_ups.status', 'in', ['open', 'snoozed'])
              .where('follow_ups.basis_date', 'is not', null),
          ),
        ),
      );
    q =
      'ids' in range
        ? q.where('customers.id', 'in', range.ids.length ? range.ids : ['-'])
        : q.where('customers.id', '>', range.from).where('customers.id', '<=', range.to);
    return q.execute();
  },

  /** The policy index of each given customer, resolved by the same SQL as bulk replans. */
  async policyOf(
    db: Executor,
    workspaceId: string,
    policyIndex: RawBuilder<number>,
    customerId: string,
  ): Promise<number> {
    const row = await db
      .selectFrom('customers')
      .select(policyIndex.as('policy'))
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', customerId)
      .executeTakeFirst();
    return row ? Number(row.policy) : NO_POLICY;
  },
};
