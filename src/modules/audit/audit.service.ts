import type { Kysely } from 'kysely';
import type { Executor } from '../../db/dialect.ts';
import type { AuditEntry, DB, NewAuditEntry } from '../../db/schema.ts';
import { requireRole, type Scope } from '../../domain/scope.ts';
import { auditRepository, type AuditFilter, type Changes } from './audit.repository.ts';

export type { Changes };

/** Who did it: a signed-in scope, or the system acting in a workspace (`userId` null). */
export type AuditActor = Pick<Scope, 'workspaceId'> & { userId: string | null };

export interface AuditEvent {
  action: NewAuditEntry['action'];
  entityType: string;
  entityId: string;
  changes?: Changes;
}

/**
 * The one way any module writes the audit log: inside the caller's transaction, so a change and
 * its record commit or roll back together.
 */
export function recordAudit(db: Executor, actor: AuditActor, event: AuditEvent): Promise<void> {
  return auditRepository.record(db, {
    workspaceId: actor.workspaceId,
    actorId: actor.userId || null,
    ...event,
  });
}

/** Many events of one actor in few statements (value classification audits every tier change). */
export function recordAudits(db: Executor, actor: AuditActor, events: AuditEvent[]): Promise<void> {
  return auditRepository.recordMany(
    db,
    events.map((e) => ({ workspaceId: actor.workspaceId, actorId: actor.userId || null, ...e })),
  );
}

/** Field-level before/after for the keys that actually changed. */
export function diff(before: Record<string, unknown>, after: Record<string, unknown>): Changes {
  const changes: Changes = {};
  for (const key of Object.keys(after)) {
    const a = before[key];
    const b = after[key];
    if (JSON.stringify(a) !== JSON.stringify(b))
      changes[key] = { before: a ?? null, after: b ?? null };
  }
  return changes;
}

export class AuditService {
  constructor(private readonly db: Kysely<DB>) {}

  /** Admins only: the log shows every user's actions, including ones on records others own. */
  list(scope: Scope, filter: AuditFilter): Promise<AuditEntry[]> {
    requireRole(scope, 'admin');
    return auditRepository.list(this.db, scope.workspaceId, filter);
  }
}
