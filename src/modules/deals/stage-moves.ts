import type { Executor } from '../../db/dialect.ts';
import type { Deal, PipelineStage } from '../../db/schema.ts';
import type { Scope } from '../../domain/scope.ts';
import type { Changes } from '../audit/audit.service.ts';
import { recordAudits } from '../audit/audit.service.ts';
import { dealsRepository, type DealPatch } from './deals.repository.ts';

/**
 * What entering a stage changes on a deal: the stage (and pipeline), the status the stage's kind
 * gives, the stage's default probability unless one is set with the move, when it entered, and
 * when it closed (kept while it stays closed, cleared when it reopens).
 */
export function stageMove(
  deal: Pick<Deal, 'stage_id' | 'closed_at' | 'status'>,
  to: Pick<PipelineStage, 'id' | 'pipeline_id' | 'kind' | 'probability'>,
  at: string,
  probability?: number,
): DealPatch {
  const closedAt = to.kind === 'open' ? null : deal.status === to.kind ? deal.closed_at : at;
  return {
    pipeline_id: to.pipeline_id,
    stage_id: to.id,
    status: to.kind,
    probability: probability ?? to.probability,
    stage_entered_at: at,
    closed_at: closedAt,
  };
}

/**
 * A stage move as the audit log keeps it: the stage ids and, for people reading the timeline,
 * the stage names as they were at the time.
 */
export function stageChanges(from: Pick<PipelineStage, 'id' | 'name'>, to: typeof from): Changes {
  return {
    stageId: { before: from.id, after: to.id },
    stage: { before: from.name, after: to.name },
  };
}

/** Moves deals to another stage (a stage being removed), each audited as its own stage move. */
export async function moveDeals(
  tx: Executor,
  scope: Scope,
  deals: Deal[],
  stages: { from: PipelineStage; to: PipelineStage },
  at: string,
): Promise<void> {
  for (const d of deals)
    await dealsRepository.update(tx, scope.workspaceId, d.id, {
      ...stageMove(d, stages.to, at),
      updated_at: at,
    });
  await recordAudits(
    tx,
    scope,
    deals.map((d) => ({
      action: 'update' as const,
      entityType: 'deal',
      entityId: d.id,
      changes: {
        ...stageChanges(stages.from, stages.to),
        ...(d.probability !== stages.to.probability
          ? { probability: { before: d.probability, after: stages.to.probability } }
          : {}),
      },
    })),
  );
}
