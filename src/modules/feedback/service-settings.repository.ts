import type { Executor } from '../../db/dialect.ts';
import type { ServiceSettingsTable } from '../../db/schema.ts';

/** Owns `service_settings` (0088): one row per workspace, made on first save. */
export const serviceSettingsRepository = {
  find(db: Executor, workspaceId: string) {
    return db
      .selectFrom('service_settings')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .executeTakeFirst();
  },

  async save(db: Executor, row: ServiceSettingsTable): Promise<void> {
    const { workspace_id: _w, ...rest } = row;
    await db
      .insertInto('service_settings')
      .values(row)
      .onConflict((oc) => oc.column('workspace_id').doUpdateSet(rest))
      .execute();
  },

  /** The SMTP account survey links are mailed through, or null (not mailed). */
  async surveyAccountId(db: Executor, workspaceId: string): Promise<string | null> {
    const row = await serviceSettingsRepository.find(db, workspaceId);
    return row?.survey_smtp_account_id ?? null;
  },
};
