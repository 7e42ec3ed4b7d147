import type { Insertable } from 'kysely';
import { chunks } from '../../db/chunks.ts';
import type { Executor } from '../../db/dialect.ts';
import type { Order, ReceivableLineTable, ReceivableSettlementTable } from '../../db/schema.ts';
import type { NextBusinessDay } from '../../domain/risk/due-dates.ts';
import { daysLate } from '../../domain/risk/aging.ts';
import { CalendarProvider } from '../countries/calendar.provider.ts';
import { orderRecords } from '../orders/order-records.service.ts';
import { openLineTotalsRepository } from './open-line-totals.repository.ts';
import { receivableLinesRepository } from './receivable-lines.repository.ts';
import { PaymentSchedules } from './schedules.ts';

/**
 * Brings the receivables kept for these orders (0074) to what the orders say, in the caller's
 * transaction: the open part of each instalment of an open or shipped order with its due date's
 * anchor, and for an order settled on payment terms its final due date and days late. Called for
 * every order write (the orders follower the container sets), so payments, status changes,
 * imports and accepted quotes keep them in step. Due dates of open lines stay calendar-free
 * (anchors) so a holiday added later still moves them; days late are fixed when the order is
 * paid, with the calendar of that day.
 */
export async function refreshReceivables(
  db: Executor,
  workspaceId: string,
  orderIds: string[],
  schedules: PaymentSchedules,
  keepTotals = true,
): Promise<void> {
  if (!orderIds.length) return;
  const orders = await orderRecords.byIds(db, workspaceId, orderIds);
  const next = await schedules.calendar(db, workspaceId);
  const { lines, settlements } = receivablesOf(workspaceId, orders, schedules, next);
  await receivableLinesRepository.replace(
    db,
    workspaceId,
    orderIds,
    lines,
    settlements,
    keepTotals,
  );
}

/**
 * The lines and settlements these orders make (what `refreshReceivables` writes for them), worked
 * out without the database: a bench that writes orders by the million fills the lines with the
 * app's own computation in big batches instead of an order write's path.
 */
export function receivablesOf(
  workspaceId: string,
  orders: Order[],
  schedules: PaymentSchedules,
  next: NextBusinessDay,
) {
  const lines: Insertable<ReceivableLineTable>[] = [];
  const settlements: Insertable<ReceivableSettlementTable>[] = [];
  for (const o of orders) {
    if (o.status === 'open' || o.status === 'shipped') {
      const open = schedules.of(o, next).open;
      // The order's first line not yet due counts the order once in the report's sums (0100).
      const firstUndated = open.findIndex((l) => l.anchor === null);
      open.forEach((l, seq) =>
        lines.push({
          workspace_id: workspaceId,
          order_id: o.id,
          seq,
          customer_id: o.customer_id,
          currency: o.currency,
          open_minor: l.amountMinor,
          anchor: l.anchor,
          business_days: l.businessDays,
          undated_order: seq === firstUndated ? 1 : 0,
        }),
      );
    } else if (o.status === 'paid' && o.paid_date && o.payment_terms !== '[]') {
      const due = schedules.of({ ...o, paid_minor: 0 }, next).finalDueDate;
      if (due)
        settlements.push({
          workspace_id: workspaceId,
          order_id: o.id,
          customer_id: o.customer_id,
          paid_date: o.paid_date,
          due_date: due,
          days_late: daysLate(due, o.paid_date),
        });
    }
  }
  return { lines, settlements };
}

/**
 * The overdue kept per anchor (0098) and the settled days (0102) afresh from a workspace's lines
 * and settlements, after a rebuild; the per-customer sums (0102) are left for the next report.
 */
export const rebuildOpenLineTotals = (db: Executor, workspaceId: string) =>
  openLineTotalsRepository.rebuild(db, workspaceId);

/** A customer's placement changes: its open lines leave (−1) or join (+1) the kept overdue. */
export const followPlacement = (db: Executor, ws: string, customerIds: string[], sign: 1 | -1) =>
  openLineTotalsRepository.apply(db, ws, sign, customerIds);

/** A merge moved orders to another customer: their receivables follow. */
export const moveReceivables = (db: Executor, ws: string, orderIds: string[], customerId: string) =>
  receivableLinesRepository.move(db, ws, orderIds, customerId);

/**
 * Every order of a workspace again (the migration that added the tables; a bench that wrote
 * orders straight into the table), with the workspace's calendar read afresh. The overdue kept
 * per anchor (0098) is not kept line by line here: a bench then calls `rebuildOpenLineTotals`
 * once for the lot (migration 0074 ran before those tables existed; 0098 fills them).
 */
export async function rebuildReceivables(db: Executor, workspaceId: string): Promise<number> {
  const schedules = new PaymentSchedules(new CalendarProvider());
  const ids = await orderRecords.idsIn(db, workspaceId);
  for (const part of chunks(ids, 5000))
    await refreshReceivables(db, workspaceId, part, schedules, false);
  return ids.length;
}
