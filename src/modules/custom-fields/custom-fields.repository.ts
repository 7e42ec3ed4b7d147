import { chunks, IN_LIST } from '../../db/chunks.ts';
import type { Executor } from '../../db/dialect.ts';
import type { CustomFieldDefinition } from '../../db/schema.ts';
import type { FieldDefinition } from '../../domain/custom-fields.ts';
import type { CustomFieldEntity } from '../../domain/enums.ts';

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
  /** The workspace's definitions, of one entity when named (keys are unique across entities). */
  list(
    db: Executor,
    workspaceId: string,
    entity?: CustomFieldEntity,
  ): Promise<CustomFieldDefinition[]> {
    let q = db
      .selectFrom('custom_field_definitions')
      .selectAll()
      .where('workspace_id', '=', workspaceId);
    if (entity) q = q.where('entity', '=', entity);
    return q.orderBy('key').execute();
  },

  /** The definitions as the domain validates and compiles against them. */
  async definitions(
    db: Executor,
    workspaceId: string,
    entity: CustomFieldEntity,
  ): Promise<(FieldDefinition & { label: string })[]> {
    return (await this.list(db, workspaceId, entity)).map((d) => ({
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
