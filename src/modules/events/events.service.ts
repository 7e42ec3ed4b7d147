import type { Executor } from '../../db/dialect.ts';
import { eventTypeFor, type EventType } from '../../domain/events.ts';
import { newId } from '../../domain/ids.ts';
import type { AuditActor, AuditEvent, Changes } from '../audit/audit.service.ts';
import { enqueueJob } from '../jobs/job-records.service.ts';

/** One thing that happened to a record, as subscribers (webhooks, automations) receive it. */
export interface DomainEvent {
  /** stable for the event's life: webhooks send it as `webhook-id` on every attempt */
  id: string;
  type: EventType;
  entityType: string;
  entityId: string;
  /** the audit action (`create`, `update`, …) or `finish` for an import */
  action: string;
  changes: Changes;
  occurredAt: string;
  actor: { userId: string | null; kind: string | null };
  /**
   * 0 for a change a person (or import, form, schedule) made; n+1 for a change an automation
   * rule made about an event of depth n. Absent on events queued before automations existed.
   */
  depth?: number;
  /** the automation chain so far (`rule:entity` pairs), so a rule never re-runs in its chain */
  chain?: string[];
}

/** An explicit event (not from the audit log), e.g. `import.finished`. */
export type EventInput = Pick<DomainEvent, 'type' | 'entityType' | 'entityId' | 'action'> & {
  changes?: Changes;
};

/**
 * Something that acts on events. `interested` answers the event types the workspace wants from
 * it now (webhooks: the types of its enabled endpoints); it is asked when a change is published
 * (cached, see `INTEREST_TTL_MS`) and again, uncached, when the events are dispatched. `handle`
 * runs in the dispatch job's transaction with the events of the types it is interested in.
 */
export interface Subscriber {
  name: string;
  interested(db: Executor, workspaceId: string): Promise<Set<EventType>>;
  handle(db: Executor, workspaceId: string, events: DomainEvent[]): Promise<void>;
}

export const DISPATCH_JOB = 'events.dispatch';

export interface DispatchPayload {
  events: DomainEvent[];
}

/**
 * How long a workspace's interest is trusted by this process. A process that changes a webhook
 * (or rule) clears its own entry at once; another process may go on skipping (or enqueueing) for
 * up to this long. Skipping is the risk: an endpoint enabled on process A misses events published
 * on process B in the next 5 s. Enqueueing needlessly is harmless (dispatch asks again, uncached).
 */
export const INTEREST_TTL_MS = 5_000;

// Subscribers are code, registered once per name (the composition root runs per container, and a
// test process builds several); the cache is keyed by workspace id, unique across databases.
const subscribers = new Map<string, Subscriber>();
const interest = new Map<string, { types: Set<EventType>; until: number }>();

async function interestOf(db: Executor, workspaceId: string): Promise<Set<EventType>> {
  const hit = interest.get(workspaceId);
  if (hit && hit.until > Date.now()) return hit.types;
  const types = new Set<EventType>();
  for (const s of subscribers.values())
    for (const t of await s.interested(db, workspaceId)) types.add(t);
  interest.set(workspaceId, { types, until: Date.now() + INTEREST_TTL_MS });
  return types;
}

export const events = {
  /** Registers (or replaces, by name) a subscriber. */
  subscribe(subscriber: Subscriber): void {
    subscribers.set(subscriber.name, subscriber);
    interest.clear();
  },

  /** Forgets this process's cached interest of a workspace: call after its subscriptions change. */
  invalidate(workspaceId: string): void {
    interest.delete(workspaceId);
  },

  /**
   * Publishes events inside the change's transaction: when the workspace has a subscriber for any
   * of them, ONE `events.dispatch` job carries them all (transactional outbox); otherwise nothing
   * is written. Costs one cached interest check per call, never one per event.
   */
  async publish(db: Executor, actor: AuditActor, inputs: EventInput[]): Promise<void> {
    if (!inputs.length) return;
    const wanted = await interestOf(db, actor.workspaceId);
    if (!wanted.size) return;
    const chosen = inputs.filter((e) => wanted.has(e.type));
    if (!chosen.length) return;
    const occurredAt = new Date().toISOString();
    const out: DomainEvent[] = chosen.map((e) => ({
      id: newId(),
      type: e.type,
      entityType: e.entityType,
      entityId: e.entityId,
      action: e.action,
      changes: e.changes ?? {},
      occurredAt,
      actor: {
        userId: actor.userId || null,
        kind: actor.userId ? null : (actor.systemKind ?? 'system'),
      },
      depth: actor.automation?.depth ?? 0,
      ...(actor.automation?.fired.length ? { chain: actor.automation.fired } : {}),
    }));
    await enqueueJob(db, DISPATCH_JOB, { events: out } satisfies DispatchPayload, {
      workspaceId: actor.workspaceId,
    });
  },

  /** The audit log's sink (`setEventSink`): audited changes of record types become events. */
  async fromAudit(db: Executor, actor: AuditActor, audited: AuditEvent[]): Promise<void> {
    const inputs: EventInput[] = [];
    for (const a of audited) {
      const type = eventTypeFor(a.entityType, a.action);
      if (type)
        inputs.push({
          type,
          entityType: a.entityType,
          entityId: a.entityId,
          action: a.action,
          changes: a.changes,
        });
    }
    await events.publish(db, actor, inputs);
  },

  /** The dispatch job's work: each subscriber gets the events it wants now (asked uncached). */
  async dispatch(db: Executor, workspaceId: string, payload: DispatchPayload): Promise<void> {
    for (const s of subscribers.values()) {
      const types = await s.interested(db, workspaceId);
      const mine = payload.events.filter((e) => types.has(e.type));
      if (mine.length) await s.handle(db, workspaceId, mine);
    }
  },
};
