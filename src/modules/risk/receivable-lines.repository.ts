import { sql, type Insertable } from 'kysely';
import { insertRows } from '../../db/bulk-insert.ts';
import { chunks } from '../../db/chunks.ts';
import type { Executor } from '../../db/dialect.ts';
import type { ReceivableLineTable, ReceivableSettlementTable } from '../../db/schema.ts';
import { visibleTo } from '../../db/visibility.ts';
import type { Scope } from '../../domain/scope.ts';
import type { GroupBy, ReceivablesFilter } from './receivables.repository.ts';
import {
  fromLiveCustomers,
  KEY,
  linesOfLive,
  bucketSums,
  wholeBook,
  type BucketStarts,
  type Kept,
} from './receivable-lines-base.repository.ts';
import { openLineTotalsRepository } from './open-line-totals.repository.ts';
import { rankedCustomers } from './receivable-ranks.repository.ts';

/** The customers whose lines or settlements these orders have now. */
async function customersOfLines(db: Executor, workspaceId: string, orderIds: string[]) {
  const out = new Set<string>();
  for (const part of chunks(orderIds, 900))
    for (const table of ['receivable_lines', 'receivable_settlements'] as const)
      for (const r of await db
        .selectFrom(table)
        .select('customer_id')
        .distinct()
        .where('workspace_id', '=', workspaceId)
        .where('order_id', 'in', part)
        .execute())
        out.add(r.customer_id);
  return out;
}

export type { BucketStarts } from './receivable-lines-base.repository.ts';

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
    /** false for a rebuild of every order, which rebuilds the kept totals once at the end */
    keepTotals = true,
  ): Promise<void> {
    // The overdue kept per anchor (0098) and the per-customer and settled totals (0102): the
    // customers whose lines or settlements change, out before, in after.
    const touched = keepTotals ? await customersOfLines(db, workspaceId, orderIds) : new Set();
    for (const l of keepTotals ? [...lines, ...settlements] : []) touched.add(l.customer_id);
    const customers = [...touched] as string[];
    await openLineTotalsRepository.apply(db, workspaceId, -1, customers);
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
    await openLineTotalsRepository.apply(db, workspaceId, 1, customers);
  },

  /** A merge moved these orders to another customer. */
  async move(db: Executor, workspaceId: string, orderIds: string[], customerId: string) {
    const customers = [...(await customersOfLines(db, workspaceId, orderIds)), customerId];
    await openLineTotalsRepository.apply(db, workspaceId, -1, customers);
    for (const part of chunks(orderIds, 900))
      for (const table of ['receivable_lines', 'receivable_settlements'] as const)
        await db
          .updateTable(table)
          .set({ customer_id: customerId })
          .where('workspace_id', '=', workspaceId)
          .where('order_id', 'in', part)
          .execute();
    await openLineTotalsRepository.apply(db, workspaceId, 1, customers);
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
   * Open amounts per group and currency from each bucket's start on (`from0` current and not yet
   * due … `from3` up to 90 days overdue; `openAll` every line) and the orders with a line not yet
   * due: every group of the caller's scope, or the customers listed (`keys`, a report's page).
   * Read customers first (summing the lines per customer before they meet `customers` was
   * measured slower for an admin's book per country or owner: docs/performance.md).
   */
  aging(
    db: Executor,
    scope: Scope,
    f: ReceivablesFilter,
    by: GroupBy,
    starts: BucketStarts,
    keys?: string[],
  ) {
    return fromLiveCustomers(db, scope, f, 'receivable_lines')
      .$if(!!keys, (q) => q.where('customers.id', 'in', keys!.length ? keys! : ['']))
      .select([sql.ref<string>(KEY[by]).as('key'), 'l.currency', ...bucketSums(starts)])
      .groupBy([KEY[by], 'l.currency'])
      .execute();
  },

  rankedCustomers,

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
