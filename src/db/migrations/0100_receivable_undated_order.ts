import { sql, type Kysely } from 'kysely';

// Issue #18: the aging report counts the orders with an instalment not yet due. It did so with
// `count(distinct order_id)` over the lines without an anchor, a temporary b-tree per group
// (~100 ms of an admin's report over 1,000,000 orders, docs/performance.md). Each order's first
// such line (lowest `seq`) now carries `undated_order = 1`, written with the lines, so the count
// is a plain sum in the scan the report already makes. The covering index gains the column.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('receivable_lines')
    .addColumn('undated_order', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await flagUndatedOrders(db);
  await db.schema.dropIndex('receivable_lines_customer_idx').execute();
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
      'undated_order',
    ])
    .execute();
}

/** Each order's first line without an anchor is flagged, as the lines' writer does. */
export async function flagUndatedOrders(db: Kysely<unknown>): Promise<void> {
  await sql`update receivable_lines set undated_order = 1
    where anchor is null and seq = (
      select min(r.seq) from receivable_lines r
      where r.workspace_id = receivable_lines.workspace_id
        and r.order_id = receivable_lines.order_id and r.anchor is null)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('receivable_lines_customer_idx').execute();
  await db.schema.alterTable('receivable_lines').dropColumn('undated_order').execute();
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
}
