import type { Kysely } from 'kysely';

// Issue 15: a workspace SMTP account (an admin's, e.g. a company's bulk-mail relay) that
// campaigns can send from instead of a user's mailbox. The password is sealed like a mailbox's
// (AES-256-GCM under the workspace's key). A campaign names its sender by kind: `mailbox_id`
// holds the mailbox's or, with sender_kind 'workspace', the account's id.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('smtp_accounts')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('from_name', 'text')
    .addColumn('smtp_host', 'text', (c) => c.notNull())
    .addColumn('smtp_port', 'integer', (c) => c.notNull())
    .addColumn('smtp_tls', 'text', (c) => c.notNull())
    .addColumn('smtp_username', 'text')
    .addColumn('smtp_secret', 'text')
    .addColumn('error_code', 'text')
    .addColumn('error_detail', 'text')
    .addColumn('tested_at', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('smtp_accounts_pk', ['workspace_id', 'id'])
    .addForeignKeyConstraint('smtp_accounts_workspace_fk', ['workspace_id'], 'workspaces', ['id'])
    .execute();
  await db.schema
    .alterTable('campaigns')
    .addColumn('sender_kind', 'text', (c) => c.notNull().defaultTo('mailbox'))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('campaigns').dropColumn('sender_kind').execute();
  await db.schema.dropTable('smtp_accounts').execute();
}
