import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../src/db/schema.ts';
import { isPostgres } from '../../src/db/dialect.ts';

/** Every application table, read from the database itself so a new table is covered at once. */
export async function tableNames(db: Kysely<DB>): Promise<string[]> {
  const rows = isPostgres(db)
    ? await sql<{ name: string }>`select table_name as name from information_schema.tables
        where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(db)
    : await sql<{ name: string }>`select name from sqlite_master
        where type = 'table' and name not like 'sqlite_%'`.execute(db);
  return rows.rows
    .map((r) => r.name)
    .filter((n) => !n.startsWith('kysely_'))
    .sort();
}

/** A digest of every row of every table: equal before and after means nothing was written. */
export async function checksum(db: Kysely<DB>, tables: string[]): Promise<string> {
  const hash = createHash('sha256');
  for (const t of tables) {
    const rows = await sql<Record<string, unknown>>`select * from ${sql.table(t)}`.execute(db);
    const lines = rows.rows.map((r) => JSON.stringify(r, Object.keys(r).sort())).sort();
    hash.update(`${t}:${lines.length}\n${lines.join('\n')}\n`);
  }
  return hash.digest('hex');
}
