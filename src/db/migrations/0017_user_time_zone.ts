import type { Kysely } from 'kysely';

// Each user's own clock, for "3 h behind you" and the hours both sides are at work. A team spread
// over Shenzhen, Dubai and Lagos does not share the home office's zone. Null: the browser's zone.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').addColumn('time_zone', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').dropColumn('time_zone').execute();
}
