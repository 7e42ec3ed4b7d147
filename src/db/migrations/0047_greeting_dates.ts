import type { Kysely } from 'kysely';

// The personal dates greetings are planned from: a company's founding, the start of the
// relationship (often before the CRM) and a contact's birthday (MM-DD, or with the year).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('customers').addColumn('founded_on', 'text').execute();
  await db.schema.alterTable('customers').addColumn('customer_since', 'text').execute();
  await db.schema.alterTable('contacts').addColumn('birthday', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('contacts').dropColumn('birthday').execute();
  await db.schema.alterTable('customers').dropColumn('customer_since').execute();
  await db.schema.alterTable('customers').dropColumn('founded_on').execute();
}
