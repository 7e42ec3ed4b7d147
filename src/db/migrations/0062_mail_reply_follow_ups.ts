import type { Kysely } from 'kysely';

// Follow-ups for unanswered inbound mail: each synced inbound message remembers the follow-up
// opened for it (and whether it was answered since), so the job opens one per message at most.
// The thread index serves the job's "answered in this thread?" probes.
// Also: the quote whose PDF an outgoing message attaches, rendered when it is sent.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('mail_outbox').addColumn('quote_id', 'text').execute();
  await db.schema.alterTable('mail_messages').addColumn('follow_up_id', 'text').execute();
  // null: not yet due or answered in time; 'opened': a follow-up is open; 'answered': closed by a reply
  await db.schema.alterTable('mail_messages').addColumn('follow_up_state', 'text').execute();
  await db.schema
    .createIndex('mail_messages_thread')
    .on('mail_messages')
    .columns(['workspace_id', 'thread_id', 'direction', 'sent_at'])
    .execute();
  await db.schema
    .createIndex('mail_messages_follow_up')
    .on('mail_messages')
    .columns(['direction', 'sent_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('mail_messages_follow_up').execute();
  await db.schema.dropIndex('mail_messages_thread').execute();
  await db.schema.alterTable('mail_messages').dropColumn('follow_up_state').execute();
  await db.schema.alterTable('mail_messages').dropColumn('follow_up_id').execute();
  await db.schema.alterTable('mail_outbox').dropColumn('quote_id').execute();
}
