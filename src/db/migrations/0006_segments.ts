import type { Kysely } from 'kysely';

// Saved segments (a filter document over customers) and cadence policies that target one.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('segments')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('filter', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('segments_pk', ['workspace_id', 'id'])
    .addUniqueConstraint('segments_name_uq', ['workspace_id', 'name'])
    .execute();
  await db.schema.alterTable('cadence_policies').addColumn('segment_id', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('cadence_policies').dropColumn('segment_id').execute();
  await db.schema.dropTable('segments').execute();
}
