import type { User, Workspace } from '../../db/schema.ts';
import { formatDate } from '../../domain/communication/merge-fields.ts';
import type { MergeValues } from '../../domain/communication/render.ts';
import type { Recipient } from './recipient.ts';

function regionName(locale: string, country: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(country) ?? country;
  } catch {
    return country;
  }
}

/**
 * The merge values for one recipient, written for their locale: the country named in their
 * language, today's date as they write it. A field the records lack stays absent, so the
 * renderer names it instead of leaving a blank.
 */
export function mergeValues(
  r: Recipient,
  sender: User | undefined,
  ws: Workspace | undefined,
  locale: string,
  today: string,
): MergeValues {
  const { contact, customer } = r;
  const full = [contact.first_name, contact.last_name].filter(Boolean).join(' ');
  return {
    customerName: customer.name,
    customerNativeName: customer.native_name,
    customerCity: customer.city,
    customerCountry: regionName(locale, customer.country),
    contactFirstName: contact.first_name,
    contactLastName: contact.last_name,
    contactFullName: full,
    contactNativeName: contact.native_name,
    contactTitle: contact.title,
    // Contacts record no form of address yet: `other` picks the neutral wording of a select.
    contactGender: 'other',
    senderName: sender?.name,
    senderEmail: sender?.email,
    senderCompany: ws?.name,
    today: formatDate(locale, today),
  };
}
