import type { Kysely } from 'kysely';

// Named optional holidays (e.g. Heiliger Abend) a workspace treats as closed, beside the types.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('workspaces')
    .addColumn('closed_holiday_names', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('workspaces').dropColumn('closed_holiday_names').execute();
}
