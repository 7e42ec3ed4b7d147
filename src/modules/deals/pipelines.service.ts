import type { Kysely } from 'kysely';
import type { Executor } from '../../db/dialect.ts';
import type { DB, Pipeline, PipelineStage } from '../../db/schema.ts';
import { newId, nowIso } from '../../domain/ids.ts';
import { stageListProblems } from '../../domain/sales/pipelines.ts';
import { requireRole, type Scope } from '../../domain/scope.ts';
import { AppError, fieldError, type FieldError } from '../../http/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { pipelineRows } from './deal-records.service.ts';
import { dealsRepository } from './deals.repository.ts';
import type { PipelineBody, PipelineOut, PipelinePatch } from './pipelines.schemas.ts';
import { pipelinesRepository } from './pipelines.repository.ts';
import { moveDeals } from './stage-moves.ts';

export const toPipelineOut = (p: Pipeline, stages: PipelineStage[]): PipelineOut => ({
  id: p.id,
  code: p.code,
  name: p.name,
  rottingDays: p.rotting_days,
  position: p.position,
  stages: stages
    .filter((s) => s.pipeline_id === p.id)
    .sort((a, b) => a.position - b.position)
    .map((s) => ({
      id: s.id,
      code: s.code,
      name: s.name,
      probability: s.probability,
      kind: s.kind,
      position: s.position,
    })),
});

const stageNames = (stages: { name: string }[]) => stages.map((s) => s.name);

/** Pipelines and their stages: everyone reads them, admins shape them. */
export class PipelinesService {
  constructor(private readonly db: Kysely<DB>) {}

  async list(scope: Scope): Promise<{ items: PipelineOut[] }> {
    const pipelines = await pipelinesRepository.list(this.db, scope.workspaceId);
    const stages = await pipelinesRepository.stages(this.db, scope.workspaceId);
    return { items: pipelines.map((p) => toPipelineOut(p, stages)) };
  }

  get(scope: Scope, id: string): Promise<PipelineOut> {
    return this.read(this.db, scope, id);
  }

  async create(scope: Scope, body: PipelineBody): Promise<PipelineOut> {
    requireRole(scope, 'admin');
    const errors = stageListProblems(body.stages);
    body.stages.forEach((s, i) => {
      if (s.id) errors.push(fieldError(`/stages/${i}/id`, 'stage_not_in_pipeline'));
    });
    if (errors.length) throw AppError.validation(errors);
    return this.db.transaction().execute(async (tx) => {
      await this.checkName(tx, scope, body.name.trim());
      const position = await pipelinesRepository.nextPosition(tx, scope.workspaceId);
      const { pipeline, stages } = pipelineRows(
        scope.workspaceId,
        {
          code: null,
          name: body.name,
          rottingDays: body.rottingDays ?? null,
          stages: body.stages.map((s) => ({ ...s, code: null })),
        },
        position,
      );
      await pipelinesRepository.insert(tx, pipeline, stages);
      await recordAudit(tx, scope, {
        action: 'create',
        entityType: 'pipeline',
        entityId: pipeline.id,
        changes: {
          name: { before: null, after: pipeline.name },
          stages: { before: null, after: stageNames(stages) },
        },
      });
      return toPipelineOut(pipeline, stages);
    });
  }

  /**
   * Renames, sets the rotting limit, and reshapes the stages: the list given is the new order;
   * entries with an id keep that stage (renamed, re-weighted), entries without one are new, and
   * stages left out are removed — refused while they hold deals, as is changing the kind of a
   * stage with deals (it would silently reopen or close them).
   */
  async update(scope: Scope, id: string, patch: PipelinePatch): Promise<PipelineOut> {
    requireRole(scope, 'admin');
    if (patch.stages) {
      const errors = stageListProblems(patch.stages);
      if (errors.length) throw AppError.validation(errors);
    }
    return this.db.transaction().execute(async (tx) => {
      const pipeline = await pipelinesRepository.find(tx, scope.workspaceId, id);
      if (!pipeline) throw AppError.notFound('Pipeline');
      const at = nowIso();
      const name = patch.name?.trim();
      if (name !== undefined && name !== pipeline.name) await this.checkName(tx, scope, name);
      const before = await pipelinesRepository.stages(tx, scope.workspaceId, [id]);
      if (patch.stages) await this.reshape(tx, scope, pipeline, before, patch.stages, at);
      await pipelinesRepository.update(tx, scope.workspaceId, id, {
        ...(name !== undefined ? { name } : {}),
        ...(patch.rottingDays !== undefined ? { rotting_days: patch.rottingDays } : {}),
        updated_at: at,
      });
      const after = await this.read(tx, scope, id);
      const changes: Record<string, { before: unknown; after: unknown }> = {};
      if (after.name !== pipeline.name) changes.name = { before: pipeline.name, after: after.name };
      if (after.rottingDays !== pipeline.rotting_days)
        changes.rottingDays = { before: pipeline.rotting_days, after: after.rottingDays };
      const [was, is] = [stageNames(before), stageNames(after.stages)];
      if (JSON.stringify(was) !== JSON.stringify(is)) changes.stages = { before: was, after: is };
      await recordAudit(tx, scope, {
        action: 'update',
        entityType: 'pipeline',
        entityId: id,
        changes,
      });
      return after;
    });
  }

  /** Deletes a pipeline without deals; the workspace keeps at least one. */
  async remove(scope: Scope, id: string): Promise<void> {
    requireRole(scope, 'admin');
    await this.db.transaction().execute(async (tx) => {
      const pipeline = await pipelinesRepository.find(tx, scope.workspaceId, id);
      if (!pipeline) throw AppError.notFound('Pipeline');
      const deals = await dealsRepository.countInPipeline(tx, scope.workspaceId, id);
      if (deals)
        throw AppError.conflict(`The pipeline still has ${deals} deals`, [
          fieldError('/id', 'pipeline_has_deals', { count: deals }),
        ]);
      if ((await pipelinesRepository.count(tx, scope.workspaceId)) <= 1)
        throw AppError.conflict('The workspace needs at least one pipeline', [
          fieldError('/id', 'pipeline_last'),
        ]);
      await pipelinesRepository.remove(tx, scope.workspaceId, id);
      await recordAudit(tx, scope, {
        action: 'delete',
        entityType: 'pipeline',
        entityId: id,
        changes: { name: { before: pipeline.name, after: null } },
      });
    });
  }

  /**
   * Removes one stage. Its deals must go somewhere first: without `moveTo` a stage with deals is
   * refused (409 stage_has_deals); with it, each deal moves to that stage (audited as a stage move).
   */
  async removeStage(
    scope: Scope,
    pipelineId: string,
    stageId: string,
    moveTo?: string,
  ): Promise<PipelineOut> {
    requireRole(scope, 'admin');
    return this.db.transaction().execute(async (tx) => {
      const pipeline = await pipelinesRepository.find(tx, scope.workspaceId, pipelineId);
      if (!pipeline) throw AppError.notFound('Pipeline');
      const stages = await pipelinesRepository.stages(tx, scope.workspaceId, [pipelineId]);
      const stage = stages.find((s) => s.id === stageId);
      if (!stage) throw AppError.notFound('Stage');
      const rest = stages.filter((s) => s.id !== stageId);
      const problems = stageListProblems(rest);
      if (problems.length) throw AppError.validation(problems);
      const deals = await dealsRepository.inStage(tx, scope.workspaceId, stageId);
      if (deals.length) {
        const target = rest.find((s) => s.id === moveTo);
        if (!moveTo)
          throw AppError.conflict(`The stage still has ${deals.length} deals`, [
            fieldError('/moveTo', 'stage_has_deals', { count: deals.length }),
          ]);
        if (!target) throw AppError.validation([fieldError('/moveTo', 'stage_not_in_pipeline')]);
        await moveDeals(tx, scope, deals, { from: stage, to: target }, nowIso());
      }
      await pipelinesRepository.deleteStages(tx, scope.workspaceId, [stageId]);
      for (const [i, s] of rest.entries())
        if (s.position !== i)
          await pipelinesRepository.updateStage(tx, scope.workspaceId, s.id, { position: i });
      await recordAudit(tx, scope, {
        action: 'update',
        entityType: 'pipeline',
        entityId: pipelineId,
        changes: { stages: { before: stageNames(stages), after: stageNames(rest) } },
      });
      return this.read(tx, scope, pipelineId);
    });
  }

  private async reshape(
    tx: Executor,
    scope: Scope,
    pipeline: Pipeline,
    current: PipelineStage[],
    wanted: NonNullable<PipelinePatch['stages']>,
    at: string,
  ): Promise<void> {
    const byId = new Map(current.map((s) => [s.id, s]));
    const errors: FieldError[] = [];
    const kept = new Set<string>();
    wanted.forEach((s, i) => {
      if (!s.id) return;
      if (!byId.has(s.id)) errors.push(fieldError(`/stages/${i}/id`, 'stage_not_in_pipeline'));
      else if (kept.has(s.id))
        errors.push(fieldError(`/stages/${i}/id`, 'duplicate_value', { value: s.id }));
      kept.add(s.id);
    });
    if (errors.length) throw AppError.validation(errors);
    const removed = current.filter((s) => !kept.has(s.id));
    const kindChanged = wanted.filter((s) => s.id && byId.get(s.id)?.kind !== s.kind);
    const counts = await dealsRepository.countByStage(tx, scope.workspaceId, [
      ...removed.map((s) => s.id),
      ...kindChanged.map((s) => s.id ?? ''),
    ]);
    const conflicts: FieldError[] = [];
    for (const s of removed) {
      const count = counts.get(s.id);
      if (count) conflicts.push(fieldError('/stages', 'stage_has_deals', { count }));
    }
    wanted.forEach((s, i) => {
      const count = s.id && kindChanged.includes(s) ? counts.get(s.id) : 0;
      if (count) conflicts.push(fieldError(`/stages/${i}/kind`, 'stage_has_deals', { count }));
    });
    if (conflicts.length)
      throw AppError.conflict('Stages with deals cannot be removed or change kind', conflicts);
    await pipelinesRepository.deleteStages(
      tx,
      scope.workspaceId,
      removed.map((s) => s.id),
    );
    const added: PipelineStage[] = [];
    for (const [position, s] of wanted.entries()) {
      const fields = { name: s.name.trim(), probability: s.probability, kind: s.kind, position };
      if (s.id)
        await pipelinesRepository.updateStage(tx, scope.workspaceId, s.id, {
          ...fields,
          updated_at: at,
        });
      else
        added.push({
          workspace_id: scope.workspaceId,
          id: newId(),
          pipeline_id: pipeline.id,
          code: null,
          ...fields,
          created_at: at,
          updated_at: at,
        });
    }
    await pipelinesRepository.insertStages(tx, added);
  }

  private async checkName(tx: Executor, scope: Scope, name: string): Promise<void> {
    if (await pipelinesRepository.byName(tx, scope.workspaceId, name))
      throw AppError.conflict(`A pipeline named ${name} exists`, [fieldError('/name', 'taken')]);
  }

  private async read(db: Executor, scope: Scope, id: string): Promise<PipelineOut> {
    const p = await pipelinesRepository.find(db, scope.workspaceId, id);
    if (!p) throw AppError.notFound('Pipeline');
    return toPipelineOut(p, await pipelinesRepository.stages(db, scope.workspaceId, [id]));
  }
}
