import type { Kysely } from 'kysely';

// Synced mail that matched a customer (unmatched mail is only counted, never stored).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('mail_messages')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('mailbox_id', 'text', (c) => c.notNull())
    .addColumn('folder', 'text', (c) => c.notNull())
    .addColumn('uidvalidity', 'text', (c) => c.notNull())
    .addColumn('uid', 'integer', (c) => c.notNull())
    .addColumn('message_id', 'text')
    .addColumn('thread_id', 'text', (c) => c.notNull())
    .addColumn('in_reply_to', 'text')
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .addColumn('contact_id', 'text')
    // 'email' (a contact's address) or 'domain' (the customer's web domain: a new contact?)
    .addColumn('matched_by', 'text', (c) => c.notNull())
    .addColumn('from_address', 'text', (c) => c.notNull())
    .addColumn('from_name', 'text')
    .addColumn('to_addresses', 'text', (c) => c.notNull())
    .addColumn('cc_addresses', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .addColumn('body_text', 'text', (c) => c.notNull())
    .addColumn('attachments', 'text', (c) => c.notNull())
    .addColumn('activity_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('mail_messages_pk', ['workspace_id', 'id'])
    // The same server message is stored once, however often a sync restarts or is killed.
    .addUniqueConstraint('mail_messages_uid', [
      'workspace_id',
      'mailbox_id',
      'folder',
      'uidvalidity',
      'uid',
    ])
    .execute();
  await db.schema
    .createIndex('mail_messages_customer')
    .on('mail_messages')
    .columns(['workspace_id', 'customer_id', 'sent_at'])
    .execute();
  await db.schema
    .createIndex('mail_messages_message_id')
    .on('mail_messages')
    .columns(['workspace_id', 'mailbox_id', 'message_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('mail_messages').execute();
}
