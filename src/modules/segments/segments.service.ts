import type { Kysely } from 'kysely';
import type { Executor } from '../../db/dialect.ts';
import type { DB, Segment } from '../../db/schema.ts';
import { newId, nowIso } from '../../domain/ids.ts';
import type { Scope } from '../../domain/scope.ts';
import {
  fieldCatalogue,
  validateFilter,
  type SegmentFilter,
} from '../../domain/segments/segment-filter.ts';
import { AppError, fieldError } from '../../http/errors.ts';
import { diff, recordAudit } from '../audit/audit.service.ts';
import { customFieldDefinitions } from '../custom-fields/custom-fields.service.ts';
import type { CustomerWhere } from '../customers/customer-records.service.ts';
import { workspaces } from '../workspaces/workspaces.service.ts';
import { customerRecords } from '../customers/customer-records.service.ts';
import type { CustomerListQuery } from '../customers/customers.schemas.ts';
import type { CustomersService } from '../customers/customers.service.ts';
import { segmentsRepository } from './segments.repository.ts';
import type { PreviewBody, SegmentBody, SegmentOut, SegmentPatch } from './segments.schemas.ts';
import { compileContext } from './segment-conditions.service.ts';
import { segmentWhere } from './segment-sql.repository.ts';

/** Names of what uses a segment and keeps it from being deleted (automation rules). */
export type SegmentUsers = (
  db: Executor,
  workspaceId: string,
  segmentId: string,
) => Promise<string[]>;

const toOut = (s: Segment, count?: number): SegmentOut => ({
  id: s.id,
  name: s.name,
  description: s.description,
  filter: JSON.parse(s.filter) as SegmentFilter,
  createdBy: s.created_by,
  createdAt: s.created_at,
  updatedAt: s.updated_at,
  ...(count === undefined ? {} : { count }),
});

/**
 * Saved segments are shared in the workspace; what they contain is always counted and listed
 * within the caller's own scope, so a rep's "German tier A" holds only their customers.
 */
export class SegmentsService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly customerList: CustomersService,
    /** names of the automation rules triggered by the segment (wired by the composition root) */
    private readonly usedByRules: SegmentUsers = async () => [],
  ) {}

  /** Validates a filter document and compiles it; 400 with the failing condition's path. */
  async compile(
    workspaceId: string,
    input: unknown,
  ): Promise<{ filter: SegmentFilter; where: CustomerWhere }> {
    const ctx = await compileContext(this.db, workspaceId);
    const { filter, errors } = validateFilter(input, ctx.custom);
    if (!filter) throw AppError.validation(errors);
    return { filter, where: (eb) => segmentWhere(eb, filter, ctx) };
  }

  async fields(scope: Scope) {
    const custom = await customFieldDefinitions(this.db, scope.workspaceId);
    const ws = await workspaces.find(this.db, scope.workspaceId);
    return { reportingCurrency: ws?.reporting_currency ?? 'USD', items: fieldCatalogue(custom) };
  }

  private async load(scope: Scope, id: string): Promise<Segment> {
    const row = await segmentsRepository.find(this.db, scope.workspaceId, id);
    if (!row) throw AppError.notFound('Segment');
    return row;
  }

  async list(scope: Scope): Promise<{ items: SegmentOut[] }> {
    return {
      items: (await segmentsRepository.list(this.db, scope.workspaceId)).map((s) => toOut(s)),
    };
  }

  async get(scope: Scope, id: string): Promise<SegmentOut> {
    const row = await this.load(scope, id);
    const { where } = await this.compile(scope.workspaceId, JSON.parse(row.filter));
    return toOut(row, await customerRecords.count(this.db, scope, where));
  }

  async preview(scope: Scope, body: PreviewBody): Promise<{ count: number }> {
    const { where } = await this.compile(scope.workspaceId, body.filter);
    return { count: await customerRecords.count(this.db, scope, where) };
  }

  async customers(scope: Scope, id: string, query: CustomerListQuery) {
    const row = await this.load(scope, id);
    const { where } = await this.compile(scope.workspaceId, JSON.parse(row.filter));
    return this.customerList.list(scope, query, where);
  }

  async create(scope: Scope, body: SegmentBody): Promise<SegmentOut> {
    const { filter } = await this.compile(scope.workspaceId, body.filter);
    const at = nowIso();
    const row = {
      workspace_id: scope.workspaceId,
      id: newId(),
      name: body.name.trim(),
      description: body.description?.trim() || null,
      filter: JSON.stringify(filter),
      created_by: scope.userId,
      created_at: at,
      updated_at: at,
    };
    await this.db.transaction().execute(async (tx) => {
      if (await segmentsRepository.findByName(tx, scope.workspaceId, row.name))
        throw AppError.conflict(`A segment named “${row.name}” already exists`, [
          fieldError('/name', 'taken'),
        ]);
      await segmentsRepository.insert(tx, row);
      await recordAudit(tx, scope, {
        action: 'create',
        entityType: 'segment',
        entityId: row.id,
        changes: {
          name: { before: null, after: row.name },
          filter: { before: null, after: row.filter },
        },
      });
    });
    return this.get(scope, row.id);
  }

  /** The creator, managers and admins may change or delete a shared segment. */
  private mayEdit(scope: Scope, row: Segment): void {
    if (scope.role !== 'admin' && scope.role !== 'manager' && row.created_by !== scope.userId)
      throw AppError.forbidden('Only the segment’s creator, a manager or an admin can change it');
  }

  async update(scope: Scope, id: string, body: SegmentPatch): Promise<SegmentOut> {
    // Validated before the transaction: on SQLite it holds the only connection.
    const filter =
      body.filter === undefined
        ? null
        : (await this.compile(scope.workspaceId, body.filter)).filter;
    await this.db.transaction().execute(async (tx) => {
      const row = await segmentsRepository.find(tx, scope.workspaceId, id);
      if (!row) throw AppError.notFound('Segment');
      this.mayEdit(scope, row);
      const patch: Parameters<typeof segmentsRepository.update>[3] = { updated_at: nowIso() };
      if (body.name !== undefined) {
        const name = body.name.trim();
        const other = await segmentsRepository.findByName(tx, scope.workspaceId, name);
        if (other && other.id !== id)
          throw AppError.conflict(`A segment named “${name}” already exists`, [
            fieldError('/name', 'taken'),
          ]);
        patch.name = name;
      }
      if (body.description !== undefined) patch.description = body.description?.trim() || null;
      if (filter) patch.filter = JSON.stringify(filter);
      await segmentsRepository.update(tx, scope.workspaceId, id, patch);
      await recordAudit(tx, scope, {
        action: 'update',
        entityType: 'segment',
        entityId: id,
        changes: diff(
          { name: row.name, filter: row.filter },
          { name: patch.name ?? row.name, filter: patch.filter ?? row.filter },
        ),
      });
    });
    return this.get(scope, id);
  }

  async remove(scope: Scope, id: string): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      const row = await segmentsRepository.find(tx, scope.workspaceId, id);
      if (!row) throw AppError.notFound('Segment');
      this.mayEdit(scope, row);
      const policies = await segmentsRepository.usedByPolicies(tx, scope.workspaceId, id);
      if (policies.length)
        throw AppError.conflict(
          `The segment is used by cadence policies: ${policies.join(', ')}. Change those first.`,
        );
      const rules = await this.usedByRules(tx, scope.workspaceId, id);
      if (rules.length)
        throw AppError.conflict(
          `The segment is used by automation rules: ${rules.join(', ')}. Change those first.`,
        );
      await segmentsRepository.remove(tx, scope.workspaceId, id);
      await recordAudit(tx, scope, {
        action: 'delete',
        entityType: 'segment',
        entityId: id,
        changes: { name: { before: row.name, after: null } },
      });
    });
  }
}
