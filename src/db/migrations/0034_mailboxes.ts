import type { Kysely } from 'kysely';

// A user's mail accounts (IMAP to sync, SMTP to send) and the per-folder sync bookmark.
// Passwords are stored only as AES-256-GCM boxes (src/domain/secret-box.ts).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('mailboxes')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('imap_host', 'text', (c) => c.notNull())
    .addColumn('imap_port', 'integer', (c) => c.notNull())
    .addColumn('imap_tls', 'text', (c) => c.notNull())
    .addColumn('imap_username', 'text', (c) => c.notNull())
    .addColumn('imap_secret', 'text', (c) => c.notNull())
    .addColumn('smtp_host', 'text')
    .addColumn('smtp_port', 'integer')
    .addColumn('smtp_tls', 'text')
    .addColumn('smtp_username', 'text')
    .addColumn('smtp_secret', 'text')
    .addColumn('sharing', 'text', (c) => c.notNull())
    .addColumn('sync_since', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('last_error_code', 'text')
    .addColumn('last_error_detail', 'text')
    .addColumn('last_sync_at', 'text')
    .addColumn('last_sync_stored', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_sync_skipped', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('mailboxes_pk', ['workspace_id', 'id'])
    .execute();
  await db.schema
    .createIndex('mailboxes_owner')
    .on('mailboxes')
    .columns(['workspace_id', 'owner_id'])
    .execute();
  // One bookmark per folder: a new UIDVALIDITY means the server renumbered, so start over.
  await db.schema
    .createTable('mailbox_folders')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('mailbox_id', 'text', (c) => c.notNull())
    .addColumn('folder', 'text', (c) => c.notNull())
    .addColumn('uidvalidity', 'text', (c) => c.notNull())
    .addColumn('last_uid', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('mailbox_folders_pk', ['workspace_id', 'mailbox_id', 'folder'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('mailbox_folders').execute();
  await db.schema.dropTable('mailboxes').execute();
}
