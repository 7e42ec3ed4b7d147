import type { Kysely } from 'kysely';

// The customer portal (issue #16): one revocable public link per ticket, of which only the
// token's SHA-256 is kept, and the workspace's public "new ticket" forms. Keys lead with
// workspace_id; a link goes with its ticket, a form with its workspace.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('ticket_portal_links')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('ticket_id', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull())
    // the language asked for on the public form; null: the contact's, else the country's
    .addColumn('language', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('ticket_portal_links_pk', ['workspace_id', 'ticket_id'])
    .addUniqueConstraint('ticket_portal_links_hash_uq', ['workspace_id', 'token_hash'])
    .addForeignKeyConstraint(
      'ticket_portal_links_ticket_fk',
      ['workspace_id', 'ticket_id'],
      'tickets',
      ['workspace_id', 'id'],
      (f) => f.onDelete('cascade'),
    )
    .execute();

  await db.schema
    .createTable('ticket_forms')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('form_key', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('enabled', 'integer', (c) => c.notNull())
    .addColumn('allowed_origins', 'text', (c) => c.notNull())
    .addColumn('default_type', 'text', (c) => c.notNull())
    .addColumn('default_priority', 'text', (c) => c.notNull())
    // who owns the leads the form creates for unknown senders
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('ticket_forms_pk', ['workspace_id', 'id'])
    .addUniqueConstraint('ticket_forms_key_uq', ['workspace_id', 'form_key'])
    .addForeignKeyConstraint(
      'ticket_forms_workspace_fk',
      ['workspace_id'],
      'workspaces',
      ['id'],
      (f) => f.onDelete('cascade'),
    )
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('ticket_forms').execute();
  await db.schema.dropTable('ticket_portal_links').execute();
}
