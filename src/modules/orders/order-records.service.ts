import type { Executor } from '../../db/dialect.ts';
import { childIds, reparent } from '../../db/reparent.ts';
import type { ExchangeRateTable, Order } from '../../db/schema.ts';
import { customerRecords } from '../customers/customer-records.service.ts';
import { ordersRepository } from './orders.repository.ts';

type OrderPatch = Partial<Pick<Order, 'status' | 'paid_date' | 'amount_minor'>>;

/**
 * Every write of orders, from the API, the order import and the seed: the orders and then, once
 * for the lot, their customers' last order date (kept on the customer so segments filter on a
 * column). The orders module is the only writer of `orders` and `exchange_rates`.
 */
export async function saveOrders(
  db: Executor,
  workspaceId: string,
  changes: { inserts?: Order[]; updates?: Map<string, OrderPatch> },
): Promise<void> {
  const inserts = changes.inserts ?? [];
  if (inserts.length) await ordersRepository.insertMany(db, inserts);
  const updated = changes.updates?.size
    ? await ordersRepository.updateMany(db, workspaceId, changes.updates)
    : [];
  await customerRecords.refreshLastOrderDate(db, workspaceId, [
    ...inserts.map((o) => o.customer_id),
    ...updated,
  ]);
}

export const orderRecords = {
  /** Orders by their numbers, for an import deciding insert or update. */
  byNumbers: (db: Executor, workspaceId: string, numbers: string[]) =>
    ordersRepository.byNumbers(db, workspaceId, numbers),

  idsOf: (db: Executor, workspaceId: string, customerId: string) =>
    childIds(db, 'orders', workspaceId, customerId),

  /** A merge moves orders between customers; both customers' last order date follows. */
  async moveTo(db: Executor, workspaceId: string, ids: string[], from: string, to: string) {
    await reparent(db, 'orders', workspaceId, ids, to);
    await customerRecords.refreshLastOrderDate(db, workspaceId, [from, to]);
  },

  replaceRates: (db: Executor, workspaceId: string, rows: ExchangeRateTable[]) =>
    ordersRepository.replaceRates(db, workspaceId, rows),
};
