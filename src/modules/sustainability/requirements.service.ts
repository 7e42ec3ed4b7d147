import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Executor } from '../../db/dialect.ts';
import { newId, nowIso } from '../../domain/ids.ts';
import { canSeeOwner, requireRole, type Scope } from '../../domain/scope.ts';
import {
  requirementOverdue,
  type RequirementStatus,
} from '../../domain/sustainability/sustainability.ts';
import { AppError, fieldError, type FieldError } from '../../http/errors.ts';
import { diff, recordAudit } from '../audit/audit.service.ts';
import {
  byDue,
  canEdit,
  checkCustomer,
  checkOwner,
  homeToday,
  isHttpUrl,
  notBefore,
} from './sustainability-common.ts';
import {
  sustainabilityRepository as repo,
  type RequirementRow,
} from './sustainability.repository.ts';
import type {
  RequirementBody,
  RequirementOut,
  RequirementPatch,
} from './sustainability.schemas.ts';

type Evidence = { title: string; url: string | null };

/**
 * Customers' sustainability requirements (issue 19, ESG): what a customer asks of us (ISO 14001,
 * a product carbon footprint, an EU CBAM report, a conflict-minerals declaration), by when, and
 * the evidence we gave. Managers and admins add them; the owner and admins change them.
 */
export class RequirementsService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async list(scope: Scope, f: { customerId?: string; status?: string } = {}) {
    const rows = await repo.requirements(
      this.db,
      scope,
      f.customerId ? { customerId: f.customerId } : {},
    );
    const out = await this.out(
      this.db,
      scope,
      rows.filter((r) => !f.status || r.status === f.status),
    );
    return out.sort(byDue);
  }

  async get(scope: Scope, id: string): Promise<RequirementOut> {
    const [row] = await repo.requirements(this.db, scope, { id });
    if (!row) throw AppError.notFound('Requirement');
    return (await this.out(this.db, scope, [row]))[0]!;
  }

  async create(scope: Scope, body: RequirementBody): Promise<RequirementOut> {
    requireRole(scope, 'admin', 'manager');
    const id = newId();
    await this.db.transaction().execute(async (tx) => {
      const evidence = await this.checked(tx, scope, body, body);
      const at = nowIso();
      await repo.insertRequirement(tx, {
        workspace_id: scope.workspaceId,
        id,
        customer_id: body.customerId,
        kind: body.kind,
        cbam_goods: body.cbamGoods ?? null,
        title: body.title.trim(),
        details: body.details?.trim() ?? '',
        requested_on: body.requestedOn,
        due_date: body.dueDate ?? null,
        status: body.status ?? 'open',
        owner_id: body.ownerId ?? scope.userId,
        evidence: JSON.stringify(evidence ?? []),
        created_at: at,
        updated_at: at,
      });
      await recordAudit(tx, scope, {
        action: 'create',
        entityType: 'sustainability_requirement',
        entityId: id,
        changes: diff({}, { customerId: body.customerId, kind: body.kind, title: body.title }),
      });
    });
    return this.get(scope, id);
  }

  async update(scope: Scope, id: string, body: RequirementPatch): Promise<RequirementOut> {
    await this.db.transaction().execute(async (tx) => {
      const [before] = await repo.requirements(tx, scope, { id });
      if (!before) throw AppError.notFound('Requirement');
      if (!canEdit(scope, before.owner_id))
        throw AppError.forbidden('Only the requirement’s owner or an admin can change it');
      const merged = {
        kind: body.kind ?? before.kind,
        cbamGoods: body.cbamGoods !== undefined ? body.cbamGoods : before.cbam_goods,
        requestedOn: body.requestedOn ?? before.requested_on,
        dueDate: body.dueDate !== undefined ? body.dueDate : before.due_date,
      };
      const evidence = await this.checked(tx, scope, body, merged);
      await repo.updateRequirement(tx, scope.workspaceId, id, {
        ...(body.customerId ? { customer_id: body.customerId } : {}),
        ...(body.kind ? { kind: body.kind } : {}),
        ...(body.cbamGoods !== undefined ? { cbam_goods: body.cbamGoods } : {}),
        ...(body.title !== undefined ? { title: body.title.trim() } : {}),
        ...(body.details !== undefined ? { details: body.details.trim() } : {}),
        ...(body.requestedOn ? { requested_on: body.requestedOn } : {}),
        ...(body.dueDate !== undefined ? { due_date: body.dueDate } : {}),
        ...(body.status ? { status: body.status } : {}),
        ...(body.ownerId ? { owner_id: body.ownerId } : {}),
        ...(evidence ? { evidence: JSON.stringify(evidence) } : {}),
        updated_at: nowIso(),
      });
      const [after] = await repo.requirements(tx, { ...scope, role: 'admin' }, { id });
      await recordAudit(tx, scope, {
        action: 'update',
        entityType: 'sustainability_requirement',
        entityId: id,
        changes: diff(before, after ?? {}),
      });
    });
    return this.get(scope, id);
  }

  async remove(scope: Scope, id: string): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      const [row] = await repo.requirements(tx, scope, { id });
      if (!row) throw AppError.notFound('Requirement');
      if (!canEdit(scope, row.owner_id))
        throw AppError.forbidden('Only the requirement’s owner or an admin can delete it');
      await repo.removeRequirement(tx, scope.workspaceId, id);
      await recordAudit(tx, scope, {
        action: 'delete',
        entityType: 'sustainability_requirement',
        entityId: id,
        changes: diff({ title: row.title, kind: row.kind }, {}),
      });
    });
  }

  /** Field errors for a write (the merged values decide the cross-field rules). */
  private async checked(
    tx: Executor,
    scope: Scope,
    body: RequirementPatch,
    merged: {
      kind: string;
      cbamGoods?: string | null;
      requestedOn: string;
      dueDate?: string | null;
    },
  ): Promise<Evidence[] | undefined> {
    const errors: FieldError[] = [
      ...(await checkCustomer(tx, scope, body.customerId)),
      ...notBefore('/dueDate', merged.requestedOn, merged.dueDate),
      ...(await checkOwner(tx, scope, body.ownerId)),
    ];
    if (merged.kind === 'cbam_report' && !merged.cbamGoods)
      errors.push(fieldError('/cbamGoods', 'required'));
    if (merged.kind !== 'cbam_report' && merged.cbamGoods)
      errors.push(fieldError('/cbamGoods', 'cbam_goods_only'));
    const evidence = body.evidence?.map((e, i) => {
      const url = e.url?.trim() || null;
      if (url && !isHttpUrl(url)) errors.push(fieldError(`/evidence/${i}/url`, 'http_url'));
      return { title: e.title.trim(), url };
    });
    if (errors.length) throw AppError.validation(errors);
    return evidence;
  }

  private async out(db: Executor, scope: Scope, rows: RequirementRow[]): Promise<RequirementOut[]> {
    const today = await homeToday(db, scope.workspaceId, this.now());
    return rows.map((r) => ({
      id: r.id,
      customer: canSeeOwner(scope, r.customer_owner_id)
        ? { id: r.customer_id, name: r.customer_name }
        : null,
      kind: r.kind,
      cbamGoods: r.cbam_goods,
      title: r.title,
      details: r.details,
      requestedOn: r.requested_on,
      dueDate: r.due_date,
      status: r.status,
      overdue: requirementOverdue(r.status as RequirementStatus, r.due_date, today),
      ownerId: r.owner_id,
      evidence: JSON.parse(r.evidence) as Evidence[],
      canEdit: canEdit(scope, r.owner_id),
      updatedAt: r.updated_at,
    }));
  }
}
