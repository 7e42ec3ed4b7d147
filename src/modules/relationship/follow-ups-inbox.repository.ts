import { chunks } from '../../db/chunks.ts';
import type { Executor } from '../../db/dialect.ts';
import type { Scope } from '../../domain/scope.ts';
import {
  OPEN_COLUMNS,
  stillOpen,
  visibleRows,
  type OpenFollowUpRow,
} from './follow-ups.repository.ts';

/** Where an open follow-up's customer is: what decides its bucket and its next window. */
export interface NearFollowUp {
  id: string;
  due_date: string;
  customer_country: string;
  customer_region: string | null;
  customer_time_zone: string | null;
}

type Assignees = { assigneeIds?: string[] };

/** Open, visible, of the given assignees when named (none named: everyone the scope sees). */
function openOf(db: Executor, scope: Scope, { assigneeIds }: Assignees) {
  const q = visibleRows(db, scope).where(stillOpen);
  return assigneeIds
    ? q.where('follow_ups.assignee_id', 'in', assigneeIds.length ? assigneeIds : ['-'])
    : q;
}

/**
 * The inbox's page reads of `follow_ups` (the follow-ups repository's, kept apart for size; that
 * module stays the table's only writer). The inbox pages an admin's whole workspace, so each read
 * is bounded: the days where a bucket depends on the customer's zone, a count, a page by key.
 * All go through the partial indexes on open follow-ups by (due date, id) (migration 0023).
 */
export const followUpsInboxRepository = {
  /** Open follow-ups due within [from, until]: today somewhere on Earth, overdue elsewhere. */
  near(db: Executor, scope: Scope, opts: Assignees & { from: string; until: string }) {
    return openOf(db, scope, opts)
      .select([
        'follow_ups.id',
        'follow_ups.due_date',
        'customers.country as customer_country',
        'customers.region as customer_region',
        'customers.time_zone as customer_time_zone',
      ])
      .where('follow_ups.due_date', '>=', opts.from)
      .where('follow_ups.due_date', '<=', opts.until)
      .execute() as Promise<NearFollowUp[]>;
  },

  /** How many open follow-ups are due before `before` (overdue in every zone). */
  async countBefore(db: Executor, scope: Scope, opts: Assignees & { before: string }) {
    if (scope.visibleOwnerIds === 'all' && !opts.assigneeIds) {
      // Everyone's: the join to each customer only leaves out the trash's (7,000 lookups took
      // 10–37 ms at 20,000 customers), so count them all from the index and take the few in the
      // trash away.
      const all = await db
        .selectFrom('follow_ups')
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .where('follow_ups.workspace_id', '=', scope.workspaceId)
        .where(stillOpen)
        .where('follow_ups.due_date', '<', opts.before)
        .executeTakeFirst();
      const trash = await db
        .selectFrom('customers')
        .select('id')
        .where('workspace_id', '=', scope.workspaceId)
        .where('deleted_at', 'is not', null)
        // in id order, which only the trash's partial index gives: without it SQLite walked every
        // customer (24 ms at 20,000) for the few in the trash
        .orderBy('id')
        .execute();
      let trashed = 0;
      for (const part of chunks(
        trash.map((c) => c.id),
        500,
      )) {
        const r = await db
          .selectFrom('follow_ups')
          .select((eb) => eb.fn.countAll<number | string>().as('n'))
          .where('workspace_id', '=', scope.workspaceId)
          .where('customer_id', 'in', part)
          // bound values, not the partial indexes' literal condition: a trashed customer's few
          // follow-ups are found through the customer index, not by walking every open one
          .where('status', 'in', ['open', 'snoozed'])
          .where('due_date', '<', opts.before)
          .executeTakeFirst();
        trashed += Number(r?.n ?? 0);
      }
      return Number(all?.n ?? 0) - trashed;
    }
    const r = await openOf(db, scope, opts)
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('follow_ups.due_date', '<', opts.before)
      .executeTakeFirst();
    return Number(r?.n ?? 0);
  },

  /** Those due before `before`, oldest first, the `limit` after the key (due date, id) `after`. */
  pageBefore(
    db: Executor,
    scope: Scope,
    opts: Assignees & { before: string; after?: { due: string; id: string }; limit: number },
  ): Promise<OpenFollowUpRow[]> {
    const { after } = opts;
    let q = openOf(db, scope, opts)
      .select(OPEN_COLUMNS)
      .where('follow_ups.due_date', '<', opts.before);
    if (after)
      q = q.where((eb) =>
        eb.or([
          eb('follow_ups.due_date', '>', after.due),
          eb.and([eb('follow_ups.due_date', '=', after.due), eb('follow_ups.id', '>', after.id)]),
        ]),
      );
    return q.orderBy('follow_ups.due_date').orderBy('follow_ups.id').limit(opts.limit).execute();
  },

  /** The inbox's rows of the given open follow-ups (a page's, chosen from `near`). */
  async byIds(db: Executor, scope: Scope, ids: string[]): Promise<OpenFollowUpRow[]> {
    if (!ids.length) return [];
    return openOf(db, scope, {}).select(OPEN_COLUMNS).where('follow_ups.id', 'in', ids).execute();
  },
};
