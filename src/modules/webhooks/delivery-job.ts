import type { Kysely } from 'kysely';
import type { Executor } from '../../db/dialect.ts';
import type { DB, Webhook } from '../../db/schema.ts';
import { TEST_EVENT } from '../../domain/events.ts';
import { systemScope } from '../../domain/scope.ts';
import { MAX_ATTEMPTS, retryWait, shouldDisable } from '../../domain/webhooks/retries.ts';
import { signature } from '../../domain/webhooks/signature.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { events } from '../events/events.service.ts';
import { PermanentJobError, type JobContext, type JobKind } from '../jobs/job-kind.ts';
import { deliveriesRepository } from './deliveries.repository.ts';
import { DELIVER_JOB, type DeliverPayload } from './deliveries.ts';
import { vetHost, type Resolver } from './resolver.ts';
import { send, type SendResult } from './sender.ts';
import { webhooksRepository } from './webhooks.repository.ts';

export interface DeliveryDeps {
  db: Kysely<DB>;
  resolve: Resolver;
  now: () => Date;
}

/** Why the system disabled an endpoint (the web translates the code). */
export const DISABLED_REASONS = ['gone', 'attempts_exhausted', 'failing'] as const;
export type DisabledReason = (typeof DISABLED_REASONS)[number];

/** Sends one delivery per attempt; the runner retries on the Standard Webhooks schedule. */
export function deliveryJobKind(deps: DeliveryDeps): JobKind<DeliverPayload> {
  return {
    kind: DELIVER_JOB,
    concurrency: 4,
    maxAttempts: MAX_ATTEMPTS,
    backoffMs: retryWait,
    leaseMs: 60_000,
    run: (p, ctx) => deliver(deps, ctx.workspaceId ?? '', p, ctx),
  };
}

export function secretsOf(hook: Webhook, now: Date): string[] {
  const previous =
    hook.previous_secret &&
    hook.previous_secret_expires_at &&
    Date.parse(hook.previous_secret_expires_at) > now.getTime()
      ? [hook.previous_secret]
      : [];
  return [hook.secret, ...previous];
}

async function deliver(
  deps: DeliveryDeps,
  ws: string,
  p: DeliverPayload,
  ctx: JobContext,
): Promise<void> {
  const { db } = deps;
  const d = await deliveriesRepository.find(db, ws, p.deliveryId);
  if (!d || (d.status === 'succeeded' && !p.manual)) return;
  const manual = Boolean(p.manual) || d.event_type === TEST_EVENT;
  const hook = await webhooksRepository.find(db, ws, d.webhook_id);
  const now = deps.now();
  if (!hook || (!hook.enabled && !manual)) {
    await deliveriesRepository.update(db, ws, d.id, {
      status: 'failed',
      error: hook ? 'the endpoint is disabled' : 'the endpoint was deleted',
      next_attempt_at: null,
      updated_at: now.toISOString(),
    });
    return;
  }
  const ts = Math.floor(now.getTime() / 1000);
  const headers = {
    'content-type': 'application/json',
    'user-agent': 'Chuhai-Webhooks/1.0',
    'webhook-id': d.event_id,
    'webhook-timestamp': String(ts),
    'webhook-signature': signature(secretsOf(hook, now), d.event_id, ts, d.payload),
  };
  const url = new URL(hook.url);
  let result: SendResult;
  try {
    // Checked again at every attempt: the name may point elsewhere since the endpoint was saved.
    const to = await vetHost(deps.resolve, url, Boolean(hook.allow_private_network));
    result = await send(url, to, headers, d.payload, ctx.signal);
  } catch (err) {
    result = { status: null, body: '', durationMs: 0, error: (err as Error).message };
  }
  const ok = result.status !== null && result.status >= 200 && result.status < 300;
  const gone = result.status === 410;
  const last = !ok && (gone || ctx.attempt >= ctx.maxAttempts);
  const error = ok ? null : (result.error ?? `HTTP ${result.status}`);
  let disabled = false;
  await db.transaction().execute(async (tx) => {
    await deliveriesRepository.update(tx, ws, d.id, {
      status: ok ? 'succeeded' : last ? 'failed' : 'pending',
      attempts: d.attempts + 1,
      request_headers: JSON.stringify(headers),
      response_status: result.status,
      response_body: result.body || null,
      duration_ms: result.durationMs,
      error,
      next_attempt_at:
        ok || last ? null : new Date(now.getTime() + retryWait(ctx.attempt)).toISOString(),
      updated_at: now.toISOString(),
    });
    if (ok) await webhooksRepository.succeeded(tx, ws, hook.id);
    else if (!manual)
      disabled = await failed(
        tx,
        ws,
        hook.id,
        now,
        gone ? 'gone' : last ? 'attempts_exhausted' : null,
      );
  });
  if (disabled) events.invalidate(ws);
  if (error) throw gone ? new PermanentJobError(error) : new Error(error);
}

/**
 * Counts a failed attempt against the endpoint and disables it when the receiver said it is gone,
 * a delivery used every attempt, or failures in a row have lasted a day (`shouldDisable`). The
 * notice to admins is the audit entry (a system action) and the reason on the endpoint.
 */
async function failed(
  tx: Executor,
  ws: string,
  id: string,
  now: Date,
  reasonNow: DisabledReason | null,
): Promise<boolean> {
  const hook = await webhooksRepository.countFailure(tx, ws, id, now.toISOString());
  if (!hook?.enabled) return false;
  const reason: DisabledReason | null =
    reasonNow ?? (shouldDisable(hook.failure_count, hook.failing_since, now) ? 'failing' : null);
  if (!reason) return false;
  await webhooksRepository.update(tx, ws, id, {
    enabled: 0,
    disabled_at: now.toISOString(),
    disabled_reason: reason,
    updated_at: now.toISOString(),
  });
  await recordAudit(tx, systemScope(ws), {
    action: 'update',
    entityType: 'webhook',
    entityId: id,
    changes: {
      enabled: { before: true, after: false },
      disabledReason: { before: null, after: reason },
      failureCount: { before: null, after: hook.failure_count },
    },
  });
  return true;
}
