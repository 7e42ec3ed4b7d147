import type { Kysely } from 'kysely';

// Issue #15: mail composed from a deal or a ticket page remembers it. The outbox row keeps the
// deal or ticket it was written from, and so does its sent copy among the customer's mail, so the
// deal's and ticket's pages list the mail written "from" them (and the replies in those threads).
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of ['mail_outbox', 'mail_messages']) {
    await db.schema.alterTable(table).addColumn('deal_id', 'text').execute();
    await db.schema.alterTable(table).addColumn('ticket_id', 'text').execute();
  }
  await db.schema
    .createIndex('mail_messages_deal')
    .on('mail_messages')
    .columns(['workspace_id', 'deal_id'])
    .execute();
  await db.schema
    .createIndex('mail_messages_ticket')
    .on('mail_messages')
    .columns(['workspace_id', 'ticket_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('mail_messages_ticket').execute();
  await db.schema.dropIndex('mail_messages_deal').execute();
  for (const table of ['mail_messages', 'mail_outbox']) {
    await db.schema.alterTable(table).dropColumn('ticket_id').execute();
    await db.schema.alterTable(table).dropColumn('deal_id').execute();
  }
}
