import type { Kysely } from 'kysely';
import type { DB, NewCadencePolicy } from '../../db/schema.ts';
import { newId, nowIso } from '../../domain/ids.ts';
import { requireRole, type Scope } from '../../domain/scope.ts';
import { AppError, fieldError } from '../../http/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { findSegment } from '../segments/segment-conditions.service.ts';
import { policiesRepository } from './policies.repository.ts';
import type { PoliciesBody } from './follow-ups.schemas.ts';
import type { PlanningService } from './planning.service.ts';

/** How the audit shows a policy: "Leads:7", with its first-contact deadline "Leads:7/2". */
const policyText = (name: string, days: number, first: number | null) =>
  first === null ? `${name}:${days}` : `${name}:${days}/${first}`;

/** The workspace's cadence policies; saving them replans every customer. */
export class PoliciesService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly planning: PlanningService,
  ) {}

  async list(scope: Scope) {
    const rows = await this.planning.policies(this.db, scope.workspaceId);
    return {
      items: rows,
      custom: (await policiesRepository.list(this.db, scope.workspaceId)).length > 0,
    };
  }

  /** Saves the workspace's policies and replans every customer (chunked; the server keeps answering). */
  async set(scope: Scope, body: PoliciesBody) {
    requireRole(scope, 'admin', 'manager');
    const at = nowIso();
    const segmentIds = body.items.map((p) => p.segmentId ?? null);
    for (const [i, id] of segmentIds.entries()) {
      if (id && !(await findSegment(this.db, scope.workspaceId, id)))
        throw AppError.validation([
          fieldError(`/items/${i}/segmentId`, 'no_such', { entity: 'segment' }),
        ]);
    }
    const rows: NewCadencePolicy[] = body.items.map((p, i) => ({
      workspace_id: scope.workspaceId,
      id: newId(),
      name: p.name.trim(),
      stage: p.stage ?? null,
      tier: p.tier ?? null,
      days: p.days,
      first_contact_days: p.firstContactDays ?? null,
      avoid_slow_seasons: p.avoidSlowSeasons ? 1 : 0,
      segment_id: p.segmentId ?? null,
      position: i,
      updated_at: at,
    }));
    await this.db.transaction().execute(async (tx) => {
      const before = await policiesRepository.list(tx, scope.workspaceId);
      await policiesRepository.replace(tx, scope.workspaceId, rows);
      await recordAudit(tx, scope, {
        action: 'update',
        entityType: 'cadence_policies',
        entityId: scope.workspaceId,
        changes: {
          policies: {
            before: before.map((p) => policyText(p.name, p.days, p.first_contact_days)),
            after: rows.map((p) => policyText(p.name, p.days, p.first_contact_days ?? null)),
          },
        },
      });
    });
    const started = Date.now();
    const replanned = await this.planning.replanAll(scope.workspaceId);
    return { ...(await this.list(scope)), replanned, millis: Date.now() - started };
  }
}
