import type { Executor } from '../../db/dialect.ts';
import { refreshStatistics } from '../../db/statistics.ts';
import type { Pipeline, PipelineStage } from '../../db/schema.ts';
import { newId, nowIso } from '../../domain/ids.ts';
import type { Scope } from '../../domain/scope.ts';
import { DEFAULT_PIPELINE, type PipelineSpec } from '../../domain/sales/pipelines.ts';
import { dealsRepository } from './deals.repository.ts';

export type { NewDeal } from './deals.repository.ts';
import { pipelinesRepository } from './pipelines.repository.ts';

/** Rows of a new pipeline from its spec (the default, or what an admin sent). */
export function pipelineRows(
  workspaceId: string,
  spec: PipelineSpec,
  position: number,
): { pipeline: Pipeline; stages: PipelineStage[] } {
  const at = nowIso();
  const pipeline: Pipeline = {
    workspace_id: workspaceId,
    id: newId(),
    code: spec.code,
    name: spec.name.trim(),
    rotting_days: spec.rottingDays,
    position,
    created_at: at,
    updated_at: at,
  };
  const stages = spec.stages.map((s, i): PipelineStage => ({
    workspace_id: workspaceId,
    id: newId(),
    pipeline_id: pipeline.id,
    code: s.code,
    name: s.name.trim(),
    probability: s.probability,
    kind: s.kind,
    position: i,
    created_at: at,
    updated_at: at,
  }));
  return { pipeline, stages };
}

/**
 * What other modules, the seed and the composition root may do with pipelines and deals, inside
 * the caller's transaction. The deals module is the only writer of `pipelines`,
 * `pipeline_stages`, `deals`, `deal_contacts`, `deal_reasons` and `deal_competitors`.
 */
export const pipelineRecords = {
  /** A new workspace's default export pipeline (wired to workspace creation). */
  async seedDefault(db: Executor, workspaceId: string): Promise<void> {
    const { pipeline, stages } = pipelineRows(workspaceId, DEFAULT_PIPELINE, 0);
    await pipelinesRepository.insert(db, pipeline, stages);
  },

  list: (db: Executor, workspaceId: string) => pipelinesRepository.list(db, workspaceId),

  stages: (db: Executor, workspaceId: string) => pipelinesRepository.stages(db, workspaceId),

  namesOf: (db: Executor, workspaceId: string, ids: string[]) =>
    pipelinesRepository.namesOf(db, workspaceId, ids),
};

export const dealRecords = {
  /** After a bulk write grew them: fresh planner statistics of the deals' tables. */
  refreshStatistics: (db: Executor) => refreshStatistics(db, ['deals', 'deal_contacts']),

  /** Keeps the deals' copy of their customer's country in step (wired to the customers module). */
  followCountry: (db: Executor, workspaceId: string, customerIds: string[], country: string) =>
    dealsRepository.setCustomerCountry(db, workspaceId, customerIds, country),

  /** Deals written at once with their children (the demo seed). */
  insertMany: (db: Executor, rows: Parameters<typeof dealsRepository.insertMany>[1]) =>
    dealsRepository.insertMany(db, rows),

  /** Titles by id, for the audit log. */
  namesOf: (db: Executor, workspaceId: string, ids: string[]) =>
    dealsRepository.namesOf(db, workspaceId, ids),

  /** The deal when the scope may see it, with its customer (a quote names its deal). */
  async dealVisible(
    db: Executor,
    scope: Scope,
    id: string,
  ): Promise<{ customerId: string } | undefined> {
    const deal = await dealsRepository.findVisible(db, scope, id);
    return deal ? { customerId: deal.customer_id } : undefined;
  },

  /** A deal's value and currency when the scope may see it (the local value ledger's projects). */
  async valueVisible(
    db: Executor,
    scope: Scope,
    id: string,
  ): Promise<{ title: string; amountMinor: number; currency: string } | undefined> {
    const deal = await dealsRepository.findVisible(db, scope, id);
    return deal
      ? { title: deal.title, amountMinor: Number(deal.amount_minor), currency: deal.currency }
      : undefined;
  },
};
