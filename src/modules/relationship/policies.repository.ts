import type { Executor } from '../../db/dialect.ts';
import { replaceRows } from '../../db/replace-rows.ts';
import type { CadencePolicy, NewCadencePolicy } from '../../db/schema.ts';

/** Owner of `cadence_policies`: the workspace's ordered cadence rules. */
export const policiesRepository = {
  list(db: Executor, workspaceId: string): Promise<CadencePolicy[]> {
    return db
      .selectFrom('cadence_policies')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .orderBy('position')
      .execute();
  },

  async replace(db: Executor, workspaceId: string, rows: NewCadencePolicy[]): Promise<void> {
    await replaceRows(db, 'cadence_policies', { workspace_id: workspaceId }, rows);
  },
};
