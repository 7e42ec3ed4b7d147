import { sql, type Kysely } from 'kysely';

const FACTS = ['workspace_id', 'owner_id', 'country', 'stage', 'tier', 'industry', 'source'];

// What segments filter on about a customer's value, kept on the customer: revenue over the
// classification period in the reporting currency (written by classification) and the date of
// the last order that was not cancelled (written with every order). The workspace remembers its
// classification settings; orders are listed by date.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('customers').addColumn('revenue_minor', 'bigint').execute();
  await db.schema.alterTable('customers').addColumn('last_order_date', 'text').execute();
  await sql`
    update customers set last_order_date = (
      select max(o.order_date) from orders o
      where o.workspace_id = customers.workspace_id and o.customer_id = customers.id
        and o.status <> 'cancelled')
    where exists (
      select 1 from orders o
      where o.workspace_id = customers.workspace_id and o.customer_id = customers.id)`.execute(db);
  await db.schema
    .alterTable('workspaces')
    .addColumn('value_settings', 'text', (c) => c.notNull().defaultTo('{}'))
    .execute();
  await db.schema
    .createIndex('orders_date_idx')
    .on('orders')
    .columns(['workspace_id', 'order_date', 'id'])
    .execute();
  // Segment counts read only indexed columns: the covering index takes the value facts too (a
  // count on revenue over a million customers otherwise reads the table: 0.5 s instead of 0.2 s).
  await db.schema.dropIndex('customers_facts_idx').execute();
  await db.schema
    .createIndex('customers_facts_idx')
    .on('customers')
    .columns([...FACTS, 'health_score', 'revenue_minor', 'rfm', 'last_order_date', 'deleted_at'])
    .where(sql.ref('deleted_at'), 'is', null)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('customers_facts_idx').execute();
  await db.schema
    .createIndex('customers_facts_idx')
    .on('customers')
    .columns([...FACTS, 'health_score', 'deleted_at'])
    .where(sql.ref('deleted_at'), 'is', null)
    .execute();
  await db.schema.dropIndex('orders_date_idx').execute();
  await db.schema.alterTable('workspaces').dropColumn('value_settings').execute();
  await db.schema.alterTable('customers').dropColumn('last_order_date').execute();
  await db.schema.alterTable('customers').dropColumn('revenue_minor').execute();
}
