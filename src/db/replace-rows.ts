import { sql, type Insertable } from 'kysely';
import { insertRows } from './bulk-insert.ts';
import type { Executor } from './dialect.ts';
import type { DB } from './schema.ts';

/**
 * Replaces the child rows of one parent (a customer's tags, a team's members, a workspace's
 * policies): delete what the parent has, insert the new set, in the caller's transaction. The
 * parent is named by column values, e.g. `{ workspace_id, customer_id }`; every new row must
 * carry the same values.
 */
export async function replaceRows<T extends keyof DB>(
  db: Executor,
  table: T,
  parent: Partial<Record<keyof DB[T] & string, string>>,
  rows: readonly Insertable<DB[T]>[],
): Promise<void> {
  const where = Object.entries(parent).map(([column, value]) => sql`${sql.ref(column)} = ${value}`);
  await sql`delete from ${sql.table(table)} where ${sql.join(where, sql` and `)}`.execute(db);
  await insertRows(db, table, rows);
}
