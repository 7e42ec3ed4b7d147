import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Executor } from '../../db/dialect.ts';
import {
  checklistFor,
  INCIDENT_KINDS,
  type ChecklistItem,
  type IncidentKind,
} from '../../domain/reputation/incidents.ts';
import { checkPlaybook } from '../../domain/reputation/playbooks.ts';
import { requireRole, type Scope } from '../../domain/scope.ts';
import { AppError } from '../../http/errors.ts';
import { diff, recordAudit } from '../audit/audit.service.ts';
import { playbooksRepository as repo } from './playbooks.repository.ts';
import type { PlaybookBody, PlaybookOut } from './playbooks.schemas.ts';

/**
 * The checklist a new incident starts with, per kind: the workspace's own (admins edit it) or the
 * shipped one in English and Chinese. An incident keeps the steps it started with: editing the
 * playbook changes only incidents opened after.
 */
export class PlaybooksService {
  constructor(private readonly db: Kysely<DB>) {}

  /** The steps for a new incident of this kind in this workspace. */
  async stepsFor(db: Executor, ws: string, kind: IncidentKind): Promise<ChecklistItem[]> {
    return (await repo.find(db, ws, kind))?.steps ?? checklistFor(kind);
  }

  async list(scope: Scope): Promise<{ items: PlaybookOut[] }> {
    requireRole(scope, 'admin', 'manager');
    const own = new Map((await repo.all(this.db, scope.workspaceId)).map((r) => [r.kind, r]));
    return {
      items: INCIDENT_KINDS.map((kind) => this.out(kind, own.get(kind))),
    };
  }

  async get(scope: Scope, kind: IncidentKind): Promise<PlaybookOut> {
    requireRole(scope, 'admin', 'manager');
    return this.out(kind, await repo.find(this.db, scope.workspaceId, kind));
  }

  async put(scope: Scope, kind: IncidentKind, body: PlaybookBody): Promise<PlaybookOut> {
    requireRole(scope, 'admin');
    const { steps, errors } = checkPlaybook(body.steps);
    if (errors.length) throw AppError.validation(errors);
    await this.db.transaction().execute(async (tx) => {
      const before = await this.stepsFor(tx, scope.workspaceId, kind);
      await repo.put(tx, scope.workspaceId, kind, steps, scope.userId);
      await recordAudit(tx, scope, {
        action: 'update',
        entityType: 'incident_playbook',
        entityId: kind,
        changes: diff({ steps: before.map((s) => s.en) }, { steps: steps.map((s) => s.en) }),
      });
    });
    return this.get(scope, kind);
  }

  /** Back to the shipped playbook. */
  async reset(scope: Scope, kind: IncidentKind): Promise<PlaybookOut> {
    requireRole(scope, 'admin');
    await this.db.transaction().execute(async (tx) => {
      if (!(await repo.remove(tx, scope.workspaceId, kind))) return;
      await recordAudit(tx, scope, {
        action: 'delete',
        entityType: 'incident_playbook',
        entityId: kind,
        changes: {},
      });
    });
    return this.get(scope, kind);
  }

  private out(
    kind: IncidentKind,
    own: { steps: ChecklistItem[]; updated_by: string | null; updated_at: string } | undefined,
  ): PlaybookOut {
    return {
      kind,
      custom: !!own,
      steps: own?.steps ?? checklistFor(kind),
      shipped: checklistFor(kind),
      updatedBy: own?.updated_by ?? null,
      updatedAt: own?.updated_at ?? null,
    };
  }
}
