import type { Executor } from '../../db/dialect.ts';

/** Owns `insight_settings`: one row per workspace, made on first save. */
export const insightSettingsRepository = {
  find(db: Executor, workspaceId: string) {
    return db
      .selectFrom('insight_settings')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .executeTakeFirst();
  },

  save(
    db: Executor,
    row: {
      workspace_id: string;
      disabled_rules: string;
      icp: string;
      updated_by: string | null;
      updated_at: string;
    },
  ) {
    const { workspace_id: _w, ...rest } = row;
    return db
      .insertInto('insight_settings')
      .values(row)
      .onConflict((oc) => oc.column('workspace_id').doUpdateSet(rest))
      .execute();
  },
};
