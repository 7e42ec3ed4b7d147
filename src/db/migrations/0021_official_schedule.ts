import type { Kysely } from 'kysely';

// Shipped official schedules (China's 调休) apply to every workspace by default; a workspace may
// turn one country's off (1 = on, 0 = off), e.g. a team that keeps its own list.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('workspace_country_settings')
    .addColumn('official_schedule', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('workspace_country_settings')
    .dropColumn('official_schedule')
    .execute();
}
