import type { Updateable } from 'kysely';
import type { Executor } from '../../db/dialect.ts';
import type { Webhook, WebhookTable } from '../../db/schema.ts';

/** The only code touching `webhooks`; every read and write is by workspace. */
export const webhooksRepository = {
  async insert(db: Executor, row: WebhookTable): Promise<void> {
    await db.insertInto('webhooks').values(row).execute();
  },

  list(db: Executor, workspaceId: string): Promise<Webhook[]> {
    return db
      .selectFrom('webhooks')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
  },

  /** The event types of the workspace's enabled endpoints (what the events module asks). */
  async enabledTypes(db: Executor, workspaceId: string): Promise<string[]> {
    const rows = await db
      .selectFrom('webhooks')
      .select('event_types')
      .where('workspace_id', '=', workspaceId)
      .where('enabled', '=', 1)
      .execute();
    return rows.flatMap((r) => JSON.parse(r.event_types) as string[]);
  },

  enabled(db: Executor, workspaceId: string): Promise<Webhook[]> {
    return db
      .selectFrom('webhooks')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('enabled', '=', 1)
      .orderBy('id')
      .execute();
  },

  find(db: Executor, workspaceId: string, id: string): Promise<Webhook | undefined> {
    return db
      .selectFrom('webhooks')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
  },

  async update(
    db: Executor,
    workspaceId: string,
    id: string,
    patch: Updateable<WebhookTable>,
  ): Promise<void> {
    await db
      .updateTable('webhooks')
      .set(patch)
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  },

  /** A success ends a run of failures. */
  async succeeded(db: Executor, workspaceId: string, id: string): Promise<void> {
    await db
      .updateTable('webhooks')
      .set({ failure_count: 0, failing_since: null })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .where('failure_count', '>', 0)
      .execute();
  },

  /** One more failure in a row (counted in SQL: deliveries run concurrently); the row after. */
  async countFailure(
    db: Executor,
    workspaceId: string,
    id: string,
    at: string,
  ): Promise<Webhook | undefined> {
    await db
      .updateTable('webhooks')
      .set((eb) => ({
        failure_count: eb('failure_count', '+', 1),
        failing_since: eb.fn.coalesce('failing_since', eb.val(at)),
      }))
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
    return webhooksRepository.find(db, workspaceId, id);
  },

  async remove(db: Executor, workspaceId: string, id: string): Promise<boolean> {
    const r = await db
      .deleteFrom('webhooks')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  },
};
