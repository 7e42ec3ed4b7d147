import { PostgresAdapter, type Kysely, type Transaction } from 'kysely';
import type { DB } from './schema.ts';

export type Executor = Kysely<DB> | Transaction<DB>;

/** The one place that asks which database we are on; keep per-dialect SQL behind it. */
export function isPostgres(db: { getExecutor(): { readonly adapter: unknown } }): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** Upper bound for a prefix range scan: `term >= p AND term < prefixEnd(p)` uses a plain b-tree. */
export function prefixEnd(prefix: string): string {
  return prefix + '\uffff';
}

/**
 * A unique index refused the write (PostgreSQL 23505, SQLite SQLITE_CONSTRAINT_UNIQUE): a race
 * the service's own check lost, answered as the same 409 the check gives.
 */
export function isUniqueViolation(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}
