import type { Selectable } from 'kysely';

export const CUSTOMER_EVENT_TYPES = [
  'trade_show',
  'meetup',
  'dealer_conference',
  'factory_visit',
  'webinar',
  'seminar',
  'dinner',
] as const;
export type CustomerEventType = (typeof CUSTOMER_EVENT_TYPES)[number];

/** A customer event: a trade-show booth, a meetup, a factory visit, a webinar… */
export interface CustomerEventTable {
  workspace_id: string;
  id: string;
  type: CustomerEventType;
  /** JSON object: language tag → title (at least one) */
  title: string;
  /** JSON object: language tag → description */
  description: string;
  /** null when online */
  venue: string | null;
  venue_country: string | null;
  /** the zone the event happens in (the venue's; an online event's host zone) */
  time_zone: string;
  online_url: string | null;
  /** UTC instants */
  starts_at: string;
  ends_at: string;
  rsvp_deadline: string | null;
  /** seats including guests; null: no limit */
  capacity: number | null;
  max_guests: number;
  owner_id: string;
  currency: string;
  budget_minor: number | null;
  cost_minor: number | null;
  created_at: string;
  updated_at: string;
}
export type CustomerEvent = Selectable<CustomerEventTable>;

export type InvitationStatusValue = 'invited' | 'yes' | 'no' | 'maybe' | 'waitlisted';

/** One contact invited to one event, answering through a tokenised link. */
export interface EventInvitationTable {
  workspace_id: string;
  id: string;
  event_id: string;
  customer_id: string;
  contact_id: string;
  /** SHA-256 of the RSVP link's token (the token itself is shown once) */
  token_hash: string;
  /** the language the invitation speaks: the contact's, else the country's, else English */
  language: string;
  status: InvitationStatusValue;
  guests: number;
  dietary: string | null;
  visa_letter: number;
  responded_at: string | null;
  checked_in_at: string | null;
  invited_by: string;
  created_at: string;
  updated_at: string;
  /** the mailbox the invitation and its reminder are sent from (0055); null: not mailed */
  mailbox_id: string | null;
  /** the invitation mail: queued, sent or failed (0055); null: never mailed */
  mail_status: InvitationMailStatus | null;
  mail_sent_at: string | null;
  /** the last failure's code, of the invitation or the reminder mail */
  mail_error: string | null;
  /** the reminder's planned instant; a job planned for another instant sends nothing */
  reminder_due_at: string | null;
  /** queued, sent, skipped (declined or checked in by then) or failed */
  reminder_status: ReminderMailStatus | null;
  reminder_sent_at: string | null;
}
export type InvitationMailStatus = 'queued' | 'sent' | 'failed';
export type ReminderMailStatus = 'queued' | 'sent' | 'skipped' | 'failed';
export type EventInvitation = Selectable<EventInvitationTable>;

export const PASSPORT_GENDERS = ['F', 'M', 'X'] as const;
export type PassportGender = (typeof PASSPORT_GENDERS)[number];

/**
 * An invitee's passport data for their visa invitation letter (migration 0050): read and written
 * only by the event's owner and admins, deleted by the retention job after the event.
 */
export interface VisaPassportTable {
  workspace_id: string;
  invitation_id: string;
  event_id: string;
  /** as printed in the passport */
  full_name: string;
  /** ISO 3166-1 alpha-2 */
  nationality: string;
  /** upper case, [A-Z0-9]{5,20} */
  passport_number: string;
  /** YYYY-MM-DD */
  date_of_birth: string;
  issue_date: string;
  expiry_date: string;
  /** as in the passport (ICAO 9303: F, M or X); null when not given */
  gender: PassportGender | null;
  updated_by: string;
  created_at: string;
  updated_at: string;
}
export type VisaPassport = Selectable<VisaPassportTable>;
