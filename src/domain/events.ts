/**
 * Domain events: what happened to a record, named `<entity>.<past tense>`. They come from the
 * audit log's writes (one source for every change) plus a few explicit ones (`import.finished`).
 * Webhooks and automation rules subscribe to these names; `webhook.test` is only ever sent by the
 * webhook test button and cannot be subscribed to.
 */
export const EVENT_TYPES = [
  'customer.created',
  'customer.updated',
  'customer.deleted',
  'customer.restored',
  'customer.merged',
  'customer.unmerged',
  'contact.created',
  'contact.updated',
  'contact.deleted',
  'order.created',
  'order.updated',
  'order.deleted',
  'follow_up.created',
  'follow_up.updated',
  'follow_up.deleted',
  'import.finished',
  // explicit: an automation rule's "call a webhook" action (never from the audit log)
  'automation.fired',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const TEST_EVENT = 'webhook.test';

const PAST: Record<string, string> = {
  create: 'created',
  update: 'updated',
  delete: 'deleted',
  restore: 'restored',
  merge: 'merged',
  unmerge: 'unmerged',
};

const KNOWN = new Set<string>(EVENT_TYPES);

/** The event an audited change is, or null for changes no one subscribes to (logins, teams). */
export function eventTypeFor(entityType: string, action: string): EventType | null {
  const past = PAST[action];
  if (!past) return null;
  const type = `${entityType}.${past}`;
  return KNOWN.has(type) ? (type as EventType) : null;
}
