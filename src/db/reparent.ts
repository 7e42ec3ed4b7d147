import { sql } from 'kysely';
import { chunks, IN_LIST } from './chunks.ts';
import type { Executor } from './dialect.ts';

/** Tables whose rows belong to one customer and follow it when customers are merged. */
export type CustomerChildTable = 'contacts' | 'activities' | 'follow_ups' | 'orders';

/**
 * Ids of a customer's rows in one child table. Each owning repository calls this for its own
 * table, so a merge moves records through their owners rather than writing their tables itself.
 */
export async function childIds(
  db: Executor,
  table: CustomerChildTable,
  workspaceId: string,
  customerId: string,
): Promise<string[]> {
  const rows = await sql<{ id: string }>`select id from ${sql.table(table)}
    where workspace_id = ${workspaceId} and customer_id = ${customerId}`.execute(db);
  return rows.rows.map((r) => r.id);
}

/** The customer a child row belongs to (an event about a contact or order names only the row). */
export async function parentCustomerId(
  db: Executor,
  table: CustomerChildTable,
  workspaceId: string,
  id: string,
): Promise<string | undefined> {
  const rows = await sql<{ customer_id: string }>`select customer_id from ${sql.table(table)}
    where workspace_id = ${workspaceId} and id = ${id}`.execute(db);
  return rows.rows[0]?.customer_id;
}

/** Re-parents the given rows of one child table to `customerId`. */
export async function reparent(
  db: Executor,
  table: CustomerChildTable,
  workspaceId: string,
  ids: readonly string[],
  customerId: string,
): Promise<void> {
  for (const part of chunks(ids, IN_LIST))
    await sql`update ${sql.table(table)} set customer_id = ${customerId}
      where workspace_id = ${workspaceId} and id in (${sql.join(part)})`.execute(db);
}
