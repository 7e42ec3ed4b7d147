import type { Kysely } from 'kysely';

// Issue 17: how many days passport data for visa letters is kept after an event ends is the
// workspace's own rule (its data-protection officer decides), 30 days unless set.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('workspaces')
    .addColumn('passport_retention_days', 'integer', (c) => c.notNull().defaultTo(30))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('workspaces').dropColumn('passport_retention_days').execute();
}
