import type { Kysely } from 'kysely';
import type { DB, Webhook, WebhookDelivery } from '../../db/schema.ts';
import { AppError } from '../../domain/errors.ts';
import { TEST_EVENT } from '../../domain/events.ts';
import { fieldError } from '../../domain/field-errors.ts';
import { newId } from '../../domain/ids.ts';
import { requireRole, type Scope } from '../../domain/scope.ts';
import { newSecret, ROTATION_OVERLAP_MS } from '../../domain/webhooks/signature.ts';
import { diff, recordAudit } from '../audit/audit.service.ts';
import { events } from '../events/events.service.ts';
import type { JobRunner } from '../jobs/job-runner.ts';
import { deliveriesRepository } from './deliveries.repository.ts';
import { queueDelivery, requeueDelivery } from './deliveries.ts';
import type { JobKind } from '../jobs/job-kind.ts';
import { webhookJobKinds } from './webhook-jobs.ts';
import { checkUrl, type Resolver } from './resolver.ts';
import type { WebhookBody, WebhookPatch } from './webhooks.schemas.ts';
import { webhooksRepository } from './webhooks.repository.ts';

export interface WebhooksDeps {
  runner: JobRunner;
  resolve: Resolver;
  now: () => Date;
}

/** What the audit log keeps of an endpoint (never its secrets). */
const audited = (h: Webhook) => ({
  url: h.url,
  description: h.description,
  eventTypes: JSON.parse(h.event_types) as string[],
  enabled: Boolean(h.enabled),
  allowPrivateNetwork: Boolean(h.allow_private_network),
});

/** A workspace's outbound webhooks: admins only, every read and write by workspace. */
export class WebhooksService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly deps: WebhooksDeps,
  ) {}

  /** The kinds the composition root gives the job runner: delivery and the nightly prune. */
  jobKinds(): JobKind<never>[] {
    return webhookJobKinds({ db: this.db, resolve: this.deps.resolve, now: this.deps.now });
  }

  list(scope: Scope): Promise<Webhook[]> {
    requireRole(scope, 'admin');
    return webhooksRepository.list(this.db, scope.workspaceId);
  }

  async get(scope: Scope, id: string): Promise<Webhook> {
    requireRole(scope, 'admin');
    const hook = await webhooksRepository.find(this.db, scope.workspaceId, id);
    if (!hook) throw AppError.notFound('Webhook');
    return hook;
  }

  async create(scope: Scope, body: WebhookBody): Promise<{ hook: Webhook; secret: string }> {
    requireRole(scope, 'admin');
    const allowPrivate = body.allowPrivateNetwork ?? false;
    await checkUrl(this.deps.resolve, body.url, allowPrivate);
    const at = this.deps.now().toISOString();
    const secret = newSecret();
    const row = {
      workspace_id: scope.workspaceId,
      id: newId(),
      url: body.url,
      description: body.description?.trim() ?? '',
      event_types: JSON.stringify([...new Set(body.eventTypes)]),
      enabled: body.enabled === false ? 0 : 1,
      secret,
      previous_secret: null,
      previous_secret_expires_at: null,
      allow_private_network: allowPrivate ? 1 : 0,
      failure_count: 0,
      failing_since: null,
      disabled_at: null,
      disabled_reason: null,
      created_by: scope.userId || null,
      created_at: at,
      updated_at: at,
    };
    await this.db.transaction().execute(async (tx) => {
      await webhooksRepository.insert(tx, row);
      await recordAudit(tx, scope, {
        action: 'create',
        entityType: 'webhook',
        entityId: row.id,
        changes: diff({}, audited(row)),
      });
    });
    events.invalidate(scope.workspaceId);
    return { hook: row, secret };
  }

  async update(scope: Scope, id: string, patch: WebhookPatch): Promise<Webhook> {
    const before = await this.get(scope, id);
    const allowPrivate = patch.allowPrivateNetwork ?? Boolean(before.allow_private_network);
    if (patch.url !== undefined || patch.allowPrivateNetwork === false)
      await checkUrl(this.deps.resolve, patch.url ?? before.url, allowPrivate);
    const at = this.deps.now().toISOString();
    // Enabling again is the admin's "fixed it": the failure run and the system's reason end.
    const enabling = patch.enabled === true && !before.enabled;
    const next: Webhook = {
      ...before,
      url: patch.url ?? before.url,
      description: patch.description?.trim() ?? before.description,
      event_types: patch.eventTypes
        ? JSON.stringify([...new Set(patch.eventTypes)])
        : before.event_types,
      enabled: patch.enabled === undefined ? before.enabled : patch.enabled ? 1 : 0,
      allow_private_network: allowPrivate ? 1 : 0,
      ...(enabling
        ? { failure_count: 0, failing_since: null, disabled_at: null, disabled_reason: null }
        : {}),
      updated_at: at,
    };
    const changes = diff(audited(before), audited(next));
    if (!Object.keys(changes).length) return before;
    await this.db.transaction().execute(async (tx) => {
      const { workspace_id: _w, id: _i, ...set } = next;
      await webhooksRepository.update(tx, scope.workspaceId, id, set);
      await recordAudit(tx, scope, {
        action: 'update',
        entityType: 'webhook',
        entityId: id,
        changes,
      });
    });
    events.invalidate(scope.workspaceId);
    return next;
  }

  async remove(scope: Scope, id: string): Promise<void> {
    const before = await this.get(scope, id);
    await this.db.transaction().execute(async (tx) => {
      await deliveriesRepository.removeOf(tx, scope.workspaceId, id);
      await webhooksRepository.remove(tx, scope.workspaceId, id);
      await recordAudit(tx, scope, {
        action: 'delete',
        entityType: 'webhook',
        entityId: id,
        changes: diff(audited(before), {}),
      });
    });
    events.invalidate(scope.workspaceId);
  }

  /** A new secret; the old one keeps signing (a second signature) for a day. */
  async rotate(scope: Scope, id: string): Promise<{ hook: Webhook; secret: string }> {
    const before = await this.get(scope, id);
    const now = this.deps.now();
    const secret = newSecret();
    const patch = {
      secret,
      previous_secret: before.secret,
      previous_secret_expires_at: new Date(now.getTime() + ROTATION_OVERLAP_MS).toISOString(),
      updated_at: now.toISOString(),
    };
    await this.db.transaction().execute(async (tx) => {
      await webhooksRepository.update(tx, scope.workspaceId, id, patch);
      await recordAudit(tx, scope, {
        action: 'update',
        entityType: 'webhook',
        entityId: id,
        changes: { secret: { before: 'rotated', after: 'new' } },
      });
    });
    return { hook: { ...before, ...patch }, secret };
  }

  /** Sends a `webhook.test` event now, through the same job and log, and answers its delivery. */
  async test(scope: Scope, id: string): Promise<WebhookDelivery> {
    const hook = await this.get(scope, id);
    const now = this.deps.now();
    const eventId = newId();
    const payload = JSON.stringify({
      type: TEST_EVENT,
      timestamp: now.toISOString(),
      data: { webhookId: hook.id, message: 'A test event sent from Chuhai' },
    });
    const queued = await this.db
      .transaction()
      .execute((tx) =>
        queueDelivery(
          tx,
          scope.workspaceId,
          { webhookId: id, eventType: TEST_EVENT, eventId, payload },
          now,
          true,
        ),
      );
    return this.runAndRead(scope, queued.deliveryId, queued.jobId);
  }

  async deliveries(
    scope: Scope,
    id: string,
    page: { cursor?: string; limit: number },
  ): Promise<WebhookDelivery[]> {
    await this.get(scope, id);
    return deliveriesRepository.list(this.db, scope.workspaceId, id, {
      before: page.cursor,
      limit: page.limit,
    });
  }

  /** Sends a logged delivery again now: the same event id and body, newly signed; one attempt. */
  async redeliver(scope: Scope, deliveryId: string): Promise<WebhookDelivery> {
    requireRole(scope, 'admin');
    const d = await deliveriesRepository.find(this.db, scope.workspaceId, deliveryId);
    if (!d) throw AppError.notFound('Delivery');
    const hook = await this.get(scope, d.webhook_id);
    if (d.status === 'pending')
      throw AppError.conflict('The delivery is still pending', [
        fieldError('/status', 'webhook_delivery_pending'),
      ]);
    if (!hook.enabled && d.event_type !== TEST_EVENT)
      throw AppError.conflict('The endpoint is disabled', [
        fieldError('/enabled', 'webhook_disabled'),
      ]);
    const jobId = await this.db.transaction().execute(async (tx) => {
      await deliveriesRepository.update(tx, scope.workspaceId, d.id, {
        status: 'pending',
        updated_at: this.deps.now().toISOString(),
      });
      return requeueDelivery(tx, scope.workspaceId, d.id, true);
    });
    return this.runAndRead(scope, d.id, jobId);
  }

  private async runAndRead(
    scope: Scope,
    deliveryId: string,
    jobId: string | null,
  ): Promise<WebhookDelivery> {
    // Run here and now (a poller elsewhere may take it first: then the answer is still pending).
    if (jobId) await this.deps.runner.runNow(jobId);
    const d = await deliveriesRepository.find(this.db, scope.workspaceId, deliveryId);
    if (!d) throw AppError.notFound('Delivery');
    return d;
  }
}
