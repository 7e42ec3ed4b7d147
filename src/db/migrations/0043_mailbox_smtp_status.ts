import type { Kysely } from 'kysely';

// The SMTP side of a mailbox has its own last problem (a refused password, a TLS mismatch), kept
// apart from the IMAP sync's: a mailbox may sync well and still be unable to send, or the reverse.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('mailboxes').addColumn('smtp_error_code', 'text').execute();
  await db.schema.alterTable('mailboxes').addColumn('smtp_error_detail', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('mailboxes').dropColumn('smtp_error_detail').execute();
  await db.schema.alterTable('mailboxes').dropColumn('smtp_error_code').execute();
}
