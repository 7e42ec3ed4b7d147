import type { Kysely } from 'kysely';

// Issue #16: the tickets list by time left orders by (next due instant, id). The due indexes
// ended at the instant, so both databases sorted every run of equal instants by id, and
// PostgreSQL could not merge an agent's team and own walks in order at all (it sorted all of the
// team's tickets instead). With the id at the end each walk is in the list's exact order.
const INDEXES = [
  ['tickets_next_due_idx', ['workspace_id', 'next_due_at']],
  ['tickets_team_due_idx', ['workspace_id', 'team_id', 'next_due_at']],
  ['tickets_assignee_due_idx', ['workspace_id', 'assignee_id', 'next_due_at']],
] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const [name, columns] of INDEXES) {
    await db.schema.dropIndex(name).execute();
    await db.schema
      .createIndex(name)
      .on('tickets')
      .columns([...columns, 'id'])
      .execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const [name, columns] of INDEXES) {
    await db.schema.dropIndex(name).execute();
    await db.schema
      .createIndex(name)
      .on('tickets')
      .columns([...columns])
      .execute();
  }
}
