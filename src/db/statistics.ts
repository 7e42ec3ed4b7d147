import { sql } from 'kysely';
import { isPostgres, type Executor } from './dialect.ts';
import type { DB } from './schema.ts';

/**
 * Refreshes PostgreSQL's planner statistics of tables a bulk write is growing. A workspace that
 * starts empty and imports 100,000 customers is planned with the empty tables' statistics until
 * autovacuum samples them (a minute later at best; never where it is off): lookups by key then
 * scan whole tables and the import slows to tens of rows a second. SQLite plans from its indexes
 * alone; nothing to do there. Owners call this for their own tables.
 */
export async function refreshStatistics(db: Executor, tables: readonly (keyof DB)[]) {
  if (!isPostgres(db)) return;
  await sql`analyze ${sql.join(tables.map((t) => sql.table(t)))}`.execute(db);
}
