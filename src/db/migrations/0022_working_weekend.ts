import type { Kysely } from 'kysely';

// A workspace's business week per country where it differs from the official weekend: JSON list
// of {weekday, until} (Hong Kong trading firms working Saturday until 13:00). '[]': official week.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('workspace_country_settings')
    .addColumn('working_weekend', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('workspace_country_settings').dropColumn('working_weekend').execute();
}
