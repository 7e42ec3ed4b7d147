import type { Executor } from '../../db/dialect.ts';
import type { Payment } from '../../db/schema.ts';
import type { Scope } from '../../domain/scope.ts';
import { visibleTo } from '../../db/visibility.ts';

/** Payments joined to customers the scope may see: the payments' access rule. */
function visible(db: Executor, scope: Scope) {
  return db
    .selectFrom('customers')
    .where('customers.workspace_id', '=', scope.workspaceId)
    .$call(visibleTo(scope, 'customers.owner_id'))
    .where('customers.deleted_at', 'is', null)
    .innerJoin('payments', (j) =>
      j
        .onRef('payments.workspace_id', '=', 'customers.workspace_id')
        .onRef('payments.customer_id', '=', 'customers.id'),
    );
}

/** The only writer of `payments`. */
export const paymentsRepository = {
  async insert(db: Executor, row: Payment): Promise<void> {
    await db.insertInto('payments').values(row).execute();
  },

  async delete(db: Executor, workspaceId: string, id: string): Promise<void> {
    await db
      .deleteFrom('payments')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  },

  findVisible(db: Executor, scope: Scope, id: string): Promise<Payment | undefined> {
    return visible(db, scope)
      .selectAll('payments')
      .where('payments.id', '=', id)
      .executeTakeFirst();
  },

  list(
    db: Executor,
    scope: Scope,
    f: { orderId?: string; customerId?: string; cursor?: string; limit: number },
  ) {
    let q = visible(db, scope).selectAll('payments').select('customers.name as customer_name');
    if (f.orderId) q = q.where('payments.order_id', '=', f.orderId);
    if (f.customerId) q = q.where('payments.customer_id', '=', f.customerId);
    if (f.cursor) {
      const [date = '', id = ''] = f.cursor.split('|');
      q = q.where((eb) =>
        eb.or([
          eb('payments.paid_on', '<', date),
          eb.and([eb('payments.paid_on', '=', date), eb('payments.id', '<', id)]),
        ]),
      );
    }
    return q
      .orderBy('payments.paid_on', 'desc')
      .orderBy('payments.id', 'desc')
      .limit(f.limit + 1)
      .execute();
  },

  ofOrder(db: Executor, workspaceId: string, orderId: string): Promise<Payment[]> {
    return db
      .selectFrom('payments')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('order_id', '=', orderId)
      .orderBy('paid_on')
      .orderBy('id')
      .execute();
  },
};
