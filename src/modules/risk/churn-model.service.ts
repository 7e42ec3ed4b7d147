import type { Kysely } from 'kysely';
import { chunks } from '../../db/chunks.ts';
import type { ChurnModelRow, DB } from '../../db/schema.ts';
import { addDays } from '../../domain/calendar/dates.ts';
import {
  CHURN_FEATURES,
  CHURN_MODEL,
  churnExample,
  churnFeatures,
  predictChurn,
  trainChurnModel,
  type ChurnModel,
} from '../../domain/risk/churn-model.ts';
import { nowIso } from '../../domain/ids.ts';
import { requireRole, type Scope } from '../../domain/scope.ts';
import { AppError, fieldError } from '../../http/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { customerRecords } from '../customers/customer-records.service.ts';
import { activeJobId } from '../jobs/job-records.service.ts';
import type { JobRunner } from '../jobs/job-runner.ts';
import { churnFacts } from './churn-facts.ts';
import { CHURN_MODEL_CHECK_JOB, churnModelCheck } from './churn-model-check-job.ts';
import { churnModelChecksRepository } from './churn-model-checks.repository.ts';
import { churnModelRepository } from './churn-model.repository.ts';

type Stored = Pick<ChurnModel, 'features' | 'intercept' | 'coefficients' | 'scaler'>;
/** Facts are read this many customers at a time. */
const PAGE = 1000;

/**
 * The churn model trained on the workspace's own history (docs/risk.md, “The churn model”): who
 * is eligible, training (admin), switching it on (admin, audited) and a customer's probability
 * beside the rule-based score, never instead of it. Its facts are the rule's (`churnFacts`).
 */
export class ChurnModelService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly today: () => string = () => nowIso().slice(0, 10),
    /** runs a requested check at once in this process (without it, the next poll takes it) */
    private readonly runner?: JobRunner,
  ) {}

  /** Every training example of the workspace as of `trainedOn` (definition in the domain). */
  async examples(workspaceId: string, trainedOn: string) {
    const cutoff = addDays(trainedOn, -CHURN_MODEL.horizonDays);
    const live = await customerRecords.liveForClassification(this.db, workspaceId);
    const out: { id: string; features: number[]; churned: boolean }[] = [];
    for (const part of chunks(
      live.map((c) => ({ id: c.id, health_score: null })),
      PAGE,
    )) {
      const facts = await churnFacts(this.db, workspaceId, part, cutoff);
      for (const [id, input] of facts) {
        const ex = churnExample(input, trainedOn);
        if (ex) out.push({ id, ...ex });
      }
    }
    return out;
  }

  private static eligibility(counts: { customersWithHistory: number; churned: number }) {
    const have = counts.customersWithHistory;
    return {
      eligible:
        have >= CHURN_MODEL.minCustomers &&
        Math.min(counts.churned, have - counts.churned) >= CHURN_MODEL.minEachClass,
      customersWithHistory: have,
      churned: counts.churned,
      needed: CHURN_MODEL.minCustomers,
      neededEachOutcome: CHURN_MODEL.minEachClass,
    };
  }

  private static counted(examples: { churned: boolean }[]) {
    return {
      customersWithHistory: examples.length,
      churned: examples.filter((e) => e.churned).length,
    };
  }

  /**
   * Counts the workspace's history as of today and keeps the count (the nightly job, "check
   * now"). Reading every live customer's facts takes seconds in a large book, so the page reads
   * the kept count instead.
   */
  async check(workspaceId: string): Promise<void> {
    const started = performance.now();
    const today = this.today();
    const examples = await this.examples(workspaceId, today);
    await churnModelChecksRepository.save(
      this.db,
      checkRow(workspaceId, today, ChurnModelService.counted(examples), started),
    );
  }

  /** Queues a check of the scope's workspace (once at a time) and starts it here. */
  async requestCheck(scope: Scope) {
    requireRole(scope, 'manager', 'admin');
    const jobId = await churnModelCheck.enqueue(this.db, scope.workspaceId);
    if (jobId && this.runner) void this.runner.runNow(jobId);
    return this.status(scope);
  }

  /** The definition, the kept eligibility (null until first counted) and the trained model. */
  async status(scope: Scope) {
    requireRole(scope, 'manager', 'admin');
    const [row, checked, pending] = await Promise.all([
      churnModelRepository.find(this.db, scope.workspaceId),
      churnModelChecksRepository.find(this.db, scope.workspaceId),
      activeJobId(this.db, CHURN_MODEL_CHECK_JOB, scope.workspaceId),
    ]);
    return {
      definition: {
        version: CHURN_MODEL.version,
        horizonDays: CHURN_MODEL.horizonDays,
        historyDays: CHURN_MODEL.historyDays,
        holdoutPercent: CHURN_MODEL.holdoutPercent,
        features: [...CHURN_FEATURES],
      },
      eligibility: checked
        ? {
            ...ChurnModelService.eligibility({
              customersWithHistory: Number(checked.customers_with_history),
              churned: Number(checked.churned),
            }),
            checkedOn: checked.checked_on,
            checkedAt: checked.checked_at,
          }
        : null,
      checking: pending !== undefined,
      model: row ? modelOut(row) : null,
    };
  }

  async train(scope: Scope) {
    requireRole(scope, 'admin');
    const started = performance.now();
    const today = this.today();
    const examples = await this.examples(scope.workspaceId, today);
    const counts = ChurnModelService.counted(examples);
    // Training counted the history afresh: the page's kept eligibility says so too.
    const check = checkRow(scope.workspaceId, today, counts, started);
    const out = trainChurnModel(examples);
    if (!out.ok) {
      const e = ChurnModelService.eligibility(counts);
      throw AppError.conflict('Not enough history to train a churn model', [
        fieldError('', 'churn_model_not_eligible', {
          need: e.needed,
          each: e.neededEachOutcome,
          have: e.customersWithHistory,
          churned: e.churned,
        }),
      ]);
    }
    const m = out.model;
    const at = nowIso();
    const row: ChurnModelRow = {
      workspace_id: scope.workspaceId,
      version: m.version,
      model: JSON.stringify({
        features: m.features,
        intercept: m.intercept,
        coefficients: m.coefficients,
        scaler: m.scaler,
      } satisfies Stored),
      auc: m.auc,
      examples: m.examples,
      train_count: m.trainCount,
      holdout_count: m.holdoutCount,
      churned_count: m.churnedCount,
      trained_on: today,
      trained_at: at,
      trained_by: scope.userId,
      train_ms: Math.round(performance.now() - started),
      enabled: 0,
      enabled_at: null,
      enabled_by: null,
    };
    await this.db.transaction().execute(async (tx) => {
      const before = await churnModelRepository.find(tx, scope.workspaceId);
      await churnModelRepository.replace(tx, row);
      await churnModelChecksRepository.save(tx, check);
      await recordAudit(tx, scope, {
        action: 'update',
        entityType: 'churn_model',
        entityId: scope.workspaceId,
        changes: {
          auc: { before: before ? Number(before.auc) : null, after: m.auc },
          enabled: { before: before ? before.enabled === 1 : false, after: false },
        },
      });
    });
    return modelOut(row);
  }

  async setEnabled(scope: Scope, enabled: boolean) {
    requireRole(scope, 'admin');
    return this.db.transaction().execute(async (tx) => {
      const row = await churnModelRepository.find(tx, scope.workspaceId);
      if (!row)
        throw AppError.conflict('No churn model trained', [
          fieldError('/enabled', 'churn_model_missing'),
        ]);
      const at = nowIso();
      if ((row.enabled === 1) !== enabled) {
        await churnModelRepository.setEnabled(tx, scope.workspaceId, enabled, scope.userId, at);
        await recordAudit(tx, scope, {
          action: 'update',
          entityType: 'churn_model',
          entityId: scope.workspaceId,
          changes: { enabled: { before: row.enabled === 1, after: enabled } },
        });
      }
      return modelOut((await churnModelRepository.find(tx, scope.workspaceId))!);
    });
  }

  /**
   * The model's probability for one customer (the caller found it visible), or null while no
   * model is switched on. Worked out live from the same facts as the rule-based score.
   */
  async of(workspaceId: string, customer: { id: string; health_score: number | null }) {
    const row = await churnModelRepository.find(this.db, workspaceId);
    if (!row || row.enabled !== 1) return null;
    const model = JSON.parse(row.model) as Stored;
    const facts = await churnFacts(this.db, workspaceId, [customer], this.today());
    const features = churnFeatures(facts.get(customer.id)!);
    if (!features) return null;
    const p = predictChurn(model, features);
    return {
      probability: round(p.probability, 4),
      horizonDays: CHURN_MODEL.horizonDays,
      auc: round(Number(row.auc), 4),
      trainedOn: row.trained_on,
      contributions: model.features.map((feature, j) => ({
        feature,
        value: round(features[j]!, 4),
        contribution: round(p.contributions[j]!, 4),
      })),
    };
  }
}

function checkRow(
  workspaceId: string,
  today: string,
  counts: { customersWithHistory: number; churned: number },
  started: number,
) {
  return {
    workspace_id: workspaceId,
    checked_on: today,
    checked_at: nowIso(),
    customers_with_history: counts.customersWithHistory,
    churned: counts.churned,
    check_ms: Math.round(performance.now() - started),
  };
}

const round = (v: number, d: number) => Math.round(v * 10 ** d) / 10 ** d;

function modelOut(row: ChurnModelRow) {
  const m = JSON.parse(row.model) as Stored;
  return {
    version: Number(row.version),
    trainedOn: row.trained_on,
    trainedAt: row.trained_at,
    trainedBy: row.trained_by,
    trainMs: Number(row.train_ms),
    auc: round(Number(row.auc), 4),
    examples: Number(row.examples),
    trainCount: Number(row.train_count),
    holdoutCount: Number(row.holdout_count),
    churnedCount: Number(row.churned_count),
    enabled: row.enabled === 1,
    enabledAt: row.enabled_at,
    enabledBy: row.enabled_by,
    intercept: round(m.intercept, 6),
    coefficients: m.features.map((feature, j) => ({
      feature,
      coefficient: round(m.coefficients[j]!, 6),
      mean: round(m.scaler.means[j]!, 6),
      scale: round(m.scaler.scales[j]!, 6),
    })),
  };
}
