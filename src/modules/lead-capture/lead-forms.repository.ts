import type { Executor } from '../../db/dialect.ts';
import type { LeadForm } from '../../db/schema.ts';
import { visibleTo } from '../../db/visibility.ts';
import type { Scope } from '../../domain/scope.ts';

export const leadFormsRepository = {
  /** The forms whose owner the scope may see (a manager: their teams'; an admin: all). */
  list(db: Executor, scope: Scope): Promise<LeadForm[]> {
    return db
      .selectFrom('lead_forms')
      .selectAll()
      .where('workspace_id', '=', scope.workspaceId)
      .$call(visibleTo(scope, 'lead_forms.owner_id'))
      .orderBy('name')
      .execute();
  },

  findVisible(db: Executor, scope: Scope, id: string): Promise<LeadForm | undefined> {
    return db
      .selectFrom('lead_forms')
      .selectAll()
      .where('workspace_id', '=', scope.workspaceId)
      .where('id', '=', id)
      .$call(visibleTo(scope, 'lead_forms.owner_id'))
      .executeTakeFirst();
  },

  byKey(db: Executor, workspaceId: string, formKey: string): Promise<LeadForm | undefined> {
    return db
      .selectFrom('lead_forms')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('form_key', '=', formKey)
      .executeTakeFirst();
  },

  async insert(db: Executor, row: LeadForm): Promise<void> {
    await db.insertInto('lead_forms').values(row).execute();
  },

  async remove(db: Executor, workspaceId: string, id: string): Promise<boolean> {
    const r = await db
      .deleteFrom('lead_forms')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  },
};
