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
