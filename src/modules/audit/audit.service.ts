import type { Kysely } from 'kysely';
import type { Executor } from '../../db/dialect.ts';
import type { AuditEntry, DB, NewAuditEntry } from '../../db/schema.ts';
import { requireRole, type Scope } from '../../domain/scope.ts';
import { auditRepository, type AuditFilter, type Changes } from './audit.repository.ts';

export type { Changes };

/** Who did it: a signed-in scope, or the system acting in a workspace (`userId` null). */
export type AuditActor = Pick<Scope, 'workspaceId' | 'systemKind' | 'automation'> & {
  userId: string | null;
};

export interface AuditEvent {
  action: NewAuditEntry['action'];
  entityType: string;
  entityId: string;
  changes?: Changes;
}

/**
 * Where audited changes go next: the events module (webhooks, automations). Called with the
 * change's own executor, so what it writes (an outbox job) commits or rolls back with the change.
 * The composition root sets it (the audit module imports no higher module); it must keep no state
 * of its own but the executor it is given, as one process may serve several databases (tests).
 */
export type EventSink = (db: Executor, actor: AuditActor, events: AuditEvent[]) => Promise<void>;

let eventSink: EventSink | null = null;

export function setEventSink(sink: EventSink | null): void {
  eventSink = sink;
}

// The demo seed acts as a user where a record needs an owner (the admin's demo mailbox), yet its
// changes are the system's ("System (demo data)"), never that user's.
const actorIdOf = (actor: AuditActor) =>
  actor.systemKind === 'demo' ? null : actor.userId || null;

/**
 * The one way any module writes the audit log: inside the caller's transaction, so a change and
 * its record commit or roll back together.
 */
export async function recordAudit(
  db: Executor,
  actor: AuditActor,
  event: AuditEvent,
): Promise<void> {
  await auditRepository.record(db, {
    workspaceId: actor.workspaceId,
    actorId: actorIdOf(actor),
    actorKind: actor.systemKind ?? null,
    ...event,
  });
  if (eventSink) await eventSink(db, actor, [event]);
}

/**
 * Many events of one actor in few statements (value classification audits every tier change,
 * imports every customer of a batch); the events go on as one publish.
 */
export async function recordAudits(
  db: Executor,
  actor: AuditActor,
  events: AuditEvent[],
): Promise<void> {
  if (!events.length) return;
  await auditRepository.recordMany(
    db,
    events.map((e) => ({
      workspaceId: actor.workspaceId,
      actorId: actorIdOf(actor),
      actorKind: actor.systemKind ?? null,
      ...e,
    })),
  );
  if (eventSink) await eventSink(db, actor, events);
}

/**
 * The audit entries of one record, newest first (a deal's timeline shows its stage moves). The
 * caller has checked the reader may see the record.
 */
export function auditTrail(
  db: Executor,
  workspaceId: string,
  entity: { type: string; id: string },
  limit = 100,
): Promise<AuditEntry[]> {
  return auditRepository.list(db, workspaceId, {
    entityType: entity.type,
    entityId: entity.id,
    limit,
  });
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

/** Looks up records' names by id for one entity type, batched (the owning module's records). */
export type RecordNames = (
  db: Executor,
  workspaceId: string,
  ids: string[],
) => Promise<Map<string, string>>;

/** An audit row with the names a person reads: the record's and the acting user's. */
export type NamedAuditEntry = AuditEntry & { entityName: string | null; actorName: string | null };

/**
 * A name the audit row itself keeps, for a record whose owner no longer has it (a deleted
 * contact): the `name`, `label` or first and last name it was created or deleted with.
 */
function nameInChanges(changes: Changes): string | null {
  const pick = (key: string): string | null => {
    const c = changes[key];
    const v = c ? (c.after ?? c.before) : null;
    return typeof v === 'string' && v.trim() ? v : null;
  };
  const person = [pick('firstName'), pick('lastName')].filter(Boolean).join(' ');
  return pick('name') ?? pick('label') ?? (person || null);
}

export class AuditService {
  /** `names` by entity type, wired by the container (the audit module imports no other module). */
  constructor(
    private readonly db: Kysely<DB>,
    private readonly names: Partial<Record<string, RecordNames>> = {},
  ) {}

  /** Admins only: the log shows every user's actions, including ones on records others own. */
  async list(scope: Scope, filter: AuditFilter): Promise<NamedAuditEntry[]> {
    requireRole(scope, 'admin');
    const rows = await auditRepository.list(this.db, scope.workspaceId, filter);
    // One lookup per entity type on the page, never one per row.
    const idsByType = new Map<string, Set<string>>();
    const want = (type: string, id: string) =>
      idsByType.set(type, (idsByType.get(type) ?? new Set()).add(id));
    for (const r of rows) {
      want(r.entity_type, r.entity_id);
      if (r.actor_id) want('user', r.actor_id);
    }
    const found = new Map<string, Map<string, string>>();
    for (const [type, ids] of idsByType) {
      const lookup = this.names[type];
      if (lookup) found.set(type, await lookup(this.db, scope.workspaceId, [...ids]));
    }
    // A record its owner no longer has (a deleted contact): the name it was created with.
    const gone = rows.filter((r) => !found.get(r.entity_type)?.has(r.entity_id));
    const created = gone.length
      ? await auditRepository.createdWith(
          this.db,
          scope.workspaceId,
          gone.map((r) => r.entity_id),
        )
      : new Map<string, string>();
    const kept = (r: AuditEntry) =>
      nameInChanges(JSON.parse(r.changes) as Changes) ??
      nameInChanges(JSON.parse(created.get(r.entity_id) ?? '{}') as Changes);
    return rows.map((r) => ({
      ...r,
      entityName: found.get(r.entity_type)?.get(r.entity_id) ?? kept(r),
      actorName: r.actor_id ? (found.get('user')?.get(r.actor_id) ?? null) : null,
    }));
  }
}
