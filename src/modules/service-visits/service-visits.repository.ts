import { chunks } from '../../db/chunks.ts';
import type { Executor } from '../../db/dialect.ts';
import type { FollowUpStatus, ServiceVisit, ServiceVisitTable } from '../../db/schema.ts';
import { visibleTo } from '../../db/visibility.ts';
import type { Scope } from '../../domain/scope.ts';

/** A visit with what its follow-up holds now (date, assignee, status) and its customer. */
export interface VisitRow extends ServiceVisit {
  customer_id: string;
  assignee_id: string;
  due_date: string;
  follow_up_status: FollowUpStatus;
  reason: string;
  customer_name: string;
  customer_country: string;
  customer_time_zone: string | null;
}

export interface VisitFilter {
  /** open: planned and overdue */
  state?: 'open' | 'planned' | 'overdue' | 'done' | 'cancelled';
  customerId?: string;
  assigneeIds?: string[];
  /**
   * yesterday and tomorrow in UTC: every zone's today lies between them, so planned and overdue
   * are chosen here within a day and told exactly by the caller in each customer's zone
   */
  utcYesterday: string;
  utcTomorrow: string;
  limit: number;
}

/**
 * Visits are visible exactly when their follow-up's customer is (and it is not in the trash): the
 * follow-up carries the customer, so a merge or a hand-over moves the visit with it. Reads the
 * follow-ups and customers tables; their modules stay their only writers.
 */
function visible(db: Executor, scope: Scope) {
  return db
    .selectFrom('service_visits as v')
    .innerJoin('follow_ups as f', (j) =>
      j.onRef('f.workspace_id', '=', 'v.workspace_id').onRef('f.id', '=', 'v.follow_up_id'),
    )
    .innerJoin('customers', (j) =>
      j
        .onRef('customers.workspace_id', '=', 'f.workspace_id')
        .onRef('customers.id', '=', 'f.customer_id'),
    )
    .where('v.workspace_id', '=', scope.workspaceId)
    .where('customers.deleted_at', 'is', null)
    .$call(visibleTo(scope, 'customers.owner_id'))
    .selectAll('v')
    .select([
      'f.customer_id',
      'f.assignee_id',
      'f.due_date',
      'f.status as follow_up_status',
      'f.reason',
      'customers.name as customer_name',
      'customers.country as customer_country',
      'customers.time_zone as customer_time_zone',
    ]);
}

/** The only writer of `service_visits`. */
export const serviceVisitsRepository = {
  async insert(db: Executor, row: ServiceVisitTable): Promise<void> {
    await db.insertInto('service_visits').values(row).execute();
  },

  /** The visits already planned from these tickets or orders, with their follow-up's status. */
  async ofSources(db: Executor, workspaceId: string, kind: 'ticket' | 'order', ids: string[]) {
    const out = [];
    for (const part of chunks(ids, 500))
      out.push(
        ...(await db
          .selectFrom('service_visits as v')
          .innerJoin('follow_ups as f', (j) =>
            j.onRef('f.workspace_id', '=', 'v.workspace_id').onRef('f.id', '=', 'v.follow_up_id'),
          )
          .select([
            'v.id',
            'v.rule_id',
            'v.source_id',
            'v.follow_up_id',
            'v.done_at',
            'f.status as follow_up_status',
          ])
          .where('v.workspace_id', '=', workspaceId)
          .where('v.source_kind', '=', kind)
          .where('v.source_id', 'in', part)
          .execute()),
      );
    return out;
  },

  findVisible(db: Executor, scope: Scope, id: string): Promise<VisitRow | undefined> {
    return visible(db, scope).where('v.id', '=', id).executeTakeFirst();
  },

  /**
   * Visits in scope by state, customer and assignee. Planned and overdue are chosen here within a
   * day either side of the UTC date (every zone's today lies there) and told exactly by the caller
   * in each customer's zone; still to do come soonest first, the rest latest first.
   */
  list(db: Executor, scope: Scope, f: VisitFilter): Promise<VisitRow[]> {
    let q = visible(db, scope);
    if (f.customerId) q = q.where('f.customer_id', '=', f.customerId);
    if (f.assigneeIds)
      q = q.where('f.assignee_id', 'in', f.assigneeIds.length ? f.assigneeIds : ['-']);
    const toDo = f.state === 'open' || f.state === 'planned' || f.state === 'overdue';
    if (toDo) q = q.where('v.done_at', 'is', null).where('f.status', 'in', ['open', 'snoozed']);
    if (f.state === 'overdue') q = q.where('f.due_date', '<', f.utcTomorrow);
    if (f.state === 'planned') q = q.where('f.due_date', '>=', f.utcYesterday);
    if (f.state === 'done')
      q = q.where((eb) => eb.or([eb('v.done_at', 'is not', null), eb('f.status', '=', 'done')]));
    if (f.state === 'cancelled')
      q = q.where('v.done_at', 'is', null).where('f.status', '=', 'cancelled');
    q = toDo
      ? q.orderBy('f.due_date').orderBy('v.id')
      : q.orderBy('f.due_date', 'desc').orderBy('v.id', 'desc');
    return q.limit(f.limit).execute();
  },

  async update(
    db: Executor,
    workspaceId: string,
    id: string,
    patch: Partial<
      Pick<
        ServiceVisitTable,
        | 'done_at'
        | 'done_by'
        | 'activity_id'
        | 'answers'
        | 'event_at'
        | 'planned_date'
        | 'updated_at'
      >
    >,
  ): Promise<void> {
    await db
      .updateTable('service_visits')
      .set(patch)
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  },
};
