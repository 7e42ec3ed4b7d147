import type { Executor } from '../../db/dialect.ts';
import type { LeadForm } from '../../db/schema.ts';

export const leadFormsRepository = {
  list(db: Executor, workspaceId: string): Promise<LeadForm[]> {
    return db
      .selectFrom('lead_forms')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .orderBy('name')
      .execute();
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
