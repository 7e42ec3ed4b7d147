import type { Kysely } from 'kysely';

// Messages the web says in the reader's language, and who did a change when no user did.
// An import's rejected rows keep the problem's catalogue code and params (src/domain/field-errors.ts)
// beside the English sentence; rows written before this migration have none and keep their English.
// An audit row without a user says which part of the system wrote it (`demo` for the demo seed), so
// the log shows "System (demo data)" instead of blaming whoever ran the seed.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('import_errors').addColumn('code', 'text').execute();
  await db.schema.alterTable('import_errors').addColumn('params', 'text').execute();
  await db.schema.alterTable('audit_log').addColumn('actor_kind', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('audit_log').dropColumn('actor_kind').execute();
  await db.schema.alterTable('import_errors').dropColumn('params').execute();
  await db.schema.alterTable('import_errors').dropColumn('code').execute();
}
