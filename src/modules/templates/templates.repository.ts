import type { Executor } from '../../db/dialect.ts';
import type { Template, TemplateVariant } from '../../db/schema.ts';

/** The only code touching `templates` and `template_variants`. Templates are workspace-wide. */
export const templatesRepository = {
  list(db: Executor, workspaceId: string): Promise<Template[]> {
    return db
      .selectFrom('templates')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .orderBy('name')
      .orderBy('id')
      .execute();
  },

  find(db: Executor, workspaceId: string, id: string): Promise<Template | undefined> {
    return db
      .selectFrom('templates')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
  },

  byName(db: Executor, workspaceId: string, name: string) {
    return db
      .selectFrom('templates')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where('name', '=', name)
      .executeTakeFirst();
  },

  variantsOf(db: Executor, workspaceId: string, ids: string[]): Promise<TemplateVariant[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return db
      .selectFrom('template_variants')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('template_id', 'in', ids)
      .orderBy('template_id')
      .orderBy('language')
      .execute();
  },

  async insert(db: Executor, row: Template): Promise<void> {
    await db.insertInto('templates').values(row).execute();
  },

  async update(
    db: Executor,
    workspaceId: string,
    id: string,
    patch: Partial<Pick<Template, 'name' | 'description' | 'default_language' | 'updated_at'>>,
  ): Promise<void> {
    await db
      .updateTable('templates')
      .set(patch)
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  },

  /** Replaces a template's variants with `rows` (all of them: a language left out is removed). */
  async replaceVariants(
    db: Executor,
    workspaceId: string,
    id: string,
    rows: TemplateVariant[],
  ): Promise<void> {
    await db
      .deleteFrom('template_variants')
      .where('workspace_id', '=', workspaceId)
      .where('template_id', '=', id)
      .execute();
    if (rows.length) await db.insertInto('template_variants').values(rows).execute();
  },

  async remove(db: Executor, workspaceId: string, id: string): Promise<void> {
    await db
      .deleteFrom('template_variants')
      .where('workspace_id', '=', workspaceId)
      .where('template_id', '=', id)
      .execute();
    await db
      .deleteFrom('templates')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  },
};
