import { sql, type Insertable } from 'kysely';
import { insertRows } from '../../db/bulk-insert.ts';
import { chunks } from '../../db/chunks.ts';
import type { Executor } from '../../db/dialect.ts';
import type { ReceivableLineTable, ReceivableSettlementTable } from '../../db/schema.ts';
import { visibleTo } from '../../db/visibility.ts';
import type { Scope } from '../../domain/scope.ts';
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
   * Open amounts per group, currency and aging bucket (0 current … 4 over 90 days), with the
   * orders not yet due. Each line's bucket is two comparisons of its anchor with the starts.
   */
  aging(db: Executor, scope: Scope, f: ReceivablesFilter, by: GroupBy, starts: BucketStarts) {
    const start = (i: 0 | 1 | 2 | 3) =>
      sql`case when l.business_days = 5 then ${starts.lcAtSight[i]} else ${starts.plain[i]} end`;
    const bucket = sql<number>`case when l.anchor is null then 0
      when l.anchor >= ${start(0)} then 0 when l.anchor >= ${start(1)} then 1
      when l.anchor >= ${start(2)} then 2 when l.anchor >= ${start(3)} then 3 else 4 end`;
    let q = db
      .selectFrom('receivable_lines as l')
      .innerJoin('customers', (j) =>
        j
          .onRef('customers.workspace_id', '=', 'l.workspace_id')
          .onRef('customers.id', '=', 'l.customer_id'),
      )
      .where('l.workspace_id', '=', scope.workspaceId)
      .$call(visibleTo(scope, 'customers.owner_id'))
      .where('customers.deleted_at', 'is', null);
    if (f.customerId) q = q.where('l.customer_id', '=', f.customerId);
    if (f.country) q = q.where('customers.country', '=', f.country);
    if (f.ownerId) q = q.where('customers.owner_id', '=', f.ownerId);
    const inner = q.select((eb) => [
      eb.ref(KEY[by]).as('k'),
      'l.currency as cur',
      bucket.as('bucket'),
      'l.open_minor',
      sql<string | null>`case when l.anchor is null then l.order_id end`.as('undated'),
    ]);
    return db
      .selectFrom(inner.as('x'))
      .select((eb) => [
        'x.k as key',
        'x.cur as currency',
        'x.bucket',
        eb.fn.sum<number | string>('x.open_minor').as('amount'),
        sql<number | string>`count(distinct x.undated)`.as('undated'),
      ])
      .groupBy(['x.k', 'x.cur', 'x.bucket'])
      .execute();
  },

  /** Days late of orders settled in [before, asOf], summed per group for [before, from) and [from, asOf]. */
  lateness(
    db: Executor,
    scope: Scope,
    f: ReceivablesFilter,
    by: GroupBy,
    range: { before: string; from: string; asOf: string },
  ) {
    let q = db
      .selectFrom('receivable_settlements as s')
      .innerJoin('customers', (j) =>
        j
          .onRef('customers.workspace_id', '=', 's.workspace_id')
          .onRef('customers.id', '=', 's.customer_id'),
      )
      .where('s.workspace_id', '=', scope.workspaceId)
      .$call(visibleTo(scope, 'customers.owner_id'))
      .where('customers.deleted_at', 'is', null)
      .where('s.paid_date', '>=', range.before)
      .where('s.paid_date', '<=', range.asOf);
    if (f.customerId) q = q.where('s.customer_id', '=', f.customerId);
    if (f.country) q = q.where('customers.country', '=', f.country);
    if (f.ownerId) q = q.where('customers.owner_id', '=', f.ownerId);
    const now = sql<boolean>`s.paid_date >= ${range.from}`;
    return q
      .select((eb) => [
        eb.ref(KEY[by]).as('key'),
        sql<number | string>`sum(case when ${now} then s.days_late else 0 end)`.as('nowDays'),
        sql<number | string>`sum(case when ${now} then 1 else 0 end)`.as('nowCount'),
        sql<number | string>`sum(case when ${now} then 0 else s.days_late end)`.as('beforeDays'),
        sql<number | string>`sum(case when ${now} then 0 else 1 end)`.as('beforeCount'),
      ])
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
