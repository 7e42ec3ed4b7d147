import type { Executor } from '../../db/dialect.ts';
import { newId } from '../../domain/ids.ts';
import { MAX_ATTEMPTS } from '../../domain/webhooks/retries.ts';
import type { DomainEvent, Subscriber } from '../events/events.service.ts';
import type { EventType } from '../../domain/events.ts';
import { enqueueJob } from '../jobs/job-records.service.ts';
import { deliveriesRepository } from './deliveries.repository.ts';
import { webhooksRepository } from './webhooks.repository.ts';

export const DELIVER_JOB = 'webhook.deliver';

export interface DeliverPayload {
  deliveryId: string;
  /** a test or a redelivery an admin asked for: one attempt, no effect on the failure count */
  manual?: boolean;
}

/** The body receivers get, in the Standard Webhooks shape: `{ type, timestamp, data }`. */
export function eventBody(e: DomainEvent): string {
  return JSON.stringify({
    type: e.type,
    timestamp: e.occurredAt,
    data: {
      id: e.entityId,
      entityType: e.entityType,
      action: e.action,
      changes: e.changes,
      actor: e.actor,
    },
  });
}

type NewDelivery = { webhookId: string; eventType: string; eventId: string; payload: string };

function pendingRow(workspaceId: string, d: NewDelivery, at: string) {
  return {
    workspace_id: workspaceId,
    id: newId(),
    webhook_id: d.webhookId,
    event_type: d.eventType,
    event_id: d.eventId,
    payload: d.payload,
    status: 'pending' as const,
    attempts: 0,
    request_headers: null,
    response_status: null,
    response_body: null,
    duration_ms: null,
    error: null,
    next_attempt_at: at,
    created_at: at,
    updated_at: at,
  };
}

/** Logs a delivery as pending and enqueues its job, in the caller's transaction. */
export async function queueDelivery(
  db: Executor,
  workspaceId: string,
  d: NewDelivery,
  now: Date,
  manual = false,
): Promise<{ deliveryId: string; jobId: string | null }> {
  const row = pendingRow(workspaceId, d, now.toISOString());
  await deliveriesRepository.insert(db, row);
  const jobId = await requeueDelivery(db, workspaceId, row.id, manual);
  return { deliveryId: row.id, jobId };
}

export function requeueDelivery(
  db: Executor,
  workspaceId: string,
  deliveryId: string,
  manual: boolean,
): Promise<string | null> {
  return enqueueJob(db, DELIVER_JOB, { deliveryId, manual } satisfies DeliverPayload, {
    workspaceId,
    maxAttempts: manual ? 1 : MAX_ATTEMPTS,
  });
}

/**
 * Webhooks as an events subscriber: interested in the types its enabled endpoints list; each
 * event becomes one logged delivery and one `webhook.deliver` job per endpoint that wants it.
 * Stateless (one registration serves every container of the process): the clock is the wall
 * clock, as `enqueueJob`'s.
 */
export function webhookSubscriber(): Subscriber {
  return {
    name: 'webhooks',
    interested: async (db, ws) =>
      new Set((await webhooksRepository.enabledTypes(db, ws)) as EventType[]),
    handle: async (db, ws, events) => {
      const at = new Date().toISOString();
      const rows = [];
      for (const hook of await webhooksRepository.enabled(db, ws)) {
        const types = new Set(JSON.parse(hook.event_types) as string[]);
        for (const e of events)
          if (types.has(e.type))
            rows.push(
              pendingRow(
                ws,
                { webhookId: hook.id, eventType: e.type, eventId: e.id, payload: eventBody(e) },
                at,
              ),
            );
      }
      // The log in few statements; each delivery still gets its own job (retried on its own).
      await deliveriesRepository.insertMany(db, rows);
      for (const r of rows) await requeueDelivery(db, ws, r.id, false);
    },
  };
}
