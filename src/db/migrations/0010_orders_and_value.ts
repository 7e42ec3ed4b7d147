import type { Kysely } from 'kysely';

// Orders in their own currency, the workspace's exchange rates by date, and value classification.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('workspaces')
    .addColumn('reporting_currency', 'text', (c) => c.notNull().defaultTo('USD'))
    .execute();
  await db.schema
    .createTable('orders')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('order_date', 'text', (c) => c.notNull())
    .addColumn('amount_minor', 'bigint', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('paid_date', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('orders_pk', ['workspace_id', 'id'])
    .addUniqueConstraint('orders_number_uq', ['workspace_id', 'number'])
    .addForeignKeyConstraint(
      'orders_customer_fk',
      ['workspace_id', 'customer_id'],
      'customers',
      ['workspace_id', 'id'],
      (f) => f.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('orders_customer_idx')
    .on('orders')
    .columns(['workspace_id', 'customer_id', 'order_date'])
    .execute();
  await db.schema
    .createTable('exchange_rates')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('valid_from', 'text', (c) => c.notNull())
    .addColumn('rate', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('exchange_rates_pk', ['workspace_id', 'currency', 'valid_from'])
    .execute();
  await db.schema
    .alterTable('customers')
    .addColumn('tier_locked', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('customers').addColumn('rfm', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('customers').dropColumn('rfm').execute();
  await db.schema.alterTable('customers').dropColumn('tier_locked').execute();
  await db.schema.dropTable('exchange_rates').execute();
  await db.schema.dropTable('orders').execute();
  await db.schema.alterTable('workspaces').dropColumn('reporting_currency').execute();
}
