import type { BusinessCalendar } from '../../domain/calendar/business-calendar.ts';
import { defaultTimeZone } from '../../domain/countries.ts';
import { reminderAt, wallClock } from '../../domain/customer-events/invitee-times.ts';
import type { InvitationOut } from './customer-events.schemas.ts';
import type { InvitationRow } from './invitations.repository.ts';

/** The invitee's zone: their customer's, else their country's, else the event's. */
export const inviteeZone = (r: InvitationRow, eventZone: string) =>
  r.time_zone ?? defaultTimeZone(r.country) ?? eventZone;

export function toInvitationOut(
  r: InvitationRow,
  event: { starts_at: string; time_zone: string },
  calendar: BusinessCalendar,
  now: string,
): InvitationOut {
  const zone = inviteeZone(r, event.time_zone);
  return {
    id: r.id,
    eventId: r.event_id,
    customerId: r.customer_id,
    customerName: r.customer_name,
    country: r.country,
    contactId: r.contact_id,
    contactName: [r.first_name, r.last_name].filter(Boolean).join(' '),
    language: r.language,
    status: r.status,
    guests: Number(r.guests),
    dietary: r.dietary,
    visaLetter: r.visa_letter === 1,
    respondedAt: r.responded_at,
    checkedInAt: r.checked_in_at,
    // Reminders go to those who said yes or have not answered; a no is left in peace.
    reminderAt:
      r.status === 'invited' || r.status === 'yes' || r.status === 'maybe'
        ? reminderAt(event.starts_at, zone, calendar, now)
        : null,
    invitee: wallClock(event.starts_at, zone),
    mail: r.mail_status
      ? {
          status: r.mail_status,
          sentAt: r.mail_sent_at,
          reminderStatus: r.reminder_status,
          reminderSentAt: r.reminder_sent_at,
          error: r.mail_error,
        }
      : null,
  };
}
