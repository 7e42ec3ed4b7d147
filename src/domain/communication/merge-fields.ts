/**
 * The merge fields a template may use, flat ICU argument names (ICU forbids dots), each with the
 * record field it comes from (`path`, named in errors) and how it is written: text as is, a date
 * or money already formatted for the recipient's locale, a select key (`contactGender`: female,
 * male or other — always present, `other` when not recorded), a number for `plural`.
 */
export type MergeKind = 'text' | 'date' | 'money' | 'select' | 'number';

export interface MergeField {
  name: string;
  path: string;
  kind: MergeKind;
  /** the field may be absent on a record (a contact without last name, a render without deal) */
  optional: boolean;
}

const f = (name: string, path: string, kind: MergeKind = 'text', optional = false): MergeField => ({
  name,
  path,
  kind,
  optional,
});

export const MERGE_FIELDS: MergeField[] = [
  f('customerName', 'customer.name'),
  f('customerNativeName', 'customer.nativeName', 'text', true),
  f('customerCity', 'customer.city', 'text', true),
  f('customerCountry', 'customer.countryName'),
  f('contactFirstName', 'contact.firstName'),
  f('contactLastName', 'contact.lastName', 'text', true),
  f('contactFullName', 'contact.fullName'),
  f('contactNativeName', 'contact.nativeName', 'text', true),
  f('contactTitle', 'contact.title', 'text', true),
  f('contactGender', 'contact.gender', 'select'),
  f('senderName', 'sender.name'),
  f('senderEmail', 'sender.email'),
  f('senderCompany', 'sender.company'),
  f('today', 'today', 'date'),
  f('dealTitle', 'deal.title', 'text', true),
  f('dealAmount', 'deal.amount', 'money', true),
  f('dealCloseDate', 'deal.closeDate', 'date', true),
  f('quoteNumber', 'quote.number', 'text', true),
  f('quoteTotal', 'quote.total', 'money', true),
  f('quoteValidUntil', 'quote.validUntil', 'date', true),
  f('quoteLineCount', 'quote.lineCount', 'number', true),
  f('ticketNumber', 'ticket.number', 'text', true),
  f('ticketSubject', 'ticket.subject', 'text', true),
  // An event invitation's (written for the invitee: their clock, their language's title).
  f('eventTitle', 'event.title', 'text', true),
  f('eventStartInviteeTime', 'event.startsAt (invitee’s clock)', 'text', true),
  f('eventStartVenueTime', 'event.startsAt (venue’s clock)', 'text', true),
  f('eventPlace', 'event.venue', 'text', true),
  f('rsvpLink', 'invitation.rsvpLink', 'text', true),
  f('rsvpDeadline', 'event.rsvpDeadline', 'text', true),
];

export const MERGE_FIELD_NAMES = new Set(MERGE_FIELDS.map((m) => m.name));
export const mergeField = (name: string) => MERGE_FIELDS.find((m) => m.name === name);

/** Money in minor units and ISO 4217, written for the recipient's locale (R$ 1.234,50 in pt-BR). */
export function formatMoney(locale: string, minor: number, currency: string): string {
  const f = new Intl.NumberFormat(locale, { style: 'currency', currency });
  const digits = f.resolvedOptions().maximumFractionDigits ?? 2;
  return f.format(minor / 10 ** digits);
}

/** A calendar date (YYYY-MM-DD) written in full for the recipient's locale. */
export function formatDate(locale: string, date: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}
