import { sql, type Kysely } from 'kysely';

// A deal carries its customer's country so an admin's forecast by country reads one covering
// index in group order, like the forecasts by stage and owner, instead of visiting 200,000 deals'
// customers (184 ms against 46 ms, docs/performance.md). The customers module tells the deals
// module whenever a customer's country changes (`followCustomerCountry`), in the same transaction.
const SUMS = [
  'currency',
  'expected_close_month',
  'expected_close_date',
  'amount_minor',
  'probability',
];
// Through the customers a rep or a manager sees (0029), now with the country too: without it
// SQLite (which plans from the indexes alone, no statistics) prefers the covering country index
// below for a rep's forecast by country and reads all of the workspace's open deals per customer.
const CUSTOMER_IDX = [
  'workspace_id',
  'customer_id',
  'status',
  'pipeline_id',
  'stage_id',
  'owner_id',
  ...SUMS,
  'closed_at',
];

async function customerIndex(db: Kysely<unknown>, columns: string[]): Promise<void> {
  await db.schema.dropIndex('deals_customer_idx').execute();
  await db.schema.createIndex('deals_customer_idx').on('deals').columns(columns).execute();
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('deals')
    .addColumn('customer_country', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await sql`
    update deals set customer_country = (
      select customers.country from customers
      where customers.workspace_id = deals.workspace_id and customers.id = deals.customer_id
    )`.execute(db);
  await db.schema
    .createIndex('deals_country_forecast_idx')
    .on('deals')
    .columns([
      'workspace_id',
      'status',
      'customer_country',
      ...SUMS,
      'customer_id',
      'pipeline_id',
      'owner_id',
      'closed_at',
    ])
    .execute();
  await customerIndex(db, [...CUSTOMER_IDX, 'customer_country']);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('deals_country_forecast_idx').execute();
  await customerIndex(db, CUSTOMER_IDX);
  await db.schema.alterTable('deals').dropColumn('customer_country').execute();
}
