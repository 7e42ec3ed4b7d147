import type { Kysely } from 'kysely';

// Public web forms that create leads: one key per form, the user who receives its leads, the
// source written on them and the sites allowed to post from a browser.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('lead_forms')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('form_key', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('allowed_origins', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('lead_forms_pk', ['workspace_id', 'id'])
    .execute();
  // The public address carries the workspace id and the key, so the lookup stays per workspace.
  await db.schema
    .createIndex('lead_forms_key_uq')
    .unique()
    .on('lead_forms')
    .columns(['workspace_id', 'form_key'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('lead_forms').execute();
}
