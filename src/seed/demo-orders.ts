import type { Container } from '../app/container.ts';
import type { Order, OrderStatus } from '../db/schema.ts';
import { newId, nowIso } from '../domain/ids.ts';
import { demoScope } from '../domain/scope.ts';
import { customerRecords } from '../modules/customers/customer-records.service.ts';
import { orderRecords, saveOrders, termColumns } from '../modules/orders/order-records.service.ts';
import type { Random } from './random.ts';
import { shiftInstant } from '../domain/calendar/dates.ts';

// US dollars per unit in January and July 2025 and January 2026 (rounded market rates), so the
// demo's totals convert each order at the rate of its own date.
const RATES: Record<string, [string, string, string]> = {
  EUR: ['1.03', '1.17', '1.17'],
  GBP: ['1.24', '1.36', '1.34'],
  CNY: ['0.137', '0.139', '0.143'],
  JPY: ['0.0064', '0.0068', '0.0064'],
  BRL: ['0.165', '0.180', '0.186'],
  MXN: ['0.049', '0.053', '0.055'],
  SAR: ['0.2666', '0.2666', '0.2666'],
  AED: ['0.2723', '0.2723', '0.2723'],
  KZT: ['0.00190', '0.00192', '0.00198'],
  MZN: ['0.0156', '0.0157', '0.0156'],
  VND: ['0.0000394', '0.0000383', '0.0000380'],
  IDR: ['0.0000614', '0.0000614', '0.0000600'],
};
const FROM = ['2025-01-01', '2025-07-01', '2026-01-01'];
const DIGITS: Record<string, number> = { JPY: 0, VND: 0, IDR: 0, KZT: 2 };

/**
 * Eighteen months of orders for the demo's customers and partners, in their own currencies
 * (USD where the demo has no rate), the workspace's rates, and a first value classification, so
 * the order book, tiers and revenue segments show something real on first start.
 */
export async function seedDemoOrders(
  services: Container,
  workspaceId: string,
  rnd: Random,
  now = new Date(),
): Promise<number> {
  const { db } = services;
  const customers = (await customerRecords.inWorkspace(db, workspaceId)).filter(
    (c) => c.stage === 'customer' || c.stage === 'partner',
  );
  const orders: Order[] = [];
  let seq = 1000;
  for (const c of customers) {
    const currency = c.currency && RATES[c.currency] ? c.currency : 'USD';
    // A few big buyers and a long tail, as export books are.
    const scale = rnd.chance(0.15) ? 200_000 : rnd.chance(0.4) ? 40_000 : 6_000;
    for (let i = rnd.int(1, 8); i > 0; i--) {
      const date = shiftInstant(now, -rnd.int(5, 540)).toISOString().slice(0, 10);
      const usd = scale * (0.4 + rnd.next());
      const rate = Number(RATES[currency]?.[date < FROM[1]! ? 0 : date < FROM[2]! ? 1 : 2] ?? 1);
      const major = usd / rate;
      const status: OrderStatus =
        date < shiftInstant(now, -60).toISOString().slice(0, 10)
          ? rnd.chance(0.05)
            ? 'cancelled'
            : 'paid'
          : rnd.pick(['open', 'shipped', 'paid'] as const);
      orders.push({
        workspace_id: workspaceId,
        id: newId(),
        customer_id: c.id,
        number: `SO-${date.slice(0, 4)}-${seq++}`,
        order_date: date,
        amount_minor: Math.round(major * 10 ** (DIGITS[currency] ?? 2)),
        currency,
        status,
        paid_date: status === 'paid' ? date : null,
        created_at: nowIso(),
        ...termColumns({ status, amountMinor: Math.round(major * 10 ** (DIGITS[currency] ?? 2)) }),
      });
    }
  }
  await db.transaction().execute(async (tx) => {
    await saveOrders(tx, workspaceId, { inserts: orders });
    await orderRecords.replaceRates(
      tx,
      workspaceId,
      Object.entries(RATES).flatMap(([currency, rates]) =>
        rates.map((rate, i) => ({
          workspace_id: workspaceId,
          currency,
          valid_from: FROM[i]!,
          rate,
        })),
      ),
    );
  });
  await services.value.classify(demoScope(workspaceId), {}, now);
  return orders.length;
}
