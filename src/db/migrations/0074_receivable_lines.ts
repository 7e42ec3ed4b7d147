import type { Kysely } from 'kysely';
import type { Executor } from '../dialect.ts';
import { rebuildReceivables } from '../../modules/risk/receivable-lines.ts';

// Receivables kept on write (issue 18): the open part of each instalment of open and shipped
// orders with its due date's calendar-free anchor, and each settled order's days late, written
// by the risk module's orders follower in the transaction of every order write (payments reach
// orders through `orderRecords.setPaid`). The aging report sums these in SQL instead of reading
// every open and recently settled order and working out its schedule per request (3.4–4.6 s
// over 1,000,000 orders, docs/performance.md). Existing orders are filled in here, with each
// workspace's calendar as it stands.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('receivable_lines')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('order_id', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('open_minor', 'bigint', (c) => c.notNull())
    // null: not yet due (an event still to come, or no terms)
    .addColumn('anchor', 'text')
    .addColumn('business_days', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('receivable_lines_pk', ['workspace_id', 'order_id', 'seq'])
    .addForeignKeyConstraint(
      'receivable_lines_order_fk',
      ['workspace_id', 'order_id'],
      'orders',
      ['workspace_id', 'id'],
      (f) => f.onDelete('cascade'),
    )
    .execute();
  // Covering: a scope's customers (or all) and their lines' sums, read off the index alone.
  await db.schema
    .createIndex('receivable_lines_customer_idx')
    .on('receivable_lines')
    .columns([
      'workspace_id',
      'customer_id',
      'currency',
      'anchor',
      'business_days',
      'open_minor',
      'order_id',
    ])
    .execute();
  await db.schema
    .createTable('receivable_settlements')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('order_id', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .addColumn('paid_date', 'text', (c) => c.notNull())
    .addColumn('due_date', 'text', (c) => c.notNull())
    .addColumn('days_late', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('receivable_settlements_pk', ['workspace_id', 'order_id'])
    .addForeignKeyConstraint(
      'receivable_settlements_order_fk',
      ['workspace_id', 'order_id'],
      'orders',
      ['workspace_id', 'id'],
      (f) => f.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('receivable_settlements_paid_idx')
    .on('receivable_settlements')
    .columns(['workspace_id', 'paid_date', 'customer_id', 'days_late'])
    .execute();
  await db.schema
    .createIndex('receivable_settlements_customer_idx')
    .on('receivable_settlements')
    .columns(['workspace_id', 'customer_id', 'paid_date', 'days_late'])
    .execute();
  const workspaces = await (db as unknown as Kysely<{ workspaces: { id: string } }>)
    .selectFrom('workspaces')
    .select('id')
    .execute();
  for (const w of workspaces) await rebuildReceivables(db as unknown as Executor, w.id);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('receivable_settlements').execute();
  await db.schema.dropTable('receivable_lines').execute();
}
