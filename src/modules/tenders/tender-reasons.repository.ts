import type { Executor } from '../../db/dialect.ts';
import type { TenderReason } from '../../db/schema.ts';

/** The workspace's win/loss reasons: the only code touching `tender_reasons`. */
export const tenderReasonsRepository = {
  list(db: Executor, workspaceId: string): Promise<TenderReason[]> {
    return db
      .selectFrom('tender_reasons')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .orderBy('position')
      .orderBy('id')
      .execute();
  },

  find(db: Executor, workspaceId: string, id: string): Promise<TenderReason | undefined> {
    return db
      .selectFrom('tender_reasons')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
  },

  byName(db: Executor, workspaceId: string, nameEn: string) {
    return db
      .selectFrom('tender_reasons')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where('name_en', '=', nameEn)
      .executeTakeFirst();
  },

  /**
   * Inserts reasons, skipping any the workspace already has (same code or name): two first
   * requests seeding the defaults at once both succeed, and the defaults exist once.
   */
  async insertMissing(db: Executor, rows: TenderReason[]): Promise<void> {
    for (const row of rows)
      await db
        .insertInto('tender_reasons')
        .values(row)
        .onConflict((oc) => oc.doNothing())
        .execute();
  },

  async update(
    db: Executor,
    workspaceId: string,
    id: string,
    patch: Partial<Pick<TenderReason, 'name_en' | 'name_zh' | 'active' | 'updated_at'>>,
  ): Promise<void> {
    await db
      .updateTable('tender_reasons')
      .set(patch)
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  },
};
