import type { Updateable } from 'kysely';
import type { Executor } from '../../db/dialect.ts';
import { insertRows } from '../../db/bulk-insert.ts';
import type { WebhookDelivery, WebhookDeliveryTable } from '../../db/schema.ts';

/** The only code touching `webhook_deliveries`, the delivery log; every query is by workspace. */
export const deliveriesRepository = {
  async insert(db: Executor, row: WebhookDeliveryTable): Promise<void> {
    await db.insertInto('webhook_deliveries').values(row).execute();
  },

  /** Many in few statements (a dispatch of an import batch's events). */
  async insertMany(db: Executor, rows: WebhookDeliveryTable[]): Promise<void> {
    await insertRows(db, 'webhook_deliveries', rows);
  },

  find(db: Executor, workspaceId: string, id: string): Promise<WebhookDelivery | undefined> {
    return db
      .selectFrom('webhook_deliveries')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
  },

  /** One endpoint's log, newest first; `before` is the last id of the previous page. */
  list(
    db: Executor,
    workspaceId: string,
    webhookId: string,
    f: { before?: string; limit: number },
  ): Promise<WebhookDelivery[]> {
    let q = db
      .selectFrom('webhook_deliveries')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('webhook_id', '=', webhookId);
    if (f.before) q = q.where('id', '<', f.before);
    return q.orderBy('id', 'desc').limit(f.limit).execute();
  },

  async update(
    db: Executor,
    workspaceId: string,
    id: string,
    patch: Updateable<WebhookDeliveryTable>,
  ): Promise<void> {
    await db
      .updateTable('webhook_deliveries')
      .set(patch)
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  },

  async removeOf(db: Executor, workspaceId: string, webhookId: string): Promise<void> {
    await db
      .deleteFrom('webhook_deliveries')
      .where('workspace_id', '=', workspaceId)
      .where('webhook_id', '=', webhookId)
      .execute();
  },

  /** Ended deliveries older than `before`, every workspace (the nightly prune). */
  async prune(db: Executor, before: string): Promise<number> {
    const r = await db
      .deleteFrom('webhook_deliveries')
      .where('created_at', '<', before)
      .where('status', '<>', 'pending')
      .executeTakeFirst();
    return Number(r.numDeletedRows);
  },
};
