import type { Kysely } from 'kysely';
import { chunks } from '../../db/chunks.ts';
import type { Executor } from '../../db/dialect.ts';
import type { DB } from '../../db/schema.ts';
import { orderDelta, shouldGive, type OrderFacts } from '../../domain/loyalty/earning.ts';
import { replay, type Entry } from '../../domain/loyalty/ledger.ts';
import { minorDigits } from '../../domain/value/money.ts';
import { rateTableOf } from '../orders/exchange-rates.service.ts';
import { orderRecords } from '../orders/order-records.service.ts';
import { changeLedger } from './loyalty-ledger.ts';
import { programmeOf } from './loyalty-programme.ts';

/**
 * Brings the points of these orders to what each should have given (paid: floor(amount converted
 * at the order date's rate × points per unit); otherwise 0), in the caller's transaction: the
 * orders module calls it for every write of orders (form, status change, import, accepted quote).
 * An order without a rate on its date gives nothing until it is written again with one.
 */
export async function earnForOrders(
  db: Executor,
  ws: string,
  orderIds: string[],
  now: Date,
): Promise<void> {
  const programme = await programmeOf(db, ws);
  if (!programme.enabled || !orderIds.length) return;
  const orders = await orderRecords.byIds(db, ws, orderIds);
  const rates = await rateTableOf(db, ws);
  const digits = minorDigits(rates.reporting);
  const ctx = {
    programme,
    reportingDigits: digits,
    today: now.toISOString().slice(0, 10),
    at: now.toISOString(),
  };
  const byCustomer = new Map<string, typeof orders>();
  for (const o of orders)
    byCustomer.set(o.customer_id, [...(byCustomer.get(o.customer_id) ?? []), o]);
  for (const [customerId, list] of byCustomer)
    await changeLedger(db, ws, customerId, ctx, (state, entries) => {
      const out: Entry[] = [];
      let s = state;
      for (const o of list) {
        const facts: OrderFacts = {
          orderId: o.id,
          paid: o.status === 'paid',
          paidDate: o.paid_date ?? o.order_date,
          convertedMinor: rates.convert(Number(o.amount_minor), o.currency, o.order_date),
        };
        const want = shouldGive(facts, digits, programme.pointsPerUnit);
        const all = [...entries, ...out];
        const e = orderDelta(s, all, facts, want, ctx.today, programme.expiryMonths);
        if (!e) continue;
        out.push(e);
        s = replay([...all, e]);
      }
      return out;
    });
}

/**
 * Earns for every order of the workspace, 500 orders per transaction: when the programme is
 * switched on (the `loyalty.backfill` job) and for the demo. Idempotent like every earning.
 */
export async function earnForAllOrders(db: Kysely<DB>, ws: string, now: Date): Promise<number> {
  const ids = await orderRecords.idsIn(db, ws);
  for (const part of chunks(ids, 500))
    await db.transaction().execute((tx) => earnForOrders(tx, ws, part, now));
  return ids.length;
}
