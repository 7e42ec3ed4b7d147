import type { Container } from '../app/container.ts';
import type { Order } from '../db/schema.ts';
import { addDays } from '../domain/calendar/dates.ts';
import { newId, nowIso } from '../domain/ids.ts';
import { demoScope } from '../domain/scope.ts';
import { contactRecords, customerRecords } from '../modules/customers/customer-records.service.ts';
import { saveOrders, termColumns } from '../modules/orders/order-records.service.ts';

const TERMS = [{ event: 'open_account' as const, percent: 100, days: 30 }];

/**
 * What the risk page shows on first start (docs/risk.md): two customers who used to order every
 * 45 days and stopped 150 days ago (one with shrinking orders), invoices 30 days net now overdue
 * with a part paid, credit limits, one of them exceeded, and a lapsed buyer's primary contact who
 * left the company (“key contact gone”). A few dozen rows: seeding stays fast.
 */
export async function seedDemoRisk(services: Container, workspaceId: string, today: string) {
  const { db } = services;
  const scope = demoScope(workspaceId);
  // Quiet buyers first (their own random orders stopped longest ago), so the stopped rhythm
  // below is not hidden by a recent order.
  const buyers = (await customerRecords.inWorkspace(db, workspaceId))
    .filter((c) => c.stage === 'customer')
    .sort(
      (a, b) =>
        (a.last_order_date ?? '').localeCompare(b.last_order_date ?? '') ||
        a.id.localeCompare(b.id),
    );
  if (buyers.length < 6) return;
  const orders: Order[] = [];
  let seq = 0;
  const order = (customerId: string, date: string, usd: number, open: boolean): Order => {
    const status = open ? ('shipped' as const) : ('paid' as const);
    const amountMinor = Math.round(usd * 100);
    return {
      workspace_id: workspaceId,
      id: newId(),
      customer_id: customerId,
      number: `SO-R-${++seq}`,
      order_date: date,
      amount_minor: amountMinor,
      currency: 'USD',
      status,
      paid_date: open ? null : addDays(date, 30),
      created_at: nowIso(),
      ...termColumns({
        status,
        amountMinor,
        paymentTerms: TERMS,
        invoiceDate: date,
        blDate: open ? addDays(date, 5) : null,
      }),
    };
  };
  // A steady rhythm that stopped: eight orders 45 days apart, the last 150 days ago.
  for (const [n, c] of buyers.slice(0, 2).entries())
    for (let i = 7; i >= 0; i--)
      orders.push(
        order(c.id, addDays(today, -150 - i * 45), n === 0 && i < 3 ? 9_000 : 24_000, false),
      );
  // Invoices 30 days net, shipped 70–130 days ago and not (fully) paid: overdue receivables.
  const late = buyers
    .slice(2, 6)
    .map((c, i) => order(c.id, addDays(today, -70 - i * 20), 18_000 + i * 7_000, true));
  orders.push(...late);
  await db.transaction().execute((tx) => saveOrders(tx, workspaceId, { inserts: orders }));
  for (const o of late.slice(0, 2))
    await services.payments.create(scope, {
      orderId: o.id,
      amountMinor: Math.round(o.amount_minor * 0.4),
      currency: 'USD',
      paidOn: addDays(o.order_date, 35),
      method: 'tt',
    });
  // The second lapsed buyer's primary contact left the company three weeks ago.
  const primary = (await contactRecords.ofCustomer(db, workspaceId, buyers[1]!.id)).find(
    (c) => c.is_primary === 1,
  );
  if (primary) await services.contacts.update(scope, primary.id, { leftAt: addDays(today, -21) });
  // Credit limits; the third is below what the customer already owes.
  for (const [i, c] of buyers.slice(2, 5).entries())
    await services.risk.credit.setLimit(scope, c.id, {
      limitMinor: [80_000_00, 50_000_00, 15_000_00][i]!,
      insurer: i === 0 ? 'Sinosure' : null,
    });
}
