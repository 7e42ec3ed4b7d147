import type { Kysely } from 'kysely';
import type { Executor } from '../../db/dialect.ts';
import type { Contact, CustomerEvent, DB, EventInvitation } from '../../db/schema.ts';
import { addDays } from '../../domain/calendar/dates.ts';
import { thankYouDate } from '../../domain/customer-events/invitee-times.ts';
import { textIn } from '../../domain/customer-events/rsvp-labels.ts';
import { newId, nowIso } from '../../domain/ids.ts';
import type { Scope } from '../../domain/scope.ts';
import { AppError, fieldError, type FieldError } from '../../http/errors.ts';
import { diff, recordAudit } from '../audit/audit.service.ts';
import type { CalendarProvider } from '../countries/calendar.provider.ts';
import { contactRecords, customerRecords } from '../customers/customer-records.service.ts';
import type { ActivitiesService } from '../relationship/activities.service.ts';
import { datedFollowUps } from '../relationship/dated-follow-ups.service.ts';
import { segmentConditions } from '../segments/segment-conditions.service.ts';
import { customerEventsRepository } from './customer-events.repository.ts';
import type { InviteBody, InvitationOut } from './customer-events.schemas.ts';
import { inviteeZone, toInvitationOut } from './invitations.mapper.ts';
import { invitationsRepository } from './invitations.repository.ts';
import { readLinkToken, sha256Hex, type LinkSigner } from '../../domain/link-token.ts';
import { invitationLanguage } from '../../domain/customer-events/invitation-mail.ts';

/** Customers a segment invitation reaches at most in one request. */
const SEGMENT_LIMIT = 2000;

/** The token in what a guest shows at the door: their RSVP link (…/rsvp/<token>) or the token. */
export function tokenInCode(code: string): string {
  const trimmed = code.trim();
  const path = /\/rsvp\/([^/?#\s]+)/.exec(trimmed);
  const token = path?.[1] ?? trimmed;
  try {
    return decodeURIComponent(token);
  } catch {
    return token; // a stray % is no token of ours: it finds no invitation
  }
}

/** An invitation's RSVP token: signed, so the invitation and reminder mails can write it again. */
export const rsvpToken = (tokens: LinkSigner, workspaceId: string, invitationId: string) =>
  tokens.signed('rsvp', workspaceId, invitationId);

/**
 * Told, in the check-in's transaction, that a guest attended (once per invitation): the
 * composition root wires it to the loyalty programme's event bonus, so this module imports no
 * loyalty.
 */
export type CheckedIn = (
  db: Executor,
  workspaceId: string,
  attended: { invitationId: string; customerId: string; title: string },
) => Promise<unknown>;

/** Invitations to customer events: invite, list, check in, results. */
export class InvitationsService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly deps: {
      calendars: CalendarProvider;
      activities: ActivitiesService;
      now: () => Date;
      /** signs RSVP links (`rsvpToken`) */
      tokens: LinkSigner;
      checkedIn?: CheckedIn;
    },
  ) {}

  private async event(db: Executor, scope: Scope, id: string): Promise<CustomerEvent> {
    const e = await customerEventsRepository.find(db, scope.workspaceId, id);
    if (!e) throw AppError.notFound('Event');
    return e;
  }

  /** The contacts to invite: those named (each in scope) and a segment's primary contacts. */
  private async contacts(tx: Executor, scope: Scope, body: InviteBody): Promise<Contact[]> {
    const errors: FieldError[] = [];
    const out: Contact[] = [];
    for (const [i, id] of (body.contactIds ?? []).entries()) {
      const c = await contactRecords.findVisible(tx, scope, id);
      if (c) out.push(c);
      else errors.push(fieldError(`/contactIds/${i}`, 'not_in_scope', { entity: 'contact' }));
    }
    if (body.segmentId) {
      const where = (await segmentConditions(tx, scope.workspaceId, [body.segmentId])).get(
        body.segmentId,
      );
      if (!where) errors.push(fieldError('/segmentId', 'no_such', { entity: 'segment' }));
      else {
        const ids = await customerRecords.matching(tx, scope.workspaceId, where);
        const visible: string[] = [];
        for (const id of ids.slice(0, SEGMENT_LIMIT))
          if (await customerRecords.findVisible(tx, scope, id)) visible.push(id);
        const all = await contactRecords.ofCustomers(tx, scope.workspaceId, visible);
        out.push(...all.filter((c) => c.is_primary === 1));
      }
    }
    if (!body.contactIds?.length && !body.segmentId)
      errors.push(fieldError('/contactIds', 'required'));
    if (errors.length) throw AppError.validation(errors);
    return out;
  }

  async invite(scope: Scope, eventId: string, body: InviteBody) {
    return this.db.transaction().execute(async (tx) => {
      const event = await this.event(tx, scope, eventId);
      const contacts = await this.contacts(tx, scope, body);
      const already = await invitationsRepository.invitedContacts(tx, scope.workspaceId, eventId);
      const fresh = [...new Map(contacts.map((c) => [c.id, c])).values()].filter(
        (c) => !already.has(c.id),
      );
      const at = nowIso();
      const links = new Map<string, string>();
      const rows: EventInvitation[] = [];
      for (const c of fresh) {
        const customer = await customerRecords.findVisible(tx, scope, c.customer_id);
        if (!customer) continue;
        const id = newId();
        // Signed, not random: the mail job writes the same link again (only its hash is kept).
        const token = rsvpToken(this.deps.tokens, scope.workspaceId, id);
        const row: EventInvitation = {
          workspace_id: scope.workspaceId,
          id,
          event_id: eventId,
          customer_id: c.customer_id,
          contact_id: c.id,
          token_hash: sha256Hex(token),
          // The contact's language, else their country's, else English (each when an invitation
          // can be written in it): never the inviter's.
          language: invitationLanguage(c.preferred_language, customer.country),
          status: 'invited',
          guests: 0,
          dietary: null,
          visa_letter: 0,
          responded_at: null,
          checked_in_at: null,
          invited_by: scope.userId,
          created_at: at,
          updated_at: at,
          mailbox_id: null,
          mail_status: null,
          mail_sent_at: null,
          mail_error: null,
          reminder_due_at: null,
          reminder_status: null,
          reminder_sent_at: null,
        };
        rows.push(row);
        links.set(row.id, `/rsvp/${token}`);
      }
      await invitationsRepository.insertMany(tx, rows);
      if (rows.length)
        await recordAudit(tx, scope, {
          action: 'update',
          entityType: 'customer_event',
          entityId: eventId,
          changes: { invited: { before: already.size, after: already.size + rows.length } },
        });
      const listed = await this.listIn(tx, scope, event);
      return {
        created: listed
          .filter((i) => links.has(i.id))
          .map((invitation) => ({ invitation, link: links.get(invitation.id) ?? '' })),
        skipped: contacts.length - rows.length,
      };
    });
  }

  async list(scope: Scope, eventId: string): Promise<InvitationOut[]> {
    return this.listIn(this.db, scope, await this.event(this.db, scope, eventId));
  }

  private async listIn(db: Executor, scope: Scope, event: CustomerEvent) {
    const rows = await invitationsRepository.listVisible(db, scope, event.id);
    const now = this.deps.now().toISOString();
    const out: InvitationOut[] = [];
    for (const r of rows) {
      const calendar = await this.deps.calendars.calendar(db, scope.workspaceId, r.country);
      out.push(toInvitationOut(r, event, calendar, now));
    }
    return out;
  }

  /**
   * Checks a guest in (a day before the event to a day after): attendance becomes a meeting on
   * the contact's timeline, and a thank-you follow-up is planned for the customer's owner on the
   * attendee's next business day after the event. A second check-in changes nothing.
   */
  async checkIn(
    scope: Scope,
    eventId: string,
    by: { invitationId?: string; code?: string },
  ): Promise<InvitationOut> {
    const field = by.code !== undefined ? '/code' : '/invitationId';
    if ((by.code === undefined) === (by.invitationId === undefined))
      throw AppError.validation([fieldError('/invitationId', 'invitation_or_code')]);
    let invitationId = by.invitationId ?? '';
    await this.db.transaction().execute(async (tx) => {
      const event = await this.event(tx, scope, eventId);
      if (by.code !== undefined) {
        const byCode = await invitationsRepository.byTokenHash(
          tx,
          scope.workspaceId,
          readLinkToken(tokenInCode(by.code))?.hash ?? '',
        );
        invitationId = byCode?.id ?? '';
      }
      const inv = invitationId
        ? await invitationsRepository.findVisible(tx, scope, invitationId)
        : undefined;
      if (!inv || inv.event_id !== eventId)
        throw AppError.validation([fieldError(field, 'not_invitation_of_event')]);
      if (inv.checked_in_at) return;
      const now = this.deps.now().toISOString();
      if (
        now < addDays(event.starts_at.slice(0, 10), -1) ||
        now > `${addDays(event.ends_at.slice(0, 10), 2)}`
      )
        throw AppError.conflict('Check-in is closed', [fieldError(field, 'check_in_closed')]);
      await invitationsRepository.update(tx, scope.workspaceId, [inv.id], {
        checked_in_at: now,
        updated_at: now,
      });
      const title = textIn(JSON.parse(event.title) as Record<string, string>, 'en');
      await this.deps.activities.logIn(tx, scope, {
        customerId: inv.customer_id,
        contactId: inv.contact_id,
        type: 'meeting',
        direction: 'outbound',
        occurredAt: now,
        summary: `Attended: ${title}`,
      });
      const calendar = await this.deps.calendars.calendar(tx, scope.workspaceId, inv.country);
      const zone = inviteeZone(inv, event.time_zone);
      const dueDate = thankYouDate(event.ends_at, zone, calendar);
      await datedFollowUps.plan(tx, scope, {
        customerId: inv.customer_id,
        assigneeId: inv.owner_id,
        dueDate,
        reason: {
          en: `Thank ${inv.first_name} for attending ${title}: their next business day after the event`,
          zh: `感谢 ${inv.first_name} 参加「${title}」：活动结束后对方的下一个工作日`,
        },
        note: null,
      });
      await recordAudit(tx, scope, {
        action: 'update',
        entityType: 'event_invitation',
        entityId: inv.id,
        changes: diff({ checkedInAt: null }, { checkedInAt: now }),
      });
      await this.deps.checkedIn?.(tx, scope.workspaceId, {
        invitationId: inv.id,
        customerId: inv.customer_id,
        title,
      });
    });
    const row = await invitationsRepository.findVisible(this.db, scope, invitationId);
    const event = await this.event(this.db, scope, eventId);
    if (!row) throw AppError.notFound('Invitation');
    const calendar = await this.deps.calendars.calendar(this.db, scope.workspaceId, row.country);
    return toInvitationOut(row, event, calendar, this.deps.now().toISOString());
  }
}
