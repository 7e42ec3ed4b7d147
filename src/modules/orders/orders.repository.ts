import { replaceRows } from '../../db/replace-rows.ts';
import { chunks, IN_LIST } from '../../db/chunks.ts';
import { insertRows } from '../../db/bulk-insert.ts';
import type { Executor } from '../../db/dialect.ts';
import type { ExchangeRateTable, Order, OrderStatus } from '../../db/schema.ts';
import type { Scope } from '../../domain/scope.ts';
import { visibleTo } from '../../db/visibility.ts';

/** The columns an order's update may change. */
export type OrderColumn =
  | 'status'
  | 'paid_date'
  | 'amount_minor'
  | 'paid_minor'
  | 'payment_terms'
  | 'invoice_date'
  | 'bl_date'
  | 'arrival_date';

export interface OrderFilter {
  customerId?: string;
  status?: OrderStatus;
  currency?: string;
  from?: string;
  to?: string;
  /** `order_date|id` of the last order on the previous page */
  cursor?: string;
  limit: number;
}

/** Orders joined to customers the scope may see: the one place the orders' access rule lives. */
function visible(db: Executor, scope: Scope) {
  return db
    .selectFrom('customers')
    .where('customers.workspace_id', '=', scope.workspaceId)
    .$call(visibleTo(scope, 'customers.owner_id'))
    .innerJoin('orders', (j) =>
      j
        .onRef('orders.workspace_id', '=', 'customers.workspace_id')
        .onRef('orders.customer_id', '=', 'customers.id'),
    )
    .where('customers.deleted_at', 'is', null);
}

export const ordersRepository = {
  findVisible(db: Executor, scope: Scope, id: string): Promise<Order | undefined> {
    return visible(db, scope).selectAll('orders').where('orders.id', '=', id).executeTakeFirst();
  },

  list(db: Executor, scope: Scope, f: OrderFilter) {
    let q = visible(db, scope).selectAll('orders').select('customers.name as customer_name');
    if (f.customerId) q = q.where('orders.customer_id', '=', f.customerId);
    if (f.status) q = q.where('orders.status', '=', f.status);
    if (f.currency) q = q.where('orders.currency', '=', f.currency);
    if (f.from) q = q.where('orders.order_date', '>=', f.from);
    if (f.to) q = q.where('orders.order_date', '<=', f.to);
    if (f.cursor) {
      const [date = '', id = ''] = f.cursor.split('|');
      q = q.where((eb) =>
        eb.or([
          eb('orders.order_date', '<', date),
          eb.and([eb('orders.order_date', '=', date), eb('orders.id', '<', id)]),
        ]),
      );
    }
    return q
      .orderBy('orders.order_date', 'desc')
      .orderBy('orders.id', 'desc')
      .limit(f.limit + 1)
      .execute();
  },

  /** Live customers in scope per tier: how many, their revenue and how many are locked. */
  tierSummary(db: Executor, scope: Scope) {
    return db
      .selectFrom('customers')
      .where('customers.workspace_id', '=', scope.workspaceId)
      .$call(visibleTo(scope, 'customers.owner_id'))
      .where('customers.deleted_at', 'is', null)
      .select((eb) => [
        'customers.tier',
        eb.fn.countAll<number>().as('customers'),
        eb.fn.coalesce(eb.fn.sum<number>('customers.revenue_minor'), eb.lit(0)).as('revenue'),
        eb.fn.sum<number>('customers.tier_locked').as('locked'),
      ])
      .groupBy('customers.tier')
      .execute();
  },

  async insert(db: Executor, row: Order): Promise<void> {
    await db.insertInto('orders').values(row).execute();
  },

  byNumber(db: Executor, workspaceId: string, number: string): Promise<Order | undefined> {
    return db
      .selectFrom('orders')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('number', '=', number)
      .executeTakeFirst();
  },

  async byNumbers(db: Executor, workspaceId: string, numbers: string[]): Promise<Order[]> {
    const out: Order[] = [];
    for (const part of chunks(numbers, 900))
      out.push(
        ...(await db
          .selectFrom('orders')
          .selectAll()
          .where('workspace_id', '=', workspaceId)
          .where('number', 'in', part)
          .execute()),
      );
    return out;
  },

  /** Every order id of the workspace, for a follower catching up (loyalty switched on). */
  async idsIn(db: Executor, workspaceId: string): Promise<string[]> {
    const rows = await db
      .selectFrom('orders')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .orderBy('id')
      .execute();
    return rows.map((r) => r.id);
  },

  async byIds(db: Executor, workspaceId: string, ids: string[]): Promise<Order[]> {
    const out: Order[] = [];
    for (const part of chunks(ids, 900))
      out.push(
        ...(await db
          .selectFrom('orders')
          .selectAll()
          .where('workspace_id', '=', workspaceId)
          .where('id', 'in', part)
          .execute()),
      );
    return out;
  },

  /** Each order's number by id (a reader that shows a few orders found elsewhere). */
  async numbers(db: Executor, workspaceId: string, ids: string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const part of chunks(ids, 900))
      for (const r of await db
        .selectFrom('orders')
        .select(['id', 'number'])
        .where('workspace_id', '=', workspaceId)
        .where('id', 'in', part)
        .execute())
        out.set(r.id, r.number);
    return out;
  },

  async insertMany(db: Executor, rows: Order[]): Promise<void> {
    await insertRows(db, 'orders', rows);
  },

  async update(
    db: Executor,
    workspaceId: string,
    id: string,
    patch: Partial<Pick<Order, OrderColumn>>,
  ): Promise<string[]> {
    return this.updateMany(db, workspaceId, new Map([[id, patch]]));
  },

  /** Updates orders; answers the customers whose orders changed status. */
  async updateMany(
    db: Executor,
    workspaceId: string,
    patches: Map<string, Partial<Pick<Order, OrderColumn>>>,
  ): Promise<string[]> {
    const touched: string[] = [];
    for (const [id, patch] of patches) {
      const row = await db
        .updateTable('orders')
        .set(patch)
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .returning('customer_id')
        .executeTakeFirst();
      if (row && patch.status) touched.push(row.customer_id);
    }
    return touched;
  },

  ofCustomer(db: Executor, workspaceId: string, customerId: string): Promise<Order[]> {
    return db
      .selectFrom('orders')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('customer_id', '=', customerId)
      .orderBy('order_date', 'desc')
      .execute();
  },

  /** Non-cancelled orders of live customers since `from`, oldest first, for classification. */
  since(db: Executor, workspaceId: string, from: string) {
    // No join to customers: the caller knows which are live, and a range scan is 10× faster.
    return db
      .selectFrom('orders')
      .select(['customer_id', 'order_date', 'amount_minor', 'currency'])
      .where('workspace_id', '=', workspaceId)
      .where('order_date', '>=', from)
      .where('status', '<>', 'cancelled')
      .execute();
  },

  /** Non-cancelled orders of these customers since `from`, oldest first (churn risk). */
  async historyOf(db: Executor, workspaceId: string, customerIds: string[], from: string) {
    const out: {
      customer_id: string;
      order_date: string;
      amount_minor: number;
      currency: string;
    }[] = [];
    for (const ids of chunks(customerIds, IN_LIST)) {
      out.push(
        ...(await db
          .selectFrom('orders')
          .select(['customer_id', 'order_date', 'amount_minor', 'currency'])
          .where('workspace_id', '=', workspaceId)
          .where('customer_id', 'in', ids)
          .where('order_date', '>=', from)
          .where('status', '<>', 'cancelled')
          // In the customer index's order: ordered by date alone, SQLite walks the date index
          // over the whole workspace's orders once per chunk of customers (the churn list took
          // minutes at 20,000 customers). Each customer's orders still come by date.
          .orderBy('customer_id')
          .orderBy('order_date')
          .execute()),
      );
    }
    return out;
  },

  rates(db: Executor, workspaceId: string): Promise<ExchangeRateTable[]> {
    return db
      .selectFrom('exchange_rates')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .orderBy('currency')
      .orderBy('valid_from')
      .execute();
  },

  async upsertRates(db: Executor, rows: ExchangeRateTable[]): Promise<void> {
    for (const row of rows)
      await db
        .insertInto('exchange_rates')
        .values(row)
        .onConflict((oc) =>
          oc.columns(['workspace_id', 'currency', 'valid_from']).doUpdateSet({ rate: row.rate }),
        )
        .execute();
  },

  async replaceRates(db: Executor, workspaceId: string, rows: ExchangeRateTable[]): Promise<void> {
    await replaceRows(db, 'exchange_rates', { workspace_id: workspaceId }, rows);
  },
};
