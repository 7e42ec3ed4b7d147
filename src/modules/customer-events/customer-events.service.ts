import type { Kysely } from 'kysely';
import type { Executor } from '../../db/dialect.ts';
import type { CustomerEvent, DB } from '../../db/schema.ts';
import { promotions } from '../../domain/customer-events/rsvp.ts';
import { newId, nowIso } from '../../domain/ids.ts';
import type { Scope } from '../../domain/scope.ts';
import { AppError, fieldError } from '../../http/errors.ts';
import { diff, recordAudit } from '../audit/audit.service.ts';
import { customerRecords } from '../customers/customer-records.service.ts';
import { userRecords } from '../users/user-records.service.ts';
import { toEventOut } from './customer-events.mapper.ts';
import { customerEventsRepository, type EventPatch } from './customer-events.repository.ts';
import type {
  CustomerInvitationsOut,
  EventBody,
  EventListQuery,
  EventOut,
  EventPatchBody,
} from './customer-events.schemas.ts';
import { eventProblems } from './customer-events.validation.ts';
import { invitationsRepository } from './invitations.repository.ts';

const iso = (s: string) => new Date(s).toISOString();
const texts = (t: Record<string, string>) =>
  JSON.stringify(Object.fromEntries(Object.entries(t).filter(([, v]) => v.trim())));

/** Customer events: the workspace's, read by everyone, changed by their owner or an admin. */
export class CustomerEventsService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly now: () => Date,
    /** moves the unsent reminders of an event whose start changed (invitation mails) */
    private readonly startMoved?: (tx: Executor, workspaceId: string, id: string) => Promise<void>,
  ) {}

  async list(scope: Scope, q: EventListQuery): Promise<EventOut[]> {
    const rows = await customerEventsRepository.list(this.db, scope.workspaceId, {
      now: this.now().toISOString(),
      past: q.past ?? false,
      limit: q.limit ?? 50,
    });
    const out: EventOut[] = [];
    for (const e of rows) out.push(await this.out(this.db, e));
    return out;
  }

  async get(scope: Scope, id: string): Promise<EventOut> {
    const e = await customerEventsRepository.find(this.db, scope.workspaceId, id);
    if (!e) throw AppError.notFound('Event');
    return this.out(this.db, e);
  }

  private async out(db: Executor, e: CustomerEvent): Promise<EventOut> {
    return toEventOut(e, await invitationsRepository.seats(db, e.workspace_id, e.id));
  }

  async create(scope: Scope, body: EventBody): Promise<EventOut> {
    const errors = eventProblems(body, undefined, []);
    const ownerId = body.ownerId ?? scope.userId;
    const owner = await userRecords.findById(this.db, scope.workspaceId, ownerId);
    if (!owner || owner.active !== 1) errors.push(fieldError('/ownerId', 'no_active_user'));
    if (errors.length) throw AppError.validation(errors);
    const at = nowIso();
    const row: CustomerEvent = {
      workspace_id: scope.workspaceId,
      id: newId(),
      type: body.type,
      title: texts(body.title),
      description: texts(body.description ?? {}),
      venue: body.venue?.trim() || null,
      venue_country: body.venueCountry?.toUpperCase() ?? null,
      time_zone: body.timeZone,
      online_url: body.onlineUrl?.trim() || null,
      starts_at: iso(body.startsAt),
      ends_at: iso(body.endsAt),
      rsvp_deadline: body.rsvpDeadline ? iso(body.rsvpDeadline) : null,
      capacity: body.capacity ?? null,
      max_guests: body.maxGuests ?? 0,
      owner_id: ownerId,
      currency: body.currency,
      budget_minor: body.budgetMinor ?? null,
      cost_minor: body.costMinor ?? null,
      created_at: at,
      updated_at: at,
    };
    await this.db.transaction().execute(async (tx) => {
      await customerEventsRepository.insert(tx, row);
      await recordAudit(tx, scope, {
        action: 'create',
        entityType: 'customer_event',
        entityId: row.id,
        changes: diff({}, { type: row.type, title: row.title, startsAt: row.starts_at }),
      });
    });
    return this.get(scope, row.id);
  }

  /** Only the event's owner, a manager or an admin may change or delete it. */
  private async editable(tx: Executor, scope: Scope, id: string): Promise<CustomerEvent> {
    const e = await customerEventsRepository.find(tx, scope.workspaceId, id);
    if (!e) throw AppError.notFound('Event');
    if (scope.role === 'rep' && e.owner_id !== scope.userId)
      throw AppError.forbidden('Only the event’s owner, a manager or an admin can change it');
    return e;
  }

  async update(scope: Scope, id: string, body: EventPatchBody): Promise<EventOut> {
    await this.db.transaction().execute(async (tx) => {
      const current = await this.editable(tx, scope, id);
      const seats = await invitationsRepository.seats(tx, scope.workspaceId, id);
      const errors = eventProblems(body, current, seats);
      if (body.ownerId) {
        const owner = await userRecords.findById(tx, scope.workspaceId, body.ownerId);
        if (!owner || owner.active !== 1) errors.push(fieldError('/ownerId', 'no_active_user'));
      }
      if (errors.length) throw AppError.validation(errors);
      const patch: EventPatch = { updated_at: nowIso() };
      if (body.type) patch.type = body.type;
      if (body.title) patch.title = texts(body.title);
      if (body.description) patch.description = texts(body.description);
      if (body.venue !== undefined) patch.venue = body.venue?.trim() || null;
      if (body.venueCountry !== undefined)
        patch.venue_country = body.venueCountry?.toUpperCase() ?? null;
      if (body.timeZone) patch.time_zone = body.timeZone;
      if (body.onlineUrl !== undefined) patch.online_url = body.onlineUrl?.trim() || null;
      if (body.startsAt) patch.starts_at = iso(body.startsAt);
      if (body.endsAt) patch.ends_at = iso(body.endsAt);
      if (body.rsvpDeadline !== undefined)
        patch.rsvp_deadline = body.rsvpDeadline ? iso(body.rsvpDeadline) : null;
      if (body.capacity !== undefined) patch.capacity = body.capacity;
      if (body.maxGuests !== undefined) patch.max_guests = body.maxGuests;
      if (body.ownerId) patch.owner_id = body.ownerId;
      if (body.currency) patch.currency = body.currency;
      if (body.budgetMinor !== undefined) patch.budget_minor = body.budgetMinor;
      if (body.costMinor !== undefined) patch.cost_minor = body.costMinor;
      await customerEventsRepository.update(tx, scope.workspaceId, id, patch);
      if (patch.starts_at && patch.starts_at !== current.starts_at)
        await this.startMoved?.(tx, scope.workspaceId, id);
      // A larger capacity seats the waiting list, first come first served.
      if (body.capacity !== undefined) {
        const promoted = promotions(seats, body.capacity);
        await invitationsRepository.update(tx, scope.workspaceId, promoted, {
          status: 'yes',
          updated_at: patch.updated_at,
        });
      }
      const changes = diff(current, {
        ...current,
        ...patch,
      });
      delete changes.updated_at;
      await recordAudit(tx, scope, {
        action: 'update',
        entityType: 'customer_event',
        entityId: id,
        changes,
      });
    });
    return this.get(scope, id);
  }

  async remove(scope: Scope, id: string): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      const e = await this.editable(tx, scope, id);
      await customerEventsRepository.remove(tx, scope.workspaceId, id);
      await recordAudit(tx, scope, {
        action: 'delete',
        entityType: 'customer_event',
        entityId: id,
        changes: diff({ title: e.title }, {}),
      });
    });
  }

  /** A customer's invitations and their events, latest first: 404 for a customer out of scope. */
  async ofCustomer(scope: Scope, customerId: string): Promise<CustomerInvitationsOut> {
    if (!(await customerRecords.findVisible(this.db, scope, customerId)))
      throw AppError.notFound('Customer');
    const rows = await invitationsRepository.ofCustomer(this.db, scope, customerId);
    return {
      items: rows.map((r) => ({
        invitationId: r.id,
        contactId: r.contact_id,
        contactName: [r.first_name, r.last_name].filter(Boolean).join(' '),
        status: r.status,
        guests: Number(r.guests),
        checkedInAt: r.checked_in_at,
        event: {
          id: r.event_id,
          type: r.event_type,
          title: JSON.parse(r.event_title) as Record<string, string>,
          venue: r.event_venue,
          venueCountry: r.event_venue_country,
          timeZone: r.event_time_zone,
          startsAt: r.event_starts_at,
          endsAt: r.event_ends_at,
        },
      })),
    };
  }
}
