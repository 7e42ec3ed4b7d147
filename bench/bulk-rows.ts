import { sql, type Insertable } from 'kysely';
import { insertRows } from '../src/db/bulk-insert.ts';
import { isPostgres, type Executor } from '../src/db/dialect.ts';
import type { DB } from '../src/db/schema.ts';

/** Rows per statement on PostgreSQL: one JSON parameter, so no bound-value limit applies. */
const PG_ROWS = 10_000;

/**
 * Bench seeding by the million: on PostgreSQL each 10,000 rows go in as one statement that reads
 * them from a single JSON parameter (`json_populate_recordset` types each column as the table
 * declares it), instead of `insertRows`' 500-row statements, whose round trips and parsing made
 * a 1,000,000-order seed take minutes; SQLite keeps `insertRows` (prepared statements are cheap
 * there).
 */
export async function bulkRows<T extends keyof DB>(
  db: Executor,
  table: T,
  rows: readonly Insertable<DB[T]>[],
): Promise<void> {
  const first = rows[0];
  if (!first) return;
  if (!isPostgres(db)) return insertRows(db, table, rows);
  const cols = sql.join(Object.keys(first).map((c) => sql.ref(c)));
  for (let i = 0; i < rows.length; i += PG_ROWS) {
    const json = JSON.stringify(rows.slice(i, i + PG_ROWS));
    await sql`insert into ${sql.table(table)} (${cols})
      select ${cols} from json_populate_recordset(null::${sql.table(table)}, ${json}::json)`.execute(
      db,
    );
  }
}
