import type { Executor } from '../../db/dialect.ts';
import type { CustomerEvent, CustomerEventTable } from '../../db/schema.ts';

export type EventPatch = Partial<Omit<CustomerEventTable, 'workspace_id' | 'id' | 'created_at'>>;

/** The only writer of `customer_events`. Events are the workspace's: everyone may read them. */
export const customerEventsRepository = {
  async insert(db: Executor, row: CustomerEvent): Promise<void> {
    await db.insertInto('customer_events').values(row).execute();
  },

  find(db: Executor, workspaceId: string, id: string): Promise<CustomerEvent | undefined> {
    return db
      .selectFrom('customer_events')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
  },

  namesOf(db: Executor, workspaceId: string, ids: string[]) {
    if (!ids.length) return Promise.resolve([]);
    return db
      .selectFrom('customer_events')
      .select(['id', 'title'])
      .where('workspace_id', '=', workspaceId)
      .where('id', 'in', ids)
      .execute();
  },

  /** Upcoming (not yet ended) soonest first, or past ones latest first. */
  list(
    db: Executor,
    workspaceId: string,
    f: { now: string; past: boolean; limit: number },
  ): Promise<CustomerEvent[]> {
    const q = db.selectFrom('customer_events').selectAll().where('workspace_id', '=', workspaceId);
    return (
      f.past
        ? q.where('ends_at', '<', f.now).orderBy('starts_at', 'desc')
        : q.where('ends_at', '>=', f.now).orderBy('starts_at')
    )
      .orderBy('id')
      .limit(f.limit)
      .execute();
  },

  async update(db: Executor, workspaceId: string, id: string, patch: EventPatch): Promise<void> {
    await db
      .updateTable('customer_events')
      .set(patch)
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  },

  /** Deletes an event; its invitations go with it (cascade). */
  async remove(db: Executor, workspaceId: string, id: string): Promise<void> {
    await db
      .deleteFrom('customer_events')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  },
};
