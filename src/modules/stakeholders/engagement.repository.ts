import type { Insertable, Updateable } from 'kysely';
import type { Executor } from '../../db/dialect.ts';
import type {
  StakeholderInteraction,
  StakeholderInteractionTable,
  StakeholderPlan,
  StakeholderPlanTable,
} from '../../db/schema.ts';

/**
 * A stakeholder's interactions and engagement plan (issue 19). Whether the caller may see the
 * stakeholder is decided by the stakeholders repository before anything here is read.
 */
export const engagementRepository = {
  interactions(db: Executor, ws: string, stakeholderId: string): Promise<StakeholderInteraction[]> {
    return db
      .selectFrom('stakeholder_interactions')
      .selectAll()
      .where('workspace_id', '=', ws)
      .where('stakeholder_id', '=', stakeholderId)
      .orderBy('occurred_on', 'desc')
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .execute();
  },
  interaction(db: Executor, ws: string, stakeholderId: string, id: string) {
    return db
      .selectFrom('stakeholder_interactions')
      .selectAll()
      .where('workspace_id', '=', ws)
      .where('stakeholder_id', '=', stakeholderId)
      .where('id', '=', id)
      .executeTakeFirst();
  },
  async insertInteraction(db: Executor, row: Insertable<StakeholderInteractionTable>) {
    await db.insertInto('stakeholder_interactions').values(row).execute();
  },
  async removeInteraction(db: Executor, ws: string, id: string) {
    await db
      .deleteFrom('stakeholder_interactions')
      .where('workspace_id', '=', ws)
      .where('id', '=', id)
      .execute();
  },
  plans(db: Executor, ws: string, stakeholderId: string): Promise<StakeholderPlan[]> {
    return db
      .selectFrom('stakeholder_plans')
      .selectAll()
      .where('workspace_id', '=', ws)
      .where('stakeholder_id', '=', stakeholderId)
      .orderBy('status', 'desc') // open before done
      .orderBy('due_date')
      .orderBy('id')
      .execute();
  },
  plan(db: Executor, ws: string, stakeholderId: string, id: string) {
    return db
      .selectFrom('stakeholder_plans')
      .selectAll()
      .where('workspace_id', '=', ws)
      .where('stakeholder_id', '=', stakeholderId)
      .where('id', '=', id)
      .executeTakeFirst();
  },
  async insertPlan(db: Executor, row: Insertable<StakeholderPlanTable>) {
    await db.insertInto('stakeholder_plans').values(row).execute();
  },
  async updatePlan(db: Executor, ws: string, id: string, patch: Updateable<StakeholderPlanTable>) {
    await db
      .updateTable('stakeholder_plans')
      .set(patch)
      .where('workspace_id', '=', ws)
      .where('id', '=', id)
      .execute();
  },
  /** Everything of one stakeholder, before it is deleted (SQLite may run without foreign keys). */
  async removeFor(db: Executor, ws: string, stakeholderId: string) {
    for (const table of ['stakeholder_interactions', 'stakeholder_plans'] as const)
      await db
        .deleteFrom(table)
        .where('workspace_id', '=', ws)
        .where('stakeholder_id', '=', stakeholderId)
        .execute();
  },
};
