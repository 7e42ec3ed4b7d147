import type { Executor } from '../../db/dialect.ts';
import type { ExchangeRateTable, Order } from '../../db/schema.ts';

export const ordersRepository = {
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
    for (let i = 0; i < numbers.length; i += 900)
      out.push(
        ...(await db
          .selectFrom('orders')
          .selectAll()
          .where('workspace_id', '=', workspaceId)
          .where('number', 'in', numbers.slice(i, i + 900))
          .execute()),
      );
    return out;
  },

  async insertMany(db: Executor, rows: Order[]): Promise<void> {
    for (let i = 0; i < rows.length; i += 1000)
      await db
        .insertInto('orders')
        .values(rows.slice(i, i + 1000))
        .execute();
  },

  async update(
    db: Executor,
    workspaceId: string,
    id: string,
    patch: Partial<Pick<Order, 'status' | 'paid_date' | 'amount_minor'>>,
  ): Promise<void> {
    await db
      .updateTable('orders')
      .set(patch)
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
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
    return db
      .selectFrom('orders')
      .innerJoin('customers', (j) =>
        j
          .onRef('customers.workspace_id', '=', 'orders.workspace_id')
          .onRef('customers.id', '=', 'orders.customer_id'),
      )
      .select(['orders.customer_id', 'orders.order_date', 'orders.amount_minor', 'orders.currency'])
      .where('orders.workspace_id', '=', workspaceId)
      .where('orders.order_date', '>=', from)
      .where('orders.status', '<>', 'cancelled')
      .where('customers.deleted_at', 'is', null)
      .execute();
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

  async replaceRates(db: Executor, workspaceId: string, rows: ExchangeRateTable[]): Promise<void> {
    await db.deleteFrom('exchange_rates').where('workspace_id', '=', workspaceId).execute();
    for (let i = 0; i < rows.length; i += 1000)
      await db
        .insertInto('exchange_rates')
        .values(rows.slice(i, i + 1000))
        .execute();
  },
};
