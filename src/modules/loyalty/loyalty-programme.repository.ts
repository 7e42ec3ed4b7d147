import type { Executor } from '../../db/dialect.ts';
import type { LoyaltyProgrammeTable } from '../../db/schema.ts';

/** The only code touching `loyalty_programmes`. */
export const loyaltyProgrammeRepository = {
  find(db: Executor, workspaceId: string) {
    return db
      .selectFrom('loyalty_programmes')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .executeTakeFirst();
  },

  async save(db: Executor, row: LoyaltyProgrammeTable): Promise<void> {
    const { workspace_id: _ws, ...rest } = row;
    await db
      .insertInto('loyalty_programmes')
      .values(row)
      .onConflict((oc) => oc.column('workspace_id').doUpdateSet(rest))
      .execute();
  },

  /** Workspaces whose programme is on (the nightly job's fan-out). */
  async enabledWorkspaces(db: Executor): Promise<string[]> {
    const rows = await db
      .selectFrom('loyalty_programmes')
      .select('workspace_id')
      .where('enabled', '=', 1)
      .execute();
    return rows.map((r) => r.workspace_id);
  },
};
