import { sql, type Kysely } from 'kysely';

// Receivables and credit (issue 18): payment terms and the dates they run from on orders, the
// amount paid kept on the order by the payments written in the same transaction (so the aging
// report reads open orders alone, never summing payments), payments, credit limits with their
// approval requests, and the workspace's own country-risk ratings.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('orders')
    .addColumn('payment_terms', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
  await db.schema.alterTable('orders').addColumn('invoice_date', 'text').execute();
  await db.schema.alterTable('orders').addColumn('bl_date', 'text').execute();
  await db.schema.alterTable('orders').addColumn('arrival_date', 'text').execute();
  await db.schema
    .alterTable('orders')
    .addColumn('paid_minor', 'bigint', (c) => c.notNull().defaultTo(0))
    .execute();
  // Open orders (not paid, not cancelled) in one short index range for the aging report.
  await db.schema
    .createIndex('orders_open_idx')
    .on('orders')
    .columns(['workspace_id', 'status', 'customer_id'])
    .execute();
  // Orders settled in a period, for the days-late average and its trend.
  await db.schema
    .createIndex('orders_paid_idx')
    .on('orders')
    .columns(['workspace_id', 'paid_date'])
    .execute();

  await db.schema
    .createTable('payments')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('order_id', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .addColumn('amount_minor', 'bigint', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    // the amount in the order's currency (the same when paid in it; else at the day's rates)
    .addColumn('applied_minor', 'bigint', (c) => c.notNull())
    .addColumn('paid_on', 'text', (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('reference', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('payments_pk', ['workspace_id', 'id'])
    .addForeignKeyConstraint(
      'payments_order_fk',
      ['workspace_id', 'order_id'],
      'orders',
      ['workspace_id', 'id'],
      (f) => f.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('payments_order_idx')
    .on('payments')
    .columns(['workspace_id', 'order_id', 'paid_on'])
    .execute();
  await db.schema
    .createIndex('payments_customer_idx')
    .on('payments')
    .columns(['workspace_id', 'customer_id', 'paid_on'])
    .execute();

  await db.schema
    .createTable('credit_limits')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .addColumn('limit_minor', 'bigint', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('insurer', 'text')
    .addColumn('policy_number', 'text')
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('credit_limits_pk', ['workspace_id', 'customer_id'])
    .addForeignKeyConstraint(
      'credit_limits_customer_fk',
      ['workspace_id', 'customer_id'],
      'customers',
      ['workspace_id', 'id'],
      (f) => f.onDelete('cascade'),
    )
    .execute();

  await db.schema
    .createTable('credit_approvals')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('amount_minor', 'bigint', (c) => c.notNull())
    .addColumn('exposure_minor', 'bigint', (c) => c.notNull())
    .addColumn('limit_minor', 'bigint', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('requested_by', 'text', (c) => c.notNull())
    .addColumn('requested_at', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('note', 'text')
    .addPrimaryKeyConstraint('credit_approvals_pk', ['workspace_id', 'id'])
    .addForeignKeyConstraint(
      'credit_approvals_customer_fk',
      ['workspace_id', 'customer_id'],
      'customers',
      ['workspace_id', 'id'],
      (f) => f.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('credit_approvals_entity_idx')
    .on('credit_approvals')
    .columns(['workspace_id', 'entity_type', 'entity_id'])
    .execute();
  await db.schema
    .createIndex('credit_approvals_status_idx')
    .on('credit_approvals')
    .columns(['workspace_id', 'status', 'requested_at'])
    .execute();

  await db.schema
    .createTable('country_risk')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('rating', 'integer', (c) => c.notNull())
    .addColumn('source', 'text')
    .addColumn('rated_on', 'text')
    .addColumn('notes', 'text')
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('country_risk_pk', ['workspace_id', 'country'])
    .addForeignKeyConstraint(
      'country_risk_workspace_fk',
      ['workspace_id'],
      'workspaces',
      ['id'],
      (f) => f.onDelete('cascade'),
    )
    .execute();
  // Orders marked paid before payments existed count as settled in full.
  await sql`update orders set paid_minor = amount_minor where status = 'paid'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('country_risk').execute();
  await db.schema.dropTable('credit_approvals').execute();
  await db.schema.dropTable('credit_limits').execute();
  await db.schema.dropTable('payments').execute();
  await db.schema.dropIndex('orders_open_idx').execute();
  await db.schema.dropIndex('orders_paid_idx').execute();
  for (const c of ['paid_minor', 'arrival_date', 'bl_date', 'invoice_date', 'payment_terms'])
    await db.schema.alterTable('orders').dropColumn(c).execute();
}
