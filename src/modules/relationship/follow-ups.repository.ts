import { sql, type RawBuilder, type SqlBool } from 'kysely';
import { chunks } from '../../db/chunks.ts';
import { isPostgres, type Executor } from '../../db/dialect.ts';
import { visibleTo } from '../../db/visibility.ts';
import { refreshStaleStatistics, refreshStatistics } from '../../db/statistics.ts';
import type { CadencePlanMapTable, FollowUp, FollowUpStatus } from '../../db/schema.ts';
import type { Scope } from '../../domain/scope.ts';
import { firstContactSql, NO_POLICY } from './cadence-plans.repository.ts';

export interface FollowUpRow extends FollowUp {
  customer_name: string;
  customer_country: string;
  customer_region: string | null;
  customer_time_zone: string | null;
  customer_owner_id: string;
}

/**
 * Open or snoozed, written as literals: the partial indexes on open follow-ups (migration 0023)
 * name this condition, and SQLite uses a partial index only when the query states it verbatim.
 */
export const stillOpen = sql<SqlBool>`${sql.ref('follow_ups.status')} in ('open', 'snoozed')`;

/** What the inbox shows of an open follow-up (the list reads up to 2,000: no more columns). */
export type OpenFollowUpRow = Pick<
  FollowUpRow,
  | 'id'
  | 'customer_id'
  | 'assignee_id'
  | 'assignee_person_id'
  | 'kind'
  | 'due_date'
  | 'due_time'
  | 'status'
  | 'reason'
  | 'note'
  | 'customer_name'
  | 'customer_country'
  | 'customer_region'
  | 'customer_time_zone'
>;

/** The columns of an `OpenFollowUpRow`. */
export const OPEN_COLUMNS = [
  'follow_ups.id',
  'follow_ups.customer_id',
  'follow_ups.assignee_id',
  'follow_ups.assignee_person_id',
  'follow_ups.kind',
  'follow_ups.due_date',
  'follow_ups.due_time',
  'follow_ups.status',
  'follow_ups.reason',
  'follow_ups.note',
  'customers.name as customer_name',
  'customers.country as customer_country',
  'customers.region as customer_region',
  'customers.time_zone as customer_time_zone',
] as const;

/** Follow-ups are visible exactly when their customer is (and it is not in the trash). */
export function visibleRows(db: Executor, scope: Scope) {
  return db
    .selectFrom('follow_ups')
    .innerJoin('customers', (j) =>
      j
        .onRef('customers.workspace_id', '=', 'follow_ups.workspace_id')
        .onRef('customers.id', '=', 'follow_ups.customer_id'),
    )
    .where('follow_ups.workspace_id', '=', scope.workspaceId)
    .where('customers.deleted_at', 'is', null)
    .$call(visibleTo(scope, 'customers.owner_id'));
}

function visible(db: Executor, scope: Scope) {
  return visibleRows(db, scope)
    .selectAll('follow_ups')
    .select([
      'customers.name as customer_name',
      'customers.country as customer_country',
      'customers.region as customer_region',
      'customers.time_zone as customer_time_zone',
      'customers.owner_id as customer_owner_id',
    ]);
}

export const followUpsRepository = {
  /** Fresh planner statistics of follow-ups, after a bulk write grew them (PostgreSQL only). */
  refreshStatistics: (db: Executor) => refreshStatistics(db, ['follow_ups']),

  /** The same, only when their size has moved since they were last sampled. */
  refreshStaleStatistics: (db: Executor) => refreshStaleStatistics(db, ['follow_ups']),

  async insertMany(db: Executor, rows: FollowUp[]): Promise<void> {
    for (const part of chunks(rows, 2000)) await db.insertInto('follow_ups').values(part).execute();
  },

  /**
   * Open follow-ups due before `date`, a page at a time by id, with their customer's time zone
   * (the overdue automation scan judges "overdue" by the customer's own date).
   */
  overdue(
    db: Executor,
    workspaceId: string,
    date: string,
    afterId: string | null,
    limit: number,
  ): Promise<{ id: string; customer_id: string; due_date: string; time_zone: string | null }[]> {
    let q = db
      .selectFrom('follow_ups')
      .innerJoin('customers', (j) =>
        j
          .onRef('customers.workspace_id', '=', 'follow_ups.workspace_id')
          .onRef('customers.id', '=', 'follow_ups.customer_id'),
      )
      .select([
        'follow_ups.id',
        'follow_ups.customer_id',
        'follow_ups.due_date',
        'customers.time_zone',
      ])
      .where('follow_ups.workspace_id', '=', workspaceId)
      .where('follow_ups.status', '=', 'open')
      .where('follow_ups.due_date', '<', date);
    if (afterId) q = q.where('follow_ups.id', '>', afterId);
    return q.orderBy('follow_ups.id').limit(limit).execute();
  },

  /** A customer's cadence follow-ups still to do (open or snoozed), with their status. */

  openCadence(
    db: Executor,
    workspaceId: string,
    customerId: string,
  ): Promise<{ id: string; status: FollowUpStatus }[]> {
    return db
      .selectFrom('follow_ups')
      .select(['id', 'status'])
      .where('workspace_id', '=', workspaceId)
      .where('customer_id', '=', customerId)
      .where('kind', '=', 'cadence')
      .where('status', 'in', ['open', 'snoozed'])
      .execute();
  },

  /** Every follow-up of the customer still to do (open or snoozed), whatever its kind. */
  async openOf(db: Executor, workspaceId: string, customerId: string): Promise<string[]> {
    const rows = await db
      .selectFrom('follow_ups')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where('customer_id', '=', customerId)
      .where(stillOpen)
      .execute();
    return rows.map((r) => r.id);
  },

  async setStatus(
    db: Executor,
    workspaceId: string,
    ids: string[],
    status: FollowUpStatus,
    at: string,
  ): Promise<void> {
    for (const part of chunks(ids, 500))
      await db
        .updateTable('follow_ups')
        .set({ status, updated_at: at })
        .where('workspace_id', '=', workspaceId)
        .where('id', 'in', part)
        .execute();
  },

  /** Deletes the customers' open or snoozed cadence follow-ups (about to be planned afresh). */
  async deleteOpenCadence(db: Executor, workspaceId: string, customerIds: string[]): Promise<void> {
    for (const part of chunks(customerIds, 500)) {
      await db
        .deleteFrom('follow_ups')
        .where('workspace_id', '=', workspaceId)
        .where('kind', '=', 'cadence')
        .where('status', 'in', ['open', 'snoozed'])
        .where('customer_id', 'in', part)
        .execute();
    }
  },

  /** Open follow-ups of customers the scope can see, assigned to `assignees` when given. */
  open(
    db: Executor,
    scope: Scope,
    opts: { assigneeIds?: string[]; customerId?: string; until?: string; from?: string },
  ): Promise<OpenFollowUpRow[]> {
    let q = visibleRows(db, scope).select(OPEN_COLUMNS).where(stillOpen);
    if (opts.assigneeIds) {
      q = q.where(
        'follow_ups.assignee_id',
        'in',
        opts.assigneeIds.length ? opts.assigneeIds : ['-'],
      );
    }
    if (opts.customerId) q = q.where('follow_ups.customer_id', '=', opts.customerId);
    if (opts.until) q = q.where('follow_ups.due_date', '<=', opts.until);
    if (opts.from) q = q.where('follow_ups.due_date', '>=', opts.from);
    return q.orderBy('follow_ups.due_date').orderBy('follow_ups.id').limit(2000).execute();
  },

  /** Due date and status of follow-ups by id (the caller checked access to what they belong to). */
  async datesOf(db: Executor, workspaceId: string, ids: string[]) {
    const out: Pick<FollowUp, 'id' | 'due_date' | 'status'>[] = [];
    for (const part of chunks(ids, 500))
      out.push(
        ...(await db
          .selectFrom('follow_ups')
          .select(['id', 'due_date', 'status'])
          .where('workspace_id', '=', workspaceId)
          .where('id', 'in', part)
          .execute()),
      );
    return out;
  },

  findVisible(db: Executor, scope: Scope, id: string): Promise<FollowUpRow | undefined> {
    return visible(db, scope).where('follow_ups.id', '=', id).executeTakeFirst();
  },

  async update(
    db: Executor,
    workspaceId: string,
    id: string,
    patch: Partial<
      Pick<
        FollowUp,
        | 'status'
        | 'due_date'
        | 'due_time'
        | 'assignee_id'
        | 'assignee_person_id'
        | 'note'
        | 'done_at'
        | 'updated_at'
        | 'reason'
      >
    >,
  ): Promise<void> {
    await db
      .updateTable('follow_ups')
      .set(patch)
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  },

  /** Closes a customer's open cadence follow-ups (a touch fulfilled them, or a replan replaces them). */
  async closeCadence(
    db: Executor,
    workspaceId: string,
    customerIds: string[],
    status: FollowUpStatus,
    at: string,
  ): Promise<void> {
    for (const part of chunks(customerIds, 500)) {
      await db
        .updateTable('follow_ups')
        .set({ status, done_at: status === 'done' ? at : null, updated_at: at })
        .where('workspace_id', '=', workspaceId)
        .where('kind', '=', 'cadence')
        .where('status', 'in', ['open', 'snoozed'])
        .where('customer_id', 'in', part)
        .execute();
    }
  },

  async oldestOverdue(
    db: Executor,
    workspaceId: string,
    customerId: string,
    today: string,
  ): Promise<string | null> {
    const r = await db
      .selectFrom('follow_ups')
      .select((eb) => eb.fn.min('due_date').as('d'))
      .where('workspace_id', '=', workspaceId)
      .where('customer_id', '=', customerId)
      .where('status', '=', 'open')
      .where('due_date', '<', today)
      .executeTakeFirst();
    return (r?.d as string | null | undefined) ?? null;
  },

  /**
   * Rewrites the chunk's open plans whose date or reason differ from their group's plan: on
   * SQLite the run's map table, on PostgreSQL `plans`, this chunk's groups, which travel with the
   * update as arrays (the map is not written there: see `cadencePlansRepository.writeMap`).
   */
  async applyPlanMap(
    db: Executor,
    workspaceId: string,
    runId: string,
    policyIndex: RawBuilder<number>,
    { from, to, at }: { from: string; to: string; at: string },
    plans: readonly PlanRow[],
  ): Promise<number> {
    if (isPostgres(db)) return applyPlansPg(db, workspaceId, policyIndex, { from, to, at }, plans);
    const result = await db
      .updateTable('follow_ups')
      .from(['customers', 'cadence_plan_map as m'])
      .set((eb) => ({
        due_date: eb.ref('m.due_date'),
        reason: eb.ref('m.reason'),
        updated_at: at,
      }))
      .whereRef('customers.workspace_id', '=', 'follow_ups.workspace_id')
      .whereRef('customers.id', '=', 'follow_ups.customer_id')
      .where('follow_ups.workspace_id', '=', workspaceId)
      .where('follow_ups.kind', '=', 'cadence')
      .where('follow_ups.status', '=', 'open')
      .where('follow_ups.customer_id', '>', from)
      .where('follow_ups.customer_id', '<=', to)
      .where('customers.deleted_at', 'is', null)
      .where('m.workspace_id', '=', workspaceId)
      .where('m.run_id', '=', runId)
      .whereRef('m.country', '=', 'customers.country')
      .where(sql<boolean>`${sql.ref('m.region')} = coalesce(${sql.ref('customers.region')}, '')`)
      .whereRef('m.basis_date', '=', 'follow_ups.basis_date')
      .where(sql<boolean>`${sql.ref('m.policy')} = ${policyIndex}`)
      .where(sql<boolean>`${sql.ref('m.first_contact')} = ${firstContactSql}`)
      .where((eb) =>
        eb.or([
          eb('follow_ups.due_date', '<>', eb.ref('m.due_date')),
          eb('follow_ups.reason', '<>', eb.ref('m.reason')),
        ]),
      )
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  },

  /** Drops open or snoozed cadence plans of the chunk's customers that no policy covers now. */
  async dropUncoveredCadence(
    db: Executor,
    workspaceId: string,
    policyIndex: RawBuilder<number>,
    from: string,
    to: string,
  ): Promise<number> {
    const result = await db
      .deleteFrom('follow_ups')
      .where('workspace_id', '=', workspaceId)
      .where('kind', '=', 'cadence')
      .where('status', 'in', ['open', 'snoozed'])
      .where('customer_id', '>', from)
      .where('customer_id', '<=', to)
      .where('customer_id', 'in', (eb) =>
        eb
          .selectFrom('customers')
          .select('customers.id')
          .where('customers.workspace_id', '=', workspaceId)
          .where('customers.id', '>', from)
          .where('customers.id', '<=', to)
          .where(sql<boolean>`${policyIndex} = ${sql.lit(NO_POLICY)}`),
      )
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  },
};

/** A group's plan: who it is for (market, basis date, policy, first contact) and what it is. */
export type PlanRow = Pick<
  CadencePlanMapTable,
  'country' | 'region' | 'basis_date' | 'policy' | 'first_contact' | 'due_date' | 'reason'
>;

/**
 * `applyPlanMap` on PostgreSQL: the chunk's follow-ups with their customers' keys first (a
 * materialized CTE, so the planner cannot start elsewhere), then each matched to its group's plan
 * by a hash join and rewritten by primary key. Planned freely, PostgreSQL started from the plans
 * and read every customer of each plan's country in the workspace: 0.53 s a chunk at 100,000
 * customers. The plans come as arrays (`unnest`, whose row count PostgreSQL reads off the arrays)
 * rather than from the map table, whose statistics had to be sampled before every chunk's update
 * (20 × 60 ms) for the same join order.
 */
async function applyPlansPg(
  db: Executor,
  workspaceId: string,
  policyIndex: RawBuilder<number>,
  { from, to, at }: { from: string; to: string; at: string },
  plans: readonly PlanRow[],
): Promise<number> {
  if (plans.length === 0) return 0;
  const chunk = db
    .selectFrom('follow_ups')
    .innerJoin('customers', (j) =>
      j
        .onRef('customers.workspace_id', '=', 'follow_ups.workspace_id')
        .onRef('customers.id', '=', 'follow_ups.customer_id'),
    )
    .select([
      'follow_ups.id',
      'follow_ups.basis_date',
      'customers.country',
      sql<string>`coalesce(${sql.ref('customers.region')}, '')`.as('region'),
      policyIndex.as('policy'),
      firstContactSql.as('first_contact'),
    ])
    .where('follow_ups.workspace_id', '=', workspaceId)
    .where('follow_ups.kind', '=', 'cadence')
    .where('follow_ups.status', '=', 'open')
    .where('follow_ups.customer_id', '>', from)
    .where('follow_ups.customer_id', '<=', to)
    // The same range on the customers, which PostgreSQL does not carry across the join:
    // without it each chunk hashes every customer of the workspace.
    .where('customers.id', '>', from)
    .where('customers.id', '<=', to)
    .where('customers.deleted_at', 'is', null);
  const column = <K extends keyof PlanRow>(k: K) => plans.map((p) => p[k]);
  const result = await sql`
    with chunk as materialized (${chunk})
    update follow_ups
    set due_date = m.due_date, reason = m.reason, updated_at = ${at}
    from chunk, unnest(
      ${column('country')}::text[], ${column('region')}::text[], ${column('basis_date')}::text[],
      ${column('policy')}::int[], ${column('first_contact')}::int[],
      ${column('due_date')}::text[], ${column('reason')}::text[]
    ) as m(country, region, basis_date, policy, first_contact, due_date, reason)
    where follow_ups.workspace_id = ${workspaceId}
      and follow_ups.id = chunk.id
      and m.country = chunk.country
      and m.region = chunk.region
      and m.basis_date = chunk.basis_date
      and m.policy = chunk.policy
      and m.first_contact = chunk.first_contact
      and (follow_ups.due_date <> m.due_date or follow_ups.reason <> m.reason)
  `.execute(db);
  return Number(result.numAffectedRows ?? 0);
}
