import { sql, type SelectQueryBuilder } from 'kysely';
import type { Executor } from '../../db/dialect.ts';
import type { DB } from '../../db/schema.ts';
import { visibleTo } from '../../db/visibility.ts';
import { ownerFilter, type Scope } from '../../domain/scope.ts';
import type { ReceivablesFilter } from './receivables.repository.ts';

// The query parts the receivable lines' repository (and its ranked part) share: which lines a
// reader's report covers, and the aging buckets' sums.

export const KEY = {
  customer: 'customers.id',
  country: 'customers.country',
  owner: 'customers.owner_id',
} as const;

/** Anchors from which a due date falls on or after each bucket's start, per business-day count. */
export interface BucketStarts {
  /** [current, 1–30, 31–60, 61–90] for anchors rolled to the next business day */
  plain: readonly [string, string, string, string];
  /** the same for anchors five business days before their due date (L/C at sight) */
  lcAtSight: readonly [string, string, string, string];
}

export type KeptTable = 'receivable_lines' | 'receivable_settlements';
/** A query over one of the kept tables as `l` (and its customers), nothing selected yet. */
export type Kept<T extends KeptTable, A extends 'l' | 'customers'> = SelectQueryBuilder<
  DB & { l: DB[T] },
  A,
  Record<never, never>
>;

/** No owner filter in the scope, no country or owner asked: an admin's (or unscoped reader's) whole book. */
export const wholeBook = (scope: Scope, f: ReceivablesFilter) =>
  ownerFilter(scope) === null && !f.country && !f.ownerId;

/**
 * A table's rows (as `l`) of live customers, read from the table alone: trashed customers (a
 * few, from their own index) are left out by id, so no row is joined to its customer.
 */
export function linesOfLive<T extends KeptTable>(
  db: Executor,
  workspaceId: string,
  table: T,
  customerId?: string,
): Kept<T, 'l'> {
  // Typed as the lines table for the columns both tables share; the caller gets its own table.
  const q = db
    .selectFrom(`${table} as l` as 'receivable_lines as l')
    .where('l.workspace_id', '=', workspaceId)
    .$if(!!customerId, (q) => q.where('l.customer_id', '=', customerId!))
    .where('l.customer_id', 'not in', (eb) =>
      eb
        .selectFrom('customers')
        .select('customers.id')
        .where('customers.workspace_id', '=', workspaceId)
        .where('customers.deleted_at', 'is not', null),
    );
  return q;
}

/**
 * Live customers in the caller's scope (and filter), each joined to its rows of a table (as
 * `l`) through the table's per-customer index. `cross join` with the condition in `where` keeps
 * SQLite from walking every row of the table and looking its customer up; PostgreSQL plans it as
 * any join.
 */
export function fromLiveCustomers<T extends KeptTable>(
  db: Executor,
  scope: Scope,
  f: ReceivablesFilter,
  table: T,
): Kept<T, 'l' | 'customers'> {
  const q = db
    .selectFrom('customers')
    .where('customers.workspace_id', '=', scope.workspaceId)
    .where('customers.deleted_at', 'is', null)
    .$call(visibleTo(scope, 'customers.owner_id'))
    .$if(!!f.customerId, (q) => q.where('customers.id', '=', f.customerId!))
    .$if(!!f.country, (q) => q.where('customers.country', '=', f.country!))
    .$if(!!f.ownerId, (q) => q.where('customers.owner_id', '=', f.ownerId!))
    .crossJoin(`${table} as l` as 'receivable_lines as l')
    .whereRef('l.workspace_id', '=', 'customers.workspace_id')
    .whereRef('l.customer_id', '=', 'customers.id');
  return q;
}

/**
 * The open amount of the lines from aging bucket `i`'s start on (0 current and not yet due … 3
 * up to 90 days overdue). The starts fall with the bucket, so four such sums and the sum of every
 * line give the five buckets as differences: four comparisons a line instead of sorting each into
 * one of five buckets (the CPU of an admin's report, ~125,000 lines).
 */
export const openFrom = (starts: BucketStarts, i: 0 | 1 | 2 | 3) =>
  sql<
    number | string
  >`sum(case when l.anchor is null or l.anchor >= case when l.business_days = 5 then ${starts.lcAtSight[i]} else ${starts.plain[i]} end then l.open_minor else 0 end)`;

/**
 * A group's open amounts from each bucket's start on (`from0` … `from3`), of every line
 * (`openAll`), and its orders with a line not yet due (`undated`, one flagged line each: 0100).
 */
export const bucketSums = (starts: BucketStarts) =>
  [
    openFrom(starts, 0).as('from0'),
    openFrom(starts, 1).as('from1'),
    openFrom(starts, 2).as('from2'),
    openFrom(starts, 3).as('from3'),
    sql<number | string>`sum(l.open_minor)`.as('openAll'),
    sql<number | string>`sum(l.undated_order)`.as('undated'),
  ] as const;
