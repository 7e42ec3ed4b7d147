import type { Kysely } from 'kysely';

// Insight (issue 20): per workspace, the next-action rules switched off and the ideal customer
// profile lead scores are measured against. One row per workspace, made on first save.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('insight_settings')
    .addColumn('workspace_id', 'text', (c) => c.notNull().primaryKey())
    .addColumn('disabled_rules', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('icp', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('insight_settings').execute();
}
