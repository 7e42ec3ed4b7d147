import { Type } from '@sinclair/typebox';
import type { Webhook, WebhookDelivery } from '../../db/schema.ts';
import type { EventType } from '../../domain/events.ts';
import { requireScope } from '../../http/authenticate.ts';
import { toPage } from '../../http/pagination.ts';
import { IdParams } from '../../http/params.ts';
import { errorResponses, type App } from '../../http/types.ts';
import type { DisabledReason } from './delivery-job.ts';
import {
  DeliveryList,
  DeliveryOut,
  DeliveryQuery,
  WebhookBody,
  WebhookOut,
  WebhookPatch,
  WebhookWithSecret,
} from './webhooks.schemas.ts';
import type { WebhooksService } from './webhooks.service.ts';

const adminErrors = { ...errorResponses, 403: Type.Ref('Problem') };

function out(h: Webhook): WebhookOut {
  return {
    id: h.id,
    url: h.url,
    description: h.description,
    eventTypes: JSON.parse(h.event_types) as EventType[],
    enabled: Boolean(h.enabled),
    allowPrivateNetwork: Boolean(h.allow_private_network),
    failureCount: h.failure_count,
    failingSince: h.failing_since,
    disabledAt: h.disabled_at,
    disabledReason: h.disabled_reason as DisabledReason | null,
    previousSecretExpiresAt: h.previous_secret_expires_at,
    createdAt: h.created_at,
    updatedAt: h.updated_at,
  };
}

function delivery(d: WebhookDelivery): DeliveryOut {
  return {
    id: d.id,
    webhookId: d.webhook_id,
    eventType: d.event_type,
    eventId: d.event_id,
    status: d.status,
    attempts: d.attempts,
    requestHeaders: d.request_headers
      ? (JSON.parse(d.request_headers) as Record<string, string>)
      : null,
    requestBody: d.payload,
    responseStatus: d.response_status,
    responseBody: d.response_body,
    durationMs: d.duration_ms,
    error: d.error,
    nextAttemptAt: d.next_attempt_at,
    createdAt: d.created_at,
    updatedAt: d.updated_at,
  };
}

const tags = ['webhooks'];

export function webhooksRoutes(app: App, webhooks: WebhooksService): void {
  app.get(
    '/webhooks',
    {
      schema: {
        tags,
        summary: "The workspace's webhook endpoints (admin)",
        response: { 200: Type.Object({ items: Type.Array(WebhookOut) }), ...adminErrors },
      },
    },
    async (req) => ({ items: (await webhooks.list(requireScope(req))).map(out) }),
  );

  app.post(
    '/webhooks',
    {
      schema: {
        tags,
        summary: 'Add an endpoint; answers its signing secret, shown only this once (admin)',
        body: WebhookBody,
        response: { 201: WebhookWithSecret, ...adminErrors },
      },
    },
    async (req, reply) => {
      const { hook, secret } = await webhooks.create(requireScope(req), req.body);
      return reply.code(201).send({ ...out(hook), secret });
    },
  );

  app.get(
    '/webhooks/:id',
    {
      schema: {
        tags,
        summary: 'One endpoint (admin)',
        params: IdParams,
        response: { 200: WebhookOut, ...adminErrors },
      },
    },
    async (req) => out(await webhooks.get(requireScope(req), req.params.id)),
  );

  app.patch(
    '/webhooks/:id',
    {
      schema: {
        tags,
        summary: 'Change an endpoint; enabling it again clears the reason it was disabled (admin)',
        params: IdParams,
        body: WebhookPatch,
        response: { 200: WebhookOut, ...adminErrors },
      },
    },
    async (req) => out(await webhooks.update(requireScope(req), req.params.id, req.body)),
  );

  app.delete(
    '/webhooks/:id',
    {
      schema: {
        tags,
        summary: 'Delete an endpoint and its delivery log (admin)',
        params: IdParams,
        response: { 204: Type.Null(), ...adminErrors },
      },
    },
    async (req, reply) => {
      await webhooks.remove(requireScope(req), req.params.id);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/webhooks/:id/rotate-secret',
    {
      schema: {
        tags,
        summary: 'A new signing secret, shown once; the old one also signs for 24 h (admin)',
        params: IdParams,
        response: { 200: WebhookWithSecret, ...adminErrors },
      },
    },
    async (req) => {
      const { hook, secret } = await webhooks.rotate(requireScope(req), req.params.id);
      return { ...out(hook), secret };
    },
  );

  app.post(
    '/webhooks/:id/test',
    {
      schema: {
        tags,
        summary: 'Send a webhook.test event now and answer its delivery (admin)',
        params: IdParams,
        response: { 200: DeliveryOut, ...adminErrors },
      },
    },
    async (req) => delivery(await webhooks.test(requireScope(req), req.params.id)),
  );

  app.get(
    '/webhooks/:id/deliveries',
    {
      schema: {
        tags,
        summary: "An endpoint's delivery log, newest first (admin)",
        params: IdParams,
        querystring: DeliveryQuery,
        response: { 200: DeliveryList, ...adminErrors },
      },
    },
    async (req) => {
      const limit = req.query.limit ?? 50;
      const rows = await webhooks.deliveries(requireScope(req), req.params.id, {
        cursor: req.query.cursor,
        limit: limit + 1,
      });
      return toPage(rows, limit, delivery);
    },
  );

  app.post(
    '/webhook-deliveries/:id/redeliver',
    {
      schema: {
        tags,
        summary: 'Send a logged delivery again now (same webhook-id), one attempt (admin)',
        params: IdParams,
        response: { 200: DeliveryOut, ...adminErrors, 409: Type.Ref('Problem') },
      },
    },
    async (req) => delivery(await webhooks.redeliver(requireScope(req), req.params.id)),
  );
}
