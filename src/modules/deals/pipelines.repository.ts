import { chunks, IN_LIST } from '../../db/chunks.ts';
import { insertRows } from '../../db/bulk-insert.ts';
import type { Executor } from '../../db/dialect.ts';
import type {
  Pipeline,
  PipelineStage,
  PipelineStageTable,
  PipelineTable,
} from '../../db/schema.ts';

type PipelinePatch = Partial<Pick<PipelineTable, 'name' | 'rotting_days' | 'updated_at'>>;
type StagePatch = Partial<
  Pick<PipelineStageTable, 'name' | 'probability' | 'kind' | 'position' | 'updated_at'>
>;

/** The only code touching `pipelines` and `pipeline_stages`. */
export const pipelinesRepository = {
  list(db: Executor, workspaceId: string): Promise<Pipeline[]> {
    return db
      .selectFrom('pipelines')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .orderBy('position')
      .orderBy('id')
      .execute();
  },

  find(db: Executor, workspaceId: string, id: string): Promise<Pipeline | undefined> {
    return db
      .selectFrom('pipelines')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
  },

  byName(db: Executor, workspaceId: string, name: string): Promise<Pipeline | undefined> {
    return db
      .selectFrom('pipelines')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('name', '=', name)
      .executeTakeFirst();
  },

  /** Stages of the given pipelines (all when none given), in pipeline order then position. */
  stages(db: Executor, workspaceId: string, pipelineIds?: string[]): Promise<PipelineStage[]> {
    let q = db.selectFrom('pipeline_stages').selectAll().where('workspace_id', '=', workspaceId);
    if (pipelineIds) q = q.where('pipeline_id', 'in', pipelineIds.length ? pipelineIds : ['']);
    return q.orderBy('pipeline_id').orderBy('position').execute();
  },

  findStage(db: Executor, workspaceId: string, id: string): Promise<PipelineStage | undefined> {
    return db
      .selectFrom('pipeline_stages')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
  },

  async nextPosition(db: Executor, workspaceId: string): Promise<number> {
    const r = await db
      .selectFrom('pipelines')
      .select((eb) => eb.fn.max('position').as('p'))
      .where('workspace_id', '=', workspaceId)
      .executeTakeFirst();
    return r?.p === null || r?.p === undefined ? 0 : Number(r.p) + 1;
  },

  async count(db: Executor, workspaceId: string): Promise<number> {
    const r = await db
      .selectFrom('pipelines')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('workspace_id', '=', workspaceId)
      .executeTakeFirstOrThrow();
    return Number(r.n);
  },

  async insert(db: Executor, pipeline: Pipeline, stages: PipelineStage[]): Promise<void> {
    await db.insertInto('pipelines').values(pipeline).execute();
    await insertRows(db, 'pipeline_stages', stages);
  },

  async insertStages(db: Executor, stages: PipelineStage[]): Promise<void> {
    await insertRows(db, 'pipeline_stages', stages);
  },

  async update(db: Executor, workspaceId: string, id: string, patch: PipelinePatch) {
    if (!Object.keys(patch).length) return;
    await db
      .updateTable('pipelines')
      .set(patch)
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  },

  async updateStage(db: Executor, workspaceId: string, id: string, patch: StagePatch) {
    if (!Object.keys(patch).length) return;
    await db
      .updateTable('pipeline_stages')
      .set(patch)
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  },

  async deleteStages(db: Executor, workspaceId: string, ids: string[]): Promise<void> {
    for (const part of chunks(ids, IN_LIST))
      await db
        .deleteFrom('pipeline_stages')
        .where('workspace_id', '=', workspaceId)
        .where('id', 'in', part)
        .execute();
  },

  /** Deletes a pipeline; its stages go with it (foreign key cascade). */
  async remove(db: Executor, workspaceId: string, id: string): Promise<void> {
    await db
      .deleteFrom('pipelines')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  },

  /** Names by id, for the audit log. */
  async namesOf(db: Executor, workspaceId: string, ids: string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const part of chunks(ids, IN_LIST))
      for (const r of await db
        .selectFrom('pipelines')
        .select(['id', 'name'])
        .where('workspace_id', '=', workspaceId)
        .where('id', 'in', part)
        .execute())
        out.set(r.id, r.name);
    return out;
  },
};
