import type { Kysely } from 'kysely';

// Issue #15, closing gaps of the mail sync:
// - a mailbox syncs the folders its owner chose besides INBOX and Sent (`sync_folders`, a JSON
//   list of folder paths; each folder keeps its own UIDVALIDITY/UID bookmark in mailbox_folders);
// - a workspace SMTP account may name its return-path mailbox (an IMAP side, password sealed like
//   the SMTP one), read for delivery status notifications only, with its own per-folder
//   bookmarks (`smtp_account_folders`) and the outcome of its last bounce sync.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('mailboxes')
    .addColumn('sync_folders', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
  for (const [name, type] of [
    ['imap_host', 'text'],
    ['imap_port', 'integer'],
    ['imap_tls', 'text'],
    ['imap_username', 'text'],
    ['imap_secret', 'text'],
    ['bounce_status', 'text'],
    ['bounce_error_code', 'text'],
    ['bounce_error_detail', 'text'],
    ['bounce_synced_at', 'text'],
  ] as const)
    await db.schema.alterTable('smtp_accounts').addColumn(name, type).execute();
  await db.schema
    .alterTable('smtp_accounts')
    .addColumn('bounce_reports', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createTable('smtp_account_folders')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('folder', 'text', (c) => c.notNull())
    .addColumn('uidvalidity', 'text', (c) => c.notNull())
    .addColumn('last_uid', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('smtp_account_folders_pk', ['workspace_id', 'account_id', 'folder'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('smtp_account_folders').execute();
  for (const name of [
    'bounce_reports',
    'bounce_synced_at',
    'bounce_error_detail',
    'bounce_error_code',
    'bounce_status',
    'imap_secret',
    'imap_username',
    'imap_tls',
    'imap_port',
    'imap_host',
  ])
    await db.schema.alterTable('smtp_accounts').dropColumn(name).execute();
  await db.schema.alterTable('mailboxes').dropColumn('sync_folders').execute();
}
