import { Type, type Static } from '@sinclair/typebox';
import { EVENT_TYPES } from '../../domain/events.ts';
import { DELIVERY_STATUSES } from '../../db/schema.ts';
import { PageQuery } from '../../http/pagination.ts';
import { Nullable, OneOf } from '../../http/schema-helpers.ts';
import { DISABLED_REASONS } from './delivery-job.ts';

const EventTypes = Type.Array(OneOf(EVENT_TYPES), {
  minItems: 1,
  maxItems: EVENT_TYPES.length,
  description: 'the events sent to this endpoint',
});

export const WebhookBody = Type.Object(
  {
    url: Type.String({ minLength: 1, maxLength: 2000 }),
    description: Type.Optional(Type.String({ maxLength: 500 })),
    eventTypes: EventTypes,
    enabled: Type.Optional(Type.Boolean()),
    allowPrivateNetwork: Type.Optional(
      Type.Boolean({
        description:
          'allow private, loopback and link-local addresses and plain http (an on-premises receiver)',
      }),
    ),
  },
  { additionalProperties: false },
);
export type WebhookBody = Static<typeof WebhookBody>;

export const WebhookPatch = Type.Partial(WebhookBody, { additionalProperties: false });
export type WebhookPatch = Static<typeof WebhookPatch>;

export const WebhookOut = Type.Object({
  id: Type.String(),
  url: Type.String(),
  description: Type.String(),
  eventTypes: Type.Array(OneOf(EVENT_TYPES)),
  enabled: Type.Boolean(),
  allowPrivateNetwork: Type.Boolean(),
  failureCount: Type.Integer({ description: 'failed attempts in a row since the last success' }),
  failingSince: Nullable(Type.String()),
  disabledAt: Nullable(Type.String()),
  disabledReason: Nullable(
    OneOf(DISABLED_REASONS, {
      description:
        'why the system disabled it: gone (answered 410), attempts_exhausted (a delivery failed 8 times over 27 h), failing (20 failures in a row over 24 h)',
    }),
  ),
  previousSecretExpiresAt: Nullable(
    Type.String({ description: 'until when the secret before the last rotation still signs' }),
  ),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});
export type WebhookOut = Static<typeof WebhookOut>;

export const WebhookWithSecret = Type.Intersect([
  WebhookOut,
  Type.Object({
    secret: Type.String({ description: 'whsec_…: shown once, on create and rotate' }),
  }),
]);

export const DeliveryOut = Type.Object({
  id: Type.String(),
  webhookId: Type.String(),
  eventType: Type.String(),
  eventId: Type.String({ description: 'sent as webhook-id, the same on every attempt' }),
  status: OneOf(DELIVERY_STATUSES),
  attempts: Type.Integer(),
  requestHeaders: Nullable(Type.Record(Type.String(), Type.String())),
  requestBody: Type.String(),
  responseStatus: Nullable(Type.Integer()),
  responseBody: Nullable(Type.String({ description: 'the first 4 KB' })),
  durationMs: Nullable(Type.Integer()),
  error: Nullable(Type.String()),
  nextAttemptAt: Nullable(Type.String()),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});
export type DeliveryOut = Static<typeof DeliveryOut>;

export const DeliveryList = Type.Object({
  items: Type.Array(DeliveryOut),
  nextCursor: Nullable(Type.String()),
});

export const DeliveryQuery = Type.Object({ ...PageQuery }, { additionalProperties: false });
