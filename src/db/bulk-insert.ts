import { CompiledQuery, type Insertable } from 'kysely';
import type { Executor } from './dialect.ts';
import type { DB } from './schema.ts';

// SQLite allows 32,766 bound values per statement; PostgreSQL 65,535.
const MAX_VALUES = 8000;
const MAX_ROWS = 500;
const sqlCache = new Map<string, string>();

/**
 * Inserts many rows of one shape with statements whose SQL is built once per table, column list
 * and row count, so bulk writers (imports, seeding) skip Kysely's per-query compilation and, on
 * SQLite, reuse the prepared statement. Every row must have the first row's columns.
 */
export async function insertRows<T extends keyof DB>(
  db: Executor,
  table: T,
  rows: readonly Insertable<DB[T]>[],
): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const columns = Object.keys(first);
  const perStatement = Math.max(1, Math.min(MAX_ROWS, Math.floor(MAX_VALUES / columns.length)));
  for (let i = 0; i < rows.length; i += perStatement) {
    const chunk = rows.slice(i, i + perStatement);
    const params: unknown[] = [];
    for (const row of chunk) {
      const values = row as Record<string, unknown>;
      for (const column of columns) params.push(values[column] ?? null);
    }
    await db.executeQuery(
      CompiledQuery.raw(statementFor(db, table, columns, chunk.length), params),
    );
  }
}

function statementFor(db: Executor, table: keyof DB, columns: string[], count: number): string {
  const key = `${db.getExecutor().adapter.constructor.name}|${table}|${columns.join(',')}|${count}`;
  let sql = sqlCache.get(key);
  if (!sql) {
    const template = Object.fromEntries(columns.map((c) => [c, null]));
    // Compiling once through Kysely keeps identifier quoting and placeholders per dialect.
    sql = db
      .insertInto(table)
      .values(Array.from({ length: count }, () => template))
      .compile().sql;
    sqlCache.set(key, sql);
  }
  return sql;
}
