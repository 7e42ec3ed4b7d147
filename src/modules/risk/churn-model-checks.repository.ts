import type { Executor } from '../../db/dialect.ts';
import type { ChurnModelCheckRow } from '../../db/schema.ts';

/** The only writer of `churn_model_checks` (0104): the last eligibility count per workspace. */
export const churnModelChecksRepository = {
  find(db: Executor, workspaceId: string): Promise<ChurnModelCheckRow | undefined> {
    return db
      .selectFrom('churn_model_checks')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .executeTakeFirst();
  },

  /** The newest count replaces the last one. */
  async save(db: Executor, row: ChurnModelCheckRow): Promise<void> {
    await db
      .insertInto('churn_model_checks')
      .values(row)
      .onConflict((oc) =>
        oc.column('workspace_id').doUpdateSet({
          checked_on: row.checked_on,
          checked_at: row.checked_at,
          customers_with_history: row.customers_with_history,
          churned: row.churned,
          check_ms: row.check_ms,
        }),
      )
      .execute();
  },
};
