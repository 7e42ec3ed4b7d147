import { chunks, IN_LIST } from '../../db/chunks.ts';
import type { Executor } from '../../db/dialect.ts';
import type { CustomFieldDefinition } from '../../db/schema.ts';
import type { FieldDefinition } from '../../domain/custom-fields.ts';

export const customFieldsRepository = {
  /** Custom field labels by id, in few statements (the audit log). */
  async namesOf(db: Executor, workspaceId: string, ids: string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const part of chunks([...new Set(ids)], IN_LIST)) {
      const rows = await db
        .selectFrom('custom_field_definitions')
        .select(['id', 'label'])
        .where('workspace_id', '=', workspaceId)
        .where('id', 'in', part)
        .execute();
      for (const r of rows) out.set(r.id, r.label);
    }
    return out;
  },
  list(db: Executor, workspaceId: string): Promise<CustomFieldDefinition[]> {
    return db
      .selectFrom('custom_field_definitions')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .orderBy('key')
      .execute();
  },

  /** The definitions as the domain validates and compiles against them. */
  async definitions(
    db: Executor,
    workspaceId: string,
  ): Promise<(FieldDefinition & { label: string })[]> {
    return (await this.list(db, workspaceId)).map((d) => ({
      key: d.key,
      type: d.type,
      options: JSON.parse(d.options) as string[],
      label: d.label,
    }));
  },

  async insert(db: Executor, row: CustomFieldDefinition): Promise<void> {
    await db.insertInto('custom_field_definitions').values(row).execute();
  },

  async remove(db: Executor, workspaceId: string, id: string): Promise<boolean> {
    const r = await db
      .deleteFrom('custom_field_definitions')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  },
};
