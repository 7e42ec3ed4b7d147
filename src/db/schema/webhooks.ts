import type { Selectable } from 'kysely';

// Outbound webhooks (0025): endpoints and their delivery log.

export interface WebhookTable {
  workspace_id: string;
  id: string;
  url: string;
  description: string;
  /** JSON array of event types (src/domain/events.ts) */
  event_types: string;
  /** 0/1; an endpoint the system disabled has disabled_at and disabled_reason */
  enabled: number;
  /** `whsec_` + base64: signs every request */
  secret: string;
  /** the secret before the last rotation, still signing until previous_secret_expires_at */
  previous_secret: string | null;
  previous_secret_expires_at: string | null;
  /** 0/1: an admin allowed private, loopback and link-local addresses (and plain http) */
  allow_private_network: number;
  /** failed attempts in a row since the last success */
  failure_count: number;
  /** when that run of failures began */
  failing_since: string | null;
  disabled_at: string | null;
  disabled_reason: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}
export type Webhook = Selectable<WebhookTable>;

export const DELIVERY_STATUSES = ['pending', 'succeeded', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export interface WebhookDeliveryTable {
  workspace_id: string;
  id: string;
  webhook_id: string;
  event_type: string;
  /** sent as `webhook-id`: the same on every attempt and redelivery */
  event_id: string;
  /** the request body, exactly as signed */
  payload: string;
  status: DeliveryStatus;
  attempts: number;
  /** JSON: the last attempt's request headers */
  request_headers: string | null;
  response_status: number | null;
  /** the first 4 KB of the last response */
  response_body: string | null;
  duration_ms: number | null;
  error: string | null;
  next_attempt_at: string | null;
  created_at: string;
  updated_at: string;
}
export type WebhookDelivery = Selectable<WebhookDeliveryTable>;
