import type { Executor } from '../../db/dialect.ts';
import type { ChurnModelRow } from '../../db/schema.ts';

/** The only writer of `churn_models` (0093): one trained churn model per workspace. */
export const churnModelRepository = {
  find(db: Executor, workspaceId: string): Promise<ChurnModelRow | undefined> {
    return db
      .selectFrom('churn_models')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .executeTakeFirst();
  },

  /** A new model replaces the old one, switched off (the admin switches it on after reading it). */
  async replace(db: Executor, row: ChurnModelRow): Promise<void> {
    await db.deleteFrom('churn_models').where('workspace_id', '=', row.workspace_id).execute();
    await db.insertInto('churn_models').values(row).execute();
  },

  async setEnabled(
    db: Executor,
    workspaceId: string,
    enabled: boolean,
    by: string,
    at: string,
  ): Promise<void> {
    await db
      .updateTable('churn_models')
      .set({
        enabled: enabled ? 1 : 0,
        enabled_at: enabled ? at : null,
        enabled_by: enabled ? by : null,
      })
      .where('workspace_id', '=', workspaceId)
      .execute();
  },
};
