import { sql } from 'kysely';
import { insertRows } from '../../db/bulk-insert.ts';
import type { Executor } from '../../db/dialect.ts';
import type { EventInvitation, EventInvitationTable } from '../../db/schema.ts';
import { visibleTo } from '../../db/visibility.ts';
import type { Seat } from '../../domain/customer-events/rsvp.ts';
import type { Scope } from '../../domain/scope.ts';

export type InvitationPatch = Partial<
  Pick<
    EventInvitationTable,
    | 'status'
    | 'guests'
    | 'dietary'
    | 'visa_letter'
    | 'responded_at'
    | 'checked_in_at'
    | 'token_hash'
    | 'updated_at'
    | 'mailbox_id'
    | 'mail_status'
    | 'mail_sent_at'
    | 'mail_error'
    | 'reminder_due_at'
    | 'reminder_status'
    | 'reminder_sent_at'
  >
>;

/** An invitation with its contact's and customer's names and the customer's place. */
export type InvitationRow = EventInvitation & {
  first_name: string;
  last_name: string | null;
  customer_name: string;
  country: string;
  time_zone: string | null;
  owner_id: string;
  /** the contact's addresses, JSON array */
  emails: string;
  preferred_language: string | null;
};

const PERSON = [
  'contacts.first_name',
  'contacts.last_name',
  'contacts.emails',
  'contacts.preferred_language',
  'customers.name as customer_name',
  'customers.country',
  'customers.time_zone',
  'customers.owner_id',
] as const;

/** Invitations with their contact and customer, in one workspace, whoever may see them. */
const withPeople = (db: Executor, workspaceId: string) =>
  db
    .selectFrom('event_invitations')
    .innerJoin('customers', (j) =>
      j
        .onRef('customers.workspace_id', '=', 'event_invitations.workspace_id')
        .onRef('customers.id', '=', 'event_invitations.customer_id'),
    )
    .innerJoin('contacts', (j) =>
      j
        .onRef('contacts.workspace_id', '=', 'event_invitations.workspace_id')
        .onRef('contacts.id', '=', 'event_invitations.contact_id'),
    )
    .where('event_invitations.workspace_id', '=', workspaceId)
    .where('customers.deleted_at', 'is', null)
    .selectAll('event_invitations')
    .select(PERSON);

/** Invitations through the customers the scope may see (live ones). */
const visible = (db: Executor, scope: Scope) =>
  withPeople(db, scope.workspaceId).$call(visibleTo(scope, 'customers.owner_id'));

/** The only writer of `event_invitations`. */
export const invitationsRepository = {
  async insertMany(db: Executor, rows: EventInvitation[]): Promise<void> {
    await insertRows(db, 'event_invitations', rows);
  },

  listVisible(db: Executor, scope: Scope, eventId: string): Promise<InvitationRow[]> {
    return visible(db, scope)
      .where('event_invitations.event_id', '=', eventId)
      .orderBy('event_invitations.created_at')
      .orderBy('event_invitations.id')
      .execute();
  },

  /** One customer's invitations with their events, latest event first (the customer page). */
  ofCustomer(db: Executor, scope: Scope, customerId: string) {
    return visible(db, scope)
      .innerJoin('customer_events as e', (j) =>
        j
          .onRef('e.workspace_id', '=', 'event_invitations.workspace_id')
          .onRef('e.id', '=', 'event_invitations.event_id'),
      )
      .where('event_invitations.customer_id', '=', customerId)
      .select([
        'e.type as event_type',
        'e.title as event_title',
        'e.venue as event_venue',
        'e.venue_country as event_venue_country',
        'e.time_zone as event_time_zone',
        'e.starts_at as event_starts_at',
        'e.ends_at as event_ends_at',
      ])
      .orderBy('e.starts_at', 'desc')
      .orderBy('event_invitations.id')
      .limit(200)
      .execute();
  },

  findVisible(db: Executor, scope: Scope, id: string): Promise<InvitationRow | undefined> {
    return visible(db, scope).where('event_invitations.id', '=', id).executeTakeFirst();
  },

  /** The public link's invitation: the workspace the token names, then its hash. */
  byTokenHash(db: Executor, workspaceId: string, hash: string): Promise<InvitationRow | undefined> {
    return withPeople(db, workspaceId)
      .where('event_invitations.token_hash', '=', hash)
      .executeTakeFirst();
  },

  /** One invitation whoever may see it: for the mail jobs, which act for the event's sender. */
  byId(db: Executor, workspaceId: string, id: string): Promise<InvitationRow | undefined> {
    return withPeople(db, workspaceId).where('event_invitations.id', '=', id).executeTakeFirst();
  },

  /** An event's invitations whose reminder is planned and not yet sent (the event moved). */
  plannedReminders(db: Executor, workspaceId: string, eventId: string) {
    return withPeople(db, workspaceId)
      .where('event_invitations.event_id', '=', eventId)
      .where('event_invitations.mail_status', 'is not', null)
      .where((eb) =>
        eb.or([
          eb('event_invitations.reminder_status', 'is', null),
          eb('event_invitations.reminder_status', '=', 'queued'),
        ]),
      )
      .execute();
  },

  /** Every invitation's seat of an event (all customers: capacity counts everyone's guests). */
  async seats(db: Executor, workspaceId: string, eventId: string): Promise<Seat[]> {
    const rows = await db
      .selectFrom('event_invitations')
      .select(['id', 'status', 'guests', 'responded_at'])
      .where('workspace_id', '=', workspaceId)
      .where('event_id', '=', eventId)
      .execute();
    return rows.map((r) => ({
      id: r.id,
      status: r.status,
      guests: Number(r.guests),
      respondedAt: r.responded_at,
    }));
  },

  /** The contacts already invited to an event, among `contactIds`. */
  async invitedContacts(db: Executor, workspaceId: string, eventId: string): Promise<Set<string>> {
    const rows = await db
      .selectFrom('event_invitations')
      .select('contact_id')
      .where('workspace_id', '=', workspaceId)
      .where('event_id', '=', eventId)
      .execute();
    return new Set(rows.map((r) => r.contact_id));
  },

  async update(db: Executor, workspaceId: string, ids: string[], patch: InvitationPatch) {
    if (!ids.length) return;
    await db
      .updateTable('event_invitations')
      .set(patch)
      .where('workspace_id', '=', workspaceId)
      .where('id', 'in', ids)
      .execute();
  },

  /** Invited, answered and attended per customer country, over the customers in scope. */
  byCountry(db: Executor, scope: Scope, eventId: string) {
    return visible(db, scope)
      .clearSelect()
      .where('event_invitations.event_id', '=', eventId)
      .select((eb) => [
        'customers.country',
        eb.fn.countAll<number>().as('invited'),
        sql<number>`sum(case when ${sql.ref('event_invitations.responded_at')} is not null then 1 else 0 end)`.as(
          'responded',
        ),
        sql<number>`sum(case when ${sql.ref('event_invitations.status')} = 'yes' then 1 else 0 end)`.as(
          'confirmed',
        ),
        sql<number>`sum(case when ${sql.ref('event_invitations.checked_in_at')} is not null then 1 else 0 end)`.as(
          'attended',
        ),
      ])
      .groupBy('customers.country')
      .orderBy('customers.country')
      .execute();
  },
};
