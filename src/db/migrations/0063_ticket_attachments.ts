import type { Kysely } from 'kysely';

// Files attached to a ticket or to one of its comments (issue #16). The file itself lives under
// the attachments folder by a random name (`storage_key`); the row keeps what the uploader called
// it and the type it is served as. Rows go with their ticket (and comment); keys lead with
// workspace_id.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('ticket_attachments')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('ticket_id', 'text', (c) => c.notNull())
    .addColumn('comment_id', 'text')
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('storage_key', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('ticket_attachments_pk', ['workspace_id', 'id'])
    .addUniqueConstraint('ticket_attachments_key_uq', ['workspace_id', 'storage_key'])
    .addForeignKeyConstraint(
      'ticket_attachments_ticket_fk',
      ['workspace_id', 'ticket_id'],
      'tickets',
      ['workspace_id', 'id'],
      (f) => f.onDelete('cascade'),
    )
    .addForeignKeyConstraint(
      'ticket_attachments_comment_fk',
      ['workspace_id', 'comment_id'],
      'ticket_comments',
      ['workspace_id', 'id'],
      (f) => f.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('ticket_attachments_ticket_idx')
    .on('ticket_attachments')
    .columns(['workspace_id', 'ticket_id', 'created_at'])
    .execute();
  // The sweep asks which stored names still have a row, across workspaces (one folder).
  await db.schema
    .createIndex('ticket_attachments_key_idx')
    .on('ticket_attachments')
    .column('storage_key')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('ticket_attachments').execute();
}
