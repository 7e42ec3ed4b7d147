import type { Executor } from '../../db/dialect.ts';
import type { Segment, SegmentTable } from '../../db/schema.ts';

export const segmentsRepository = {
  list(db: Executor, workspaceId: string): Promise<Segment[]> {
    return db
      .selectFrom('segments')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .orderBy('name')
      .execute();
  },

  find(db: Executor, workspaceId: string, id: string): Promise<Segment | undefined> {
    return db
      .selectFrom('segments')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
  },

  findByName(db: Executor, workspaceId: string, name: string): Promise<Segment | undefined> {
    return db
      .selectFrom('segments')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('name', '=', name)
      .executeTakeFirst();
  },

  async insert(db: Executor, row: SegmentTable): Promise<void> {
    await db.insertInto('segments').values(row).execute();
  },

  async update(
    db: Executor,
    workspaceId: string,
    id: string,
    patch: Partial<Pick<SegmentTable, 'name' | 'description' | 'filter' | 'updated_at'>>,
  ): Promise<void> {
    await db
      .updateTable('segments')
      .set(patch)
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  },

  async remove(db: Executor, workspaceId: string, id: string): Promise<void> {
    await db
      .deleteFrom('segments')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  },

  /** Policies that target the segment (a segment in use cannot be deleted). */
  async usedByPolicies(db: Executor, workspaceId: string, id: string): Promise<string[]> {
    const rows = await db
      .selectFrom('cadence_policies')
      .select('name')
      .where('workspace_id', '=', workspaceId)
      .where('segment_id', '=', id)
      .execute();
    return rows.map((r) => r.name);
  },
};
