import { Type, type Static } from '@sinclair/typebox';
import type { Kysely } from 'kysely';
import type { DB, TicketStatusChange } from '../../db/schema.ts';
import { TICKET_CHANNELS } from '../../domain/service/tickets.ts';
import { requireRole, type Scope } from '../../domain/scope.ts';
import { OneOf } from '../../http/schema-helpers.ts';
import { ticketsRepository as repo, type TicketRow } from './tickets.repository.ts';

export const TICKET_EVENT_KINDS = ['opened', 'solved', 'reopened', 'closed'] as const;
export type TicketEventKind = (typeof TICKET_EVENT_KINDS)[number];

export const TicketEventsQuery = Type.Object(
  {
    customerId: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 64,
        description: 'the customer whose timeline this is; without: every ticket the caller sees',
      }),
    ),
    limit: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: 200,
        default: 50,
        description: 'the latest tickets to tell of',
      }),
    ),
  },
  { additionalProperties: false },
);
export type TicketEventsQuery = Static<typeof TicketEventsQuery>;

export const TicketEventOut = Type.Object({
  kind: OneOf(TICKET_EVENT_KINDS),
  at: Type.String(),
  ticketId: Type.String(),
  number: Type.String(),
  subject: Type.String(),
  channel: OneOf(TICKET_CHANNELS),
  /** who moved the ticket (null: the customer through the portal, or the system) */
  byUserId: Type.Union([Type.Null(), Type.String()]),
});
export const TicketEventsOut = Type.Object({ items: Type.Array(TicketEventOut) });
type TicketEvent = Static<typeof TicketEventOut>;

/** A ticket's status history as timeline events: opened, solved, reopened, closed. */
export function eventsOf(t: TicketRow, changes: TicketStatusChange[]): TicketEvent[] {
  const base = { ticketId: t.id, number: t.number, subject: t.subject, channel: t.channel };
  const out: TicketEvent[] = [
    { ...base, kind: 'opened', at: t.created_at, byUserId: t.created_by },
  ];
  for (const c of changes) {
    const kind: TicketEventKind | null =
      c.to_status === 'solved'
        ? 'solved'
        : c.to_status === 'closed'
          ? 'closed'
          : c.from_status === 'solved' && c.to_status === 'open'
            ? 'reopened'
            : null;
    if (kind) out.push({ ...base, kind, at: c.at, byUserId: c.by_user_id });
  }
  return out;
}

/**
 * The customer's ticket events for their timeline, newest first: only tickets the caller may see
 * (the tickets' own reach rule), so a rep hears of their customers' and their own tickets and of
 * nothing else. Agents, who see no customer, are refused at the door (the route is not theirs).
 */
export async function customerTicketEvents(
  db: Kysely<DB>,
  scope: Scope,
  q: TicketEventsQuery,
  now: Date,
) {
  requireRole(scope, 'admin', 'manager', 'rep');
  const rows = await repo.list(db, scope, {
    customerId: q.customerId,
    sort: 'created',
    now: now.toISOString(),
    limit: q.limit ?? 50,
    offset: 0,
  });
  const page = rows.slice(0, q.limit ?? 50);
  const history = new Map<string, TicketStatusChange[]>();
  for (const c of await repo.statusChangesOf(
    db,
    scope.workspaceId,
    page.map((r) => r.id),
  ))
    history.set(c.ticket_id, [...(history.get(c.ticket_id) ?? []), c]);
  const items = page
    .flatMap((t) => eventsOf(t, history.get(t.id) ?? []))
    .sort((a, b) => b.at.localeCompare(a.at) || a.number.localeCompare(b.number));
  return { items };
}
