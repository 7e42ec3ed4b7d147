import type { Kysely } from 'kysely';

// Each customer's loyalty status, derived from the ledger (0045) and kept in step with it: the
// balance and tier a customer page, a quote or a ticket reads in one row, the 12-month sums the
// tier was told from, and the next day a lot expires (the nightly job visits only those due).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('loyalty_status')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .addColumn('balance', 'bigint', (c) => c.notNull())
    .addColumn('tier', 'text')
    .addColumn('points_12m', 'bigint', (c) => c.notNull())
    .addColumn('revenue_12m_minor', 'bigint', (c) => c.notNull())
    .addColumn('next_expiry', 'text')
    .addColumn('evaluated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('loyalty_status_pk', ['workspace_id', 'customer_id'])
    .addForeignKeyConstraint(
      'loyalty_status_customer_fk',
      ['workspace_id', 'customer_id'],
      'customers',
      ['workspace_id', 'id'],
      (f) => f.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('loyalty_status_expiry_idx')
    .on('loyalty_status')
    .columns(['workspace_id', 'next_expiry'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('loyalty_status').execute();
}
