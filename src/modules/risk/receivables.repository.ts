import type { Executor } from '../../db/dialect.ts';
import type { Scope } from '../../domain/scope.ts';
import { visibleTo } from '../../db/visibility.ts';

export interface ReceivablesFilter {
  customerId?: string;
  country?: string;
  ownerId?: string;
}

export type GroupBy = 'customer' | 'country' | 'owner';

const KEY = {
  customer: 'customers.id',
  country: 'customers.country',
  owner: 'customers.owner_id',
} as const;

/**
 * Orders of live customers in the caller's scope (the rule in the query, so a rep's report
 * never reads another rep's orders). Reads `orders` and `customers`; writes nothing.
 */
function scoped(db: Executor, scope: Scope, f: ReceivablesFilter) {
  let q = db
    .selectFrom('orders')
    .innerJoin('customers', (j) =>
      j
        .onRef('customers.workspace_id', '=', 'orders.workspace_id')
        .onRef('customers.id', '=', 'orders.customer_id'),
    )
    .where('orders.workspace_id', '=', scope.workspaceId)
    .$call(visibleTo(scope, 'customers.owner_id'))
    .where('customers.deleted_at', 'is', null);
  if (f.customerId) q = q.where('orders.customer_id', '=', f.customerId);
  if (f.country) q = q.where('customers.country', '=', f.country);
  if (f.ownerId) q = q.where('customers.owner_id', '=', f.ownerId);
  return q;
}

export const receivablesRepository = {
  /** A customer's orders still owed, for its exposure (the caller has checked the scope). */
  openOf(db: Executor, workspaceId: string, customerId: string) {
    return db
      .selectFrom('orders')
      .select(['amount_minor', 'paid_minor', 'currency'])
      .where('workspace_id', '=', workspaceId)
      .where('customer_id', '=', customerId)
      .where('status', 'in', ['open', 'shipped'])
      .execute();
  },

  /**
   * Sales (orders not cancelled) dated in a period per group and currency, of the customers
   * listed (a report's shown customers, or the one it is filtered to): customers first, each reaching its orders of the period
   * through the per-customer index. Totals and other groupings read the kept revenue instead.
   */
  salesOf(
    db: Executor,
    scope: Scope,
    f: ReceivablesFilter,
    by: GroupBy,
    customerIds: string[],
    from: string,
    to: string,
  ) {
    if (!customerIds.length) return Promise.resolve([]);
    return db
      .selectFrom('customers')
      .where('customers.workspace_id', '=', scope.workspaceId)
      .where('customers.deleted_at', 'is', null)
      .$call(visibleTo(scope, 'customers.owner_id'))
      .where('customers.id', 'in', customerIds)
      .$if(!!f.country, (q) => q.where('customers.country', '=', f.country!))
      .$if(!!f.ownerId, (q) => q.where('customers.owner_id', '=', f.ownerId!))
      .crossJoin('orders')
      .whereRef('orders.workspace_id', '=', 'customers.workspace_id')
      .whereRef('orders.customer_id', '=', 'customers.id')
      .where('orders.order_date', '>=', from)
      .where('orders.order_date', '<=', to)
      .where('orders.status', '<>', 'cancelled')
      .select((eb) => [
        eb.ref(KEY[by]).as('key'),
        'orders.currency',
        eb.fn.sum<number>('orders.amount_minor').as('amount'),
      ])
      .groupBy([KEY[by], 'orders.currency'])
      .execute();
  },

  /** Revenue of a period per customer, country, currency and date (concentration). */
  revenue(db: Executor, scope: Scope, from: string, to: string) {
    return scoped(db, scope, {})
      .where('orders.order_date', '>=', from)
      .where('orders.order_date', '<=', to)
      .where('orders.status', '<>', 'cancelled')
      .select((eb) => [
        'orders.customer_id',
        'customers.country',
        'orders.currency',
        'orders.order_date',
        eb.fn.sum<number>('orders.amount_minor').as('amount'),
        eb.fn.countAll<number>().as('orders'),
      ])
      .groupBy(['orders.customer_id', 'customers.country', 'orders.currency', 'orders.order_date'])
      .execute();
  },
};
