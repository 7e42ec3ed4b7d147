import type { Kysely } from 'kysely';

// Loyalty bonuses (issue #17): the programme's bonus amounts (JSON, 0 = off) and, on the ledger,
// the record a bonus was granted for (`event:<invitation>`, `nps:<survey>`, `referral:<customer>`,
// `anniversary:<customer>:<year>`). The unique key makes a second grant for one record collide
// even if two writers raced past the check; NULL (orders, redemptions, adjustments) never collides.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('loyalty_programmes')
    .addColumn('bonuses', 'text', (c) => c.notNull().defaultTo('{}'))
    .execute();
  await db.schema.alterTable('loyalty_ledger').addColumn('source', 'text').execute();
  await db.schema
    .createIndex('loyalty_ledger_source_idx')
    .on('loyalty_ledger')
    .columns(['workspace_id', 'source'])
    .unique()
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('loyalty_ledger_source_idx').execute();
  await db.schema.alterTable('loyalty_ledger').dropColumn('source').execute();
  await db.schema.alterTable('loyalty_programmes').dropColumn('bonuses').execute();
}
