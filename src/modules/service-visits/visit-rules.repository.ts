import type { Executor } from '../../db/dialect.ts';
import type { ServiceVisitRule, ServiceVisitRuleTable } from '../../db/schema.ts';
import type { VisitTrigger } from '../../domain/service/visits.ts';

/** The only writer of `service_visit_rules`. */
export const visitRulesRepository = {
  list(db: Executor, workspaceId: string): Promise<ServiceVisitRule[]> {
    return db
      .selectFrom('service_visit_rules')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
  },

  /** The enabled rules of these triggers (an event asks for its own: most workspaces have none). */
  enabled(db: Executor, workspaceId: string, triggers: VisitTrigger[]) {
    return db
      .selectFrom('service_visit_rules')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('enabled', '=', 1)
      .where('trigger', 'in', triggers)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
  },

  find(db: Executor, workspaceId: string, id: string): Promise<ServiceVisitRule | undefined> {
    return db
      .selectFrom('service_visit_rules')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
  },

  async insert(db: Executor, row: ServiceVisitRuleTable): Promise<void> {
    await db.insertInto('service_visit_rules').values(row).execute();
  },

  async update(
    db: Executor,
    workspaceId: string,
    id: string,
    patch: Partial<Omit<ServiceVisitRuleTable, 'workspace_id' | 'id' | 'created_at'>>,
  ): Promise<void> {
    await db
      .updateTable('service_visit_rules')
      .set(patch)
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  },

  async remove(db: Executor, workspaceId: string, id: string): Promise<void> {
    await db
      .deleteFrom('service_visit_rules')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  },

  namesOf(db: Executor, workspaceId: string, ids: string[]) {
    return db
      .selectFrom('service_visit_rules')
      .select(['id', 'name'])
      .where('workspace_id', '=', workspaceId)
      .where('id', 'in', ids.length ? ids : ['-'])
      .execute();
  },
};
