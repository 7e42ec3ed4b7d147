import { sql, type Insertable, type SelectQueryBuilder } from 'kysely';
import { insertRows } from '../../db/bulk-insert.ts';
import { chunks } from '../../db/chunks.ts';
import type { Executor } from '../../db/dialect.ts';
import type { DB, ReceivableLineTable, ReceivableSettlementTable } from '../../db/schema.ts';
import { visibleTo } from '../../db/visibility.ts';
import { ownerFilter, type Scope } from '../../domain/scope.ts';
import type { GroupBy, ReceivablesFilter } from './receivables.repository.ts';

const KEY = {
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

type KeptTable = 'receivable_lines' | 'receivable_settlements';
/** A query over one of the kept tables as `l` (and its customers), nothing selected yet. */
type Kept<T extends KeptTable, A extends 'l' | 'customers'> = SelectQueryBuilder<
  DB & { l: DB[T] },
  A,
  Record<never, never>
>;

/** No owner filter in the scope, no country or owner asked: an admin's (or unscoped reader's) whole book. */
const wholeBook = (scope: Scope, f: ReceivablesFilter) =>
  ownerFilter(scope) === null && !f.country && !f.ownerId;

/**
 * A table's rows (as `l`) of live customers, read from the table alone: trashed customers (a
 * few, from their own index) are left out by id, so no row is joined to its customer.
 */
function linesOfLive<T extends KeptTable>(
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
function fromLiveCustomers<T extends KeptTable>(
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
 * The only writer of `receivable_lines` and `receivable_settlements` (0074), called by the risk
 * module's orders follower inside each order write; the report's sums read them joined to live
 * customers in the caller's scope.
 */
export const receivableLinesRepository = {
  async replace(
    db: Executor,
    workspaceId: string,
    orderIds: string[],
    lines: Insertable<ReceivableLineTable>[],
    settlements: Insertable<ReceivableSettlementTable>[],
  ): Promise<void> {
    for (const part of chunks(orderIds, 900)) {
      await db
        .deleteFrom('receivable_lines')
        .where('workspace_id', '=', workspaceId)
        .where('order_id', 'in', part)
        .execute();
      await db
        .deleteFrom('receivable_settlements')
        .where('workspace_id', '=', workspaceId)
        .where('order_id', 'in', part)
        .execute();
    }
    await insertRows(db, 'receivable_lines', lines);
    await insertRows(db, 'receivable_settlements', settlements);
  },

  /** A merge moved these orders to another customer. */
  async move(db: Executor, workspaceId: string, orderIds: string[], customerId: string) {
    for (const part of chunks(orderIds, 900))
      for (const table of ['receivable_lines', 'receivable_settlements'] as const)
        await db
          .updateTable(table)
          .set({ customer_id: customerId })
          .where('workspace_id', '=', workspaceId)
          .where('order_id', 'in', part)
          .execute();
  },

  /**
   * Open lines past due of the orders of the customers the caller sees (or of one), the earliest anchor per order and
   * business-day count. `before` is, per business-day count, the first anchor whose due date is
   * today or later (`earliestAnchorDueFrom`), so "past due" is one comparison on the anchor and
   * the calendar is consulted only for the few lines found.
   */
  overdue(
    db: Executor,
    scope: Scope,
    customerId: string | undefined,
    before: { plain: string; lcAtSight: string },
  ) {
    // Orders without payment terms have no anchor (never due), so the lines alone answer: no
    // join to orders (on PostgreSQL that join was a scan of every order with terms).
    let q = db
      .selectFrom('receivable_lines as l')
      .innerJoin('customers', (j) =>
        j
          .onRef('customers.workspace_id', '=', 'l.workspace_id')
          .onRef('customers.id', '=', 'l.customer_id'),
      )
      .where('l.workspace_id', '=', scope.workspaceId)
      .$call(visibleTo(scope, 'customers.owner_id'))
      .where('customers.deleted_at', 'is', null)
      .where('l.open_minor', '>', 0)
      .where('l.anchor', 'is not', null)
      .where(
        'l.anchor',
        '<',
        sql<string>`case when l.business_days = 5 then ${before.lcAtSight} else ${before.plain} end`,
      );
    if (customerId) q = q.where('l.customer_id', '=', customerId);
    return q
      .select((eb) => [
        'l.order_id',
        'l.customer_id',
        'l.business_days',
        eb.fn.min<string>('l.anchor').as('anchor'),
      ])
      .groupBy(['l.order_id', 'l.customer_id', 'l.business_days'])
      .execute();
  },

  /**
   * Open amounts per group and currency, one column per aging bucket (0 current … 4 over 90
   * days; null when no line falls in it), with the orders not yet due. Each line's bucket is two
   * comparisons of its anchor with the starts. Read customers first (`fromLiveCustomers`), or
   * from the lines alone for an admin's whole book per customer.
   */
  aging(db: Executor, scope: Scope, f: ReceivablesFilter, by: GroupBy, starts: BucketStarts) {
    const start = (i: 0 | 1 | 2 | 3) =>
      sql`case when l.business_days = 5 then ${starts.lcAtSight[i]} else ${starts.plain[i]} end`;
    const bucket = sql<number>`case when l.anchor is null then 0
      when l.anchor >= ${start(0)} then 0 when l.anchor >= ${start(1)} then 1
      when l.anchor >= ${start(2)} then 2 when l.anchor >= ${start(3)} then 3 else 4 end`;
    const inBucket = (i: number) =>
      sql<number | string | null>`sum(case when ${bucket} = ${i} then l.open_minor end)`;
    const columns = [
      'l.currency',
      inBucket(0).as('b0'),
      inBucket(1).as('b1'),
      inBucket(2).as('b2'),
      inBucket(3).as('b3'),
      inBucket(4).as('b4'),
      sql<number | string>`count(distinct case when l.anchor is null then l.order_id end)`.as(
        'undated',
      ),
    ] as const;
    if (by === 'customer' && wholeBook(scope, f))
      return linesOfLive(db, scope.workspaceId, 'receivable_lines', f.customerId)
        .select([sql.ref<string>('l.customer_id').as('key'), ...columns])
        .groupBy(['l.customer_id', 'l.currency'])
        .execute();
    return fromLiveCustomers(db, scope, f, 'receivable_lines')
      .select([sql.ref<string>(KEY[by]).as('key'), ...columns])
      .groupBy([KEY[by], 'l.currency'])
      .execute();
  },

  /**
   * Days late of orders settled in [before, asOf], summed for [before, from) and [from, asOf]:
   * over the whole scope (`keys` undefined, one row) or per group for the groups listed (per
   * customer) or every group (per country or owner, a few dozen).
   */
  lateness(
    db: Executor,
    scope: Scope,
    f: ReceivablesFilter,
    by: GroupBy | null,
    range: { before: string; from: string; asOf: string },
    keys?: string[],
  ) {
    const now = sql<boolean>`l.paid_date >= ${range.from}`;
    const sums = [
      sql<number | string>`sum(case when ${now} then l.days_late else 0 end)`.as('nowDays'),
      sql<number | string>`sum(case when ${now} then 1 else 0 end)`.as('nowCount'),
      sql<number | string>`sum(case when ${now} then 0 else l.days_late end)`.as('beforeDays'),
      sql<number | string>`sum(case when ${now} then 0 else 1 end)`.as('beforeCount'),
    ] as const;
    // Without groups an admin's whole book reads the settlements alone (no `customers` in it).
    const base: Kept<'receivable_settlements', 'l' | 'customers'> =
      by === null && wholeBook(scope, f)
        ? linesOfLive(db, scope.workspaceId, 'receivable_settlements', f.customerId)
        : fromLiveCustomers(db, scope, f, 'receivable_settlements').$if(!!keys, (q) =>
            q.where('customers.id', 'in', keys!.length ? keys! : ['']),
          );
    const q = base.where('l.paid_date', '>=', range.before).where('l.paid_date', '<=', range.asOf);
    return by === null
      ? q.select([sql<string>`''`.as('key'), ...sums]).execute()
      : q
          .select([sql.ref<string>(KEY[by]).as('key'), ...sums])
          .groupBy(KEY[by])
          .execute();
  },

  /** One customer's settlements paid since a date (the risk card's quarters; scope checked). */
  settledOf(db: Executor, workspaceId: string, customerId: string, from: string) {
    return db
      .selectFrom('receivable_settlements')
      .select(['paid_date', 'due_date', 'days_late'])
      .where('workspace_id', '=', workspaceId)
      .where('customer_id', '=', customerId)
      .where('paid_date', '>=', from)
      .execute();
  },
};
