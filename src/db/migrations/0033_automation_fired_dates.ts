import type { Kysely } from 'kysely';

// The dates a "date arrives" rule has fired for: one row per rule, customer and target date, so
// a date fires once however often the hourly scan runs, and again only in a later year.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('automation_fired_dates')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('rule_id', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .addColumn('target_date', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('automation_fired_dates_pk', [
      'workspace_id',
      'rule_id',
      'customer_id',
      'target_date',
    ])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('automation_fired_dates').execute();
}
