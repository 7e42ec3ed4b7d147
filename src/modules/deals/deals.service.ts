import type { Kysely } from 'kysely';
import type { Executor } from '../../db/dialect.ts';
import type { DB, PipelineStage } from '../../db/schema.ts';
import { addDays } from '../../domain/calendar/dates.ts';
import { newId, nowIso } from '../../domain/ids.ts';
import type { Scope } from '../../domain/scope.ts';
import { AppError, fieldError } from '../../http/errors.ts';
import { toPage } from '../../http/pagination.ts';
import { auditTrail, recordAudit } from '../audit/audit.service.ts';
import { customerRecords } from '../customers/customer-records.service.ts';
import { segmentConditions } from '../segments/segment-conditions.service.ts';
import type { ActivitiesService } from '../relationship/activities.service.ts';
import { dealChildren, fullDeal } from './deal-children.ts';
import { timeline, toDealOut } from './deals.mapper.ts';
import { dealsRepository, type DealPatch, type DealRow, type NewDeal } from './deals.repository.ts';
import type { DealBody, DealPatchBody, DealQuery } from './deals.schemas.ts';
import { contactProblems, dealFieldProblems, ownerProblems } from './deals.validation.ts';
import { pipelinesRepository } from './pipelines.repository.ts';
import { stageChanges, stageMove } from './stage-moves.ts';

type Changes = Record<string, { before: unknown; after: unknown }>;

/** Deals of customers in the caller's scope: out of scope is "not found", lists included. */
export class DealsService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly activities: ActivitiesService,
  ) {}

  async list(scope: Scope, query: DealQuery) {
    const limit = query.limit ?? 50;
    const { segmentId, ...filters } = query;
    const segment = segmentId
      ? (await segmentConditions(this.db, scope.workspaceId, [segmentId])).get(segmentId)
      : undefined;
    if (segmentId && !segment)
      throw AppError.validation([fieldError('/segmentId', 'no_such', { entity: 'segment' })]);
    const rows = await dealsRepository.list(this.db, scope, {
      ...filters,
      segment,
      country: query.country?.toUpperCase(),
      limit: limit + 1,
    });
    const pipelines = await this.pipelines(this.db, scope);
    const now = new Date();
    return toPage(rows, limit, (r) => toDealOut(r, pipelines, now));
  }

  /** One deal with its contacts, reasons, competitors and timeline. */
  async get(scope: Scope, id: string) {
    const full = await this.read(this.db, scope, id);
    const [touches, audit] = await Promise.all([
      this.activities.list(scope, { customerId: full.customerId, limit: 50 }),
      auditTrail(this.db, scope.workspaceId, { type: 'deal', id }),
    ]);
    return { ...full, timeline: timeline(touches.items, audit) };
  }

  async create(scope: Scope, body: DealBody) {
    const errors = dealFieldProblems(body);
    if (errors.length) throw AppError.validation(errors);
    return this.db.transaction().execute((tx) => this.createIn(tx, scope, body, null));
  }

  private async createIn(tx: Executor, scope: Scope, body: DealBody, repeatOf: string | null) {
    const customer = await customerRecords.findVisible(tx, scope, body.customerId);
    if (!customer)
      throw AppError.validation([
        fieldError('/customerId', 'not_in_scope', { entity: 'customer' }),
      ]);
    const stage = await this.stageFor(tx, scope, body.pipelineId, body.stageId);
    const problems = [
      ...(body.ownerId ? await ownerProblems(tx, scope, body.ownerId) : []),
      ...(await contactProblems(tx, customer, body.contacts ?? [])),
    ];
    if (problems.length) throw AppError.validation(problems);
    const at = nowIso();
    const row: NewDeal = {
      workspace_id: scope.workspaceId,
      id: newId(),
      customer_id: customer.id,
      customer_country: customer.country,
      pipeline_id: stage.pipeline_id,
      stage_id: stage.id,
      title: body.title.trim(),
      amount_minor: body.amountMinor,
      currency: body.currency.toUpperCase(),
      expected_close_date: body.expectedCloseDate,
      probability: body.probability ?? stage.probability,
      status: stage.kind,
      // A deal belongs to whoever looks after the customer unless someone else is named.
      owner_id: body.ownerId ?? customer.owner_id,
      source: body.source?.trim() || null,
      next_step: body.nextStep?.trim() || null,
      stage_entered_at: at,
      closed_at: stage.kind === 'open' ? null : at,
      repeat_of_id: repeatOf,
      created_by: scope.userId || null,
      created_at: at,
      updated_at: at,
    };
    await dealsRepository.insert(tx, row);
    await dealChildren.replace(tx, row, body);
    await recordAudit(tx, scope, {
      action: 'create',
      entityType: 'deal',
      entityId: row.id,
      changes: {
        title: { before: null, after: row.title },
        customerId: { before: null, after: row.customer_id },
        stage: { before: null, after: stage.name },
        amountMinor: { before: null, after: row.amount_minor },
        currency: { before: null, after: row.currency },
        expectedCloseDate: { before: null, after: row.expected_close_date },
        ...(repeatOf ? { repeatOfId: { before: null, after: repeatOf } } : {}),
      },
    });
    return this.read(tx, scope, row.id);
  }

  /**
   * Edits a deal; a new stage is a stage move (the stage's probability unless one is sent, the
   * time it entered, won or lost). Every changed field is audited, the expected close date and
   * the stage included.
   */
  async update(scope: Scope, id: string, patch: DealPatchBody) {
    return this.db.transaction().execute(async (tx) => {
      // Out of scope is "not found" before anything about the body is said.
      const deal = await dealsRepository.findVisible(tx, scope, id);
      if (!deal) throw AppError.notFound('Deal');
      const errors = dealFieldProblems(patch);
      if (errors.length) throw AppError.validation(errors);
      const at = nowIso();
      const next: DealPatch = {};
      const changes: Changes = {};
      const set = <K extends keyof DealPatch>(key: K, field: string, value: DealPatch[K]) => {
        if (value === undefined || deal[key] === value) return;
        next[key] = value;
        changes[field] = { before: deal[key], after: value };
      };
      set('title', 'title', patch.title?.trim());
      set('amount_minor', 'amountMinor', patch.amountMinor);
      set('currency', 'currency', patch.currency?.toUpperCase());
      set('expected_close_date', 'expectedCloseDate', patch.expectedCloseDate);
      set(
        'source',
        'source',
        patch.source === undefined ? undefined : patch.source?.trim() || null,
      );
      set(
        'next_step',
        'nextStep',
        patch.nextStep === undefined ? undefined : patch.nextStep?.trim() || null,
      );
      if (patch.ownerId !== undefined && patch.ownerId !== deal.owner_id) {
        const problems = await ownerProblems(tx, scope, patch.ownerId);
        if (problems.length) throw AppError.validation(problems);
        set('owner_id', 'ownerId', patch.ownerId);
      }
      await this.moveStage(tx, scope, deal, patch, at, next, changes);
      if (patch.probability !== undefined && next.stage_id === undefined)
        set('probability', 'probability', patch.probability);
      const customer = await customerRecords.findVisible(tx, scope, deal.customer_id);
      if (customer && patch.contacts) {
        const problems = await contactProblems(tx, customer, patch.contacts);
        if (problems.length) throw AppError.validation(problems);
      }
      const before = await dealChildren.read(tx, deal);
      Object.assign(changes, await dealChildren.replace(tx, deal, patch, before));
      if (Object.keys(changes).length) {
        await dealsRepository.update(tx, scope.workspaceId, id, { ...next, updated_at: at });
        await recordAudit(tx, scope, {
          action: 'update',
          entityType: 'deal',
          entityId: id,
          changes,
        });
      }
      return this.read(tx, scope, id);
    });
  }

  async remove(scope: Scope, id: string): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      const deal = await dealsRepository.findVisible(tx, scope, id);
      if (!deal) throw AppError.notFound('Deal');
      await dealsRepository.remove(tx, scope.workspaceId, id);
      await recordAudit(tx, scope, {
        action: 'delete',
        entityType: 'deal',
        entityId: id,
        changes: { title: { before: deal.title, after: null } },
      });
    });
  }

  /**
   * A won deal opens the next order with the same customer: a new open deal in the same pipeline
   * (its first open stage) with the same amount, currency and contacts, owned by whoever looks
   * after the customer, closing in 90 days unless told otherwise.
   */
  async repeat(scope: Scope, id: string, options: { title?: string; expectedCloseDate?: string }) {
    const errors = dealFieldProblems(options);
    if (errors.length) throw AppError.validation(errors);
    return this.db.transaction().execute(async (tx) => {
      const won = await this.read(tx, scope, id);
      if (won.status !== 'won')
        throw AppError.conflict('Only a won deal can open a repeat order', [
          fieldError('/id', 'deal_not_won'),
        ]);
      const body: DealBody = {
        customerId: won.customerId,
        title: options.title ?? won.title,
        amountMinor: won.amountMinor,
        currency: won.currency,
        expectedCloseDate: options.expectedCloseDate ?? addDays(nowIso().slice(0, 10), 90),
        pipelineId: won.pipelineId,
        source: won.source,
        contacts: won.contacts.map((c) => ({ contactId: c.contactId, role: c.role })),
      };
      return this.createIn(tx, scope, body, id);
    });
  }

  /** Stage (and pipeline) changes of a patch, into `next` and `changes`. */
  private async moveStage(
    tx: Executor,
    scope: Scope,
    deal: DealRow,
    patch: DealPatchBody,
    at: string,
    next: DealPatch,
    changes: Changes,
  ): Promise<void> {
    const pipelineId = patch.pipelineId ?? deal.pipeline_id;
    if (patch.stageId === undefined && pipelineId === deal.pipeline_id) return;
    if (patch.stageId === deal.stage_id && pipelineId === deal.pipeline_id) return;
    const to = await this.stageFor(tx, scope, pipelineId, patch.stageId);
    const from = await pipelinesRepository.findStage(tx, scope.workspaceId, deal.stage_id);
    Object.assign(next, stageMove(deal, to, at, patch.probability));
    Object.assign(changes, stageChanges(from ?? { id: deal.stage_id, name: '' }, to));
    if (to.pipeline_id !== deal.pipeline_id) {
      const names = await pipelinesRepository.namesOf(tx, scope.workspaceId, [
        deal.pipeline_id,
        to.pipeline_id,
      ]);
      changes.pipelineId = { before: deal.pipeline_id, after: to.pipeline_id };
      changes.pipeline = { before: names.get(deal.pipeline_id), after: names.get(to.pipeline_id) };
    }
    for (const [key, field] of [
      ['probability', 'probability'],
      ['status', 'status'],
    ] as const)
      if (next[key] !== deal[key]) changes[field] = { before: deal[key], after: next[key] };
  }

  /**
   * The stage a deal goes to: the one named (it must belong to the pipeline named, or the
   * workspace's first pipeline), else that pipeline's first open stage.
   */
  private async stageFor(
    tx: Executor,
    scope: Scope,
    pipelineId: string | undefined,
    stageId: string | undefined,
  ): Promise<PipelineStage> {
    const pipeline = pipelineId
      ? await pipelinesRepository.find(tx, scope.workspaceId, pipelineId)
      : (await pipelinesRepository.list(tx, scope.workspaceId))[0];
    if (!pipeline)
      throw AppError.validation([fieldError('/pipelineId', 'no_such', { entity: 'pipeline' })]);
    const stages = await pipelinesRepository.stages(tx, scope.workspaceId, [pipeline.id]);
    const stage = stageId
      ? stages.find((s) => s.id === stageId)
      : stages.find((s) => s.kind === 'open');
    if (!stage) throw AppError.validation([fieldError('/stageId', 'stage_not_in_pipeline')]);
    return stage;
  }

  private async pipelines(db: Executor, scope: Scope) {
    return new Map((await pipelinesRepository.list(db, scope.workspaceId)).map((p) => [p.id, p]));
  }

  private async read(db: Executor, scope: Scope, id: string) {
    const deal = await dealsRepository.findVisible(db, scope, id);
    if (!deal) throw AppError.notFound('Deal');
    const base = toDealOut(deal, await this.pipelines(db, scope), new Date());
    return fullDeal(base, await dealChildren.read(db, deal));
  }
}
