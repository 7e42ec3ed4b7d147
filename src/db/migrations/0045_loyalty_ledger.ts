import type { Kysely } from 'kysely';

// The loyalty programme (issue #17): the workspace's programme and the append-only points ledger.
// A customer's entries are numbered (seq) so they replay in one order on both databases; the key
// (workspace_id, customer_id, seq) is the per-customer read and makes two simultaneous writers of
// one customer's ledger collide instead of both appending the same number.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('loyalty_programmes')
    .addColumn('workspace_id', 'text', (c) => c.notNull().primaryKey())
    .addColumn('enabled', 'integer', (c) => c.notNull())
    // points per reporting unit × 10,000: exact, at most four decimals
    .addColumn('points_per_unit_e4', 'bigint', (c) => c.notNull())
    .addColumn('expiry_months', 'integer', (c) => c.notNull())
    .addColumn('basis', 'text', (c) => c.notNull())
    .addColumn('tiers', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addForeignKeyConstraint(
      'loyalty_programmes_workspace_fk',
      ['workspace_id'],
      'workspaces',
      ['id'],
      (f) => f.onDelete('cascade'),
    )
    .execute();

  await db.schema
    .createTable('loyalty_ledger')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('points', 'bigint', (c) => c.notNull())
    .addColumn('entry_date', 'text', (c) => c.notNull())
    .addColumn('order_id', 'text')
    .addColumn('lot_seq', 'integer')
    .addColumn('expires_on', 'text')
    .addColumn('shortfall', 'bigint', (c) => c.notNull())
    .addColumn('amount_minor', 'bigint', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('actor_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('loyalty_ledger_pk', ['workspace_id', 'customer_id', 'seq'])
    .addForeignKeyConstraint(
      'loyalty_ledger_customer_fk',
      ['workspace_id', 'customer_id'],
      'customers',
      ['workspace_id', 'id'],
      (f) => f.onDelete('cascade'),
    )
    .execute();
  // An order's entries, for its idempotent delta.
  await db.schema
    .createIndex('loyalty_ledger_order_idx')
    .on('loyalty_ledger')
    .columns(['workspace_id', 'order_id'])
    .execute();
  // The nightly tier evaluation: a range of days, covering what it sums.
  await db.schema
    .createIndex('loyalty_ledger_window_idx')
    .on('loyalty_ledger')
    .columns(['workspace_id', 'entry_date', 'kind', 'customer_id', 'points', 'amount_minor'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('loyalty_ledger').execute();
  await db.schema.dropTable('loyalty_programmes').execute();
}
