import type { Kysely } from 'kysely';

// Where a timeline entry came from. A public web form is anyone on the internet: its messages
// stay marked as unverified web input, never shown as the customer's own words, and carry the
// payment-change flags raised when they arrived.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('activities')
    .addColumn('source', 'text', (c) => c.notNull().defaultTo('user'))
    .execute();
  await db.schema
    .alterTable('activities')
    .addColumn('flags', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('activities').dropColumn('flags').execute();
  await db.schema.alterTable('activities').dropColumn('source').execute();
}
