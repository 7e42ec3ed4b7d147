import type { Executor } from '../../db/dialect.ts';
import { sql, type SelectQueryBuilder } from 'kysely';
import type { DB, NextActionState } from '../../db/schema.ts';
import { visibleTo } from '../../db/visibility.ts';
import type { Scope } from '../../domain/scope.ts';

/**
 * Owns `next_action_states`; also reads what next actions are worked out from (customers,
 * orders, quotes) in the caller's scope, in a few set reads for a rep's whole book.
 */
export const nextActionsRepository = {
  customers(db: Executor, scope: Scope, customerId?: string) {
    let q = db
      .selectFrom('customers')
      .where('customers.workspace_id', '=', scope.workspaceId)
      .where('customers.deleted_at', 'is', null)
      .where('customers.stage', '<>', 'churned')
      .$call(visibleTo(scope, 'customers.owner_id'));
    if (customerId) q = q.where('customers.id', '=', customerId);
    return q
      .select([
        'id',
        'name',
        'country',
        'region',
        'tier',
        'last_touch_at',
        'created_at',
        'last_order_date',
        'recent_orders',
        'order_interval_days',
        // kept on the customer (0087): the churn rule reads no other table
        'churn_score',
        'churn_reasons',
      ])
      .execute();
  },

  /** Sent quotes still valid on `today` of the customers the caller sees (or of one). */
  openQuotes(db: Executor, scope: Scope, customerId: string | undefined, today: string) {
    let q = inBook(db.selectFrom('quotes'), scope, 'quotes')
      .select(['quotes.id', 'quotes.number', 'quotes.customer_id', 'quotes.valid_until'])
      .where('quotes.status', '=', 'sent')
      .where('quotes.valid_until', '>=', today);
    if (customerId) q = q.where('quotes.customer_id', '=', customerId);
    return q.execute();
  },

  /** Done, dismissed and snoozed actions of the customers the caller sees (or of one). */
  states(db: Executor, scope: Scope, customerId: string | undefined) {
    let q = inBook(db.selectFrom('next_action_states'), scope, 'next_action_states').select([
      'next_action_states.customer_id',
      'next_action_states.action_key',
      'next_action_states.state',
      'next_action_states.snoozed_until',
    ]);
    if (customerId) q = q.where('next_action_states.customer_id', '=', customerId);
    return q.execute();
  },

  setState(
    db: Executor,
    row: {
      workspace_id: string;
      customer_id: string;
      action_key: string;
      rule_id: string;
      state: NextActionState;
      snoozed_until: string | null;
      user_id: string;
      updated_at: string;
    },
  ) {
    const { workspace_id: _w, customer_id: _c, action_key: _k, ...rest } = row;
    return db
      .insertInto('next_action_states')
      .values(row)
      .onConflict((oc) =>
        oc.columns(['workspace_id', 'customer_id', 'action_key']).doUpdateSet(rest),
      )
      .execute();
  },

  /** How often each rule's actions were done, dismissed or snoozed in the workspace. */
  countsByRule(db: Executor, workspaceId: string) {
    return db
      .selectFrom('next_action_states')
      .select((eb) => ['rule_id', 'state', eb.fn.countAll<number>().as('n')])
      .where('workspace_id', '=', workspaceId)
      .groupBy(['rule_id', 'state'])
      .execute();
  },

  /** Activities of the last days per customer, all and inbound (lead score's engagement). */
  engagement(db: Executor, workspaceId: string, customerId: string, since: string) {
    return db
      .selectFrom('activities')
      .select((eb) => ['direction', eb.fn.countAll<number>().as('n')])
      .where('workspace_id', '=', workspaceId)
      .where('customer_id', '=', customerId)
      .where('occurred_at', '>=', since)
      .groupBy('direction')
      .execute();
  },

  /** The same for many customers at once, per customer (a refresh of stored lead scores). */
  engagementOfMany(db: Executor, workspaceId: string, customerIds: string[], since: string) {
    return db
      .selectFrom('activities')
      .select((eb) => ['customer_id', 'direction', eb.fn.countAll<number>().as('n')])
      .where('workspace_id', '=', workspaceId)
      .where('customer_id', 'in', customerIds)
      .where('occurred_at', '>=', since)
      .groupBy(['customer_id', 'direction'])
      .execute();
  },
};

/**
 * Rows of `table` whose customer the caller sees and is live: one scoped join (a rep's book, or
 * the workspace) instead of lists of customer ids sent in chunks (ten round trips for 5,000).
 */
function inBook<T extends 'quotes' | 'next_action_states'>(
  q: SelectQueryBuilder<DB, T, object>,
  scope: Scope,
  table: T,
) {
  return q
    .innerJoin('customers', (j) =>
      j.on(
        sql<boolean>`customers.workspace_id = ${sql.ref(`${table}.workspace_id`)} and customers.id = ${sql.ref(`${table}.customer_id`)}`,
      ),
    )
    .where(sql.ref(`${table}.workspace_id`), '=', scope.workspaceId)
    .where(sql<boolean>`customers.deleted_at is null`)
    .$call(visibleTo(scope, 'customers.owner_id'));
}
