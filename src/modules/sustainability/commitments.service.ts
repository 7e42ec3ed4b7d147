import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Executor } from '../../db/dialect.ts';
import { newId, nowIso } from '../../domain/ids.ts';
import { canSeeOwner, requireRole, type Scope } from '../../domain/scope.ts';
import {
  commitmentOverdue,
  type CommitmentStatus,
} from '../../domain/sustainability/sustainability.ts';
import { AppError, fieldError, type FieldError } from '../../http/errors.ts';
import { diff, recordAudit } from '../audit/audit.service.ts';
import { stakeholderRecords } from '../stakeholders/stakeholder-records.service.ts';
import {
  byDue,
  canEdit,
  checkCustomer,
  checkOwner,
  homeToday,
  notBefore,
} from './sustainability-common.ts';
import {
  sustainabilityRepository as repo,
  type CommitmentRow,
} from './sustainability.repository.ts';
import type { CommitmentBody, CommitmentOut, CommitmentPatch } from './sustainability.schemas.ts';

/**
 * Commitments made to a customer, a stakeholder or publicly (issue 19, ESG), with an owner, a due
 * date and a status (planned → in progress → met / missed / withdrawn). Managers and admins add
 * them; the owner and admins change them; reps see those of their customers and their own.
 */
export class CommitmentsService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async list(scope: Scope, f: { customerId?: string; status?: string } = {}) {
    const rows = await repo.commitments(
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

  async get(scope: Scope, id: string): Promise<CommitmentOut> {
    const [row] = await repo.commitments(this.db, scope, { id });
    if (!row) throw AppError.notFound('Commitment');
    return (await this.out(this.db, scope, [row]))[0]!;
  }

  async create(scope: Scope, body: CommitmentBody): Promise<CommitmentOut> {
    requireRole(scope, 'admin', 'manager');
    const id = newId();
    await this.db.transaction().execute(async (tx) => {
      await this.checked(tx, scope, body, { madeOn: body.madeOn, dueDate: body.dueDate });
      const at = nowIso();
      await repo.insertCommitment(tx, {
        workspace_id: scope.workspaceId,
        id,
        title: body.title.trim(),
        details: body.details?.trim() ?? '',
        customer_id: body.customerId ?? null,
        stakeholder_id: body.stakeholderId ?? null,
        made_on: body.madeOn,
        due_date: body.dueDate ?? null,
        status: body.status ?? 'planned',
        owner_id: body.ownerId ?? scope.userId,
        created_at: at,
        updated_at: at,
      });
      await recordAudit(tx, scope, {
        action: 'create',
        entityType: 'sustainability_commitment',
        entityId: id,
        changes: diff({}, { title: body.title, dueDate: body.dueDate ?? null }),
      });
    });
    return this.get(scope, id);
  }

  async update(scope: Scope, id: string, body: CommitmentPatch): Promise<CommitmentOut> {
    await this.db.transaction().execute(async (tx) => {
      const [before] = await repo.commitments(tx, scope, { id });
      if (!before) throw AppError.notFound('Commitment');
      if (!canEdit(scope, before.owner_id))
        throw AppError.forbidden('Only the commitment’s owner or an admin can change it');
      await this.checked(tx, scope, body, {
        madeOn: body.madeOn ?? before.made_on,
        dueDate: body.dueDate !== undefined ? body.dueDate : before.due_date,
      });
      await repo.updateCommitment(tx, scope.workspaceId, id, {
        ...(body.title !== undefined ? { title: body.title.trim() } : {}),
        ...(body.details !== undefined ? { details: body.details.trim() } : {}),
        ...(body.customerId !== undefined ? { customer_id: body.customerId } : {}),
        ...(body.stakeholderId !== undefined ? { stakeholder_id: body.stakeholderId } : {}),
        ...(body.madeOn ? { made_on: body.madeOn } : {}),
        ...(body.dueDate !== undefined ? { due_date: body.dueDate } : {}),
        ...(body.status ? { status: body.status } : {}),
        ...(body.ownerId ? { owner_id: body.ownerId } : {}),
        updated_at: nowIso(),
      });
      const [after] = await repo.commitments(tx, { ...scope, role: 'admin' }, { id });
      await recordAudit(tx, scope, {
        action: 'update',
        entityType: 'sustainability_commitment',
        entityId: id,
        changes: diff(before, after ?? {}),
      });
    });
    return this.get(scope, id);
  }

  async remove(scope: Scope, id: string): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      const [row] = await repo.commitments(tx, scope, { id });
      if (!row) throw AppError.notFound('Commitment');
      if (!canEdit(scope, row.owner_id))
        throw AppError.forbidden('Only the commitment’s owner or an admin can delete it');
      await repo.removeCommitment(tx, scope.workspaceId, id);
      await recordAudit(tx, scope, {
        action: 'delete',
        entityType: 'sustainability_commitment',
        entityId: id,
        changes: diff({ title: row.title }, {}),
      });
    });
  }

  private async checked(
    tx: Executor,
    scope: Scope,
    body: CommitmentPatch,
    merged: { madeOn: string; dueDate?: string | null },
  ) {
    const errors: FieldError[] = [
      ...(await checkCustomer(tx, scope, body.customerId)),
      ...notBefore('/dueDate', merged.madeOn, merged.dueDate),
      ...(await checkOwner(tx, scope, body.ownerId)),
    ];
    if (body.stakeholderId) {
      const seen = await stakeholderRecords.visibleNames(tx, scope, [body.stakeholderId]);
      if (!seen.size)
        errors.push(fieldError('/stakeholderId', 'not_in_scope', { entity: 'stakeholder' }));
    }
    if (errors.length) throw AppError.validation(errors);
  }

  private async out(db: Executor, scope: Scope, rows: CommitmentRow[]): Promise<CommitmentOut[]> {
    const today = await homeToday(db, scope.workspaceId, this.now());
    const stakeholders = await stakeholderRecords.visibleNames(db, scope, [
      ...new Set(rows.flatMap((r) => (r.stakeholder_id ? [r.stakeholder_id] : []))),
    ]);
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      details: r.details,
      customer:
        r.customer_id &&
        r.customer_name &&
        !r.deleted_at &&
        canSeeOwner(scope, r.customer_owner_id!)
          ? { id: r.customer_id, name: r.customer_name }
          : null,
      stakeholder:
        r.stakeholder_id && stakeholders.has(r.stakeholder_id)
          ? { id: r.stakeholder_id, name: stakeholders.get(r.stakeholder_id)! }
          : null,
      madeOn: r.made_on,
      dueDate: r.due_date,
      status: r.status,
      overdue: commitmentOverdue(r.status as CommitmentStatus, r.due_date, today),
      ownerId: r.owner_id,
      canEdit: canEdit(scope, r.owner_id),
      updatedAt: r.updated_at,
    }));
  }
}
