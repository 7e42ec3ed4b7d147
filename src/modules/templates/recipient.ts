import type { Executor } from '../../db/dialect.ts';
import type { Contact, Customer } from '../../db/schema.ts';
import type { BusinessCalendar } from '../../domain/calendar/business-calendar.ts';
import type { WorkHours } from '../../domain/calendar/contact-windows.ts';
import type { Scope } from '../../domain/scope.ts';
import { AppError } from '../../http/errors.ts';
import type { CalendarProvider } from '../countries/calendar.provider.ts';
import { countrySettings } from '../countries/country-settings.service.ts';
import { mergedScores } from '../countries/countries.service.ts';
import { contactRecords, customerRecords } from '../customers/customer-records.service.ts';

export interface Recipient {
  contact: Contact;
  customer: Customer;
  calendar: BusinessCalendar;
  /** the customer's zone; null when the zone data does not know the place */
  timeZone: string | null;
  hours: WorkHours;
  hoursSource: 'workspace' | 'default';
  culture: ReturnType<typeof mergedScores>;
}

/**
 * Everything about one contact a message to them depends on: their customer (country, region,
 * zone), that country's business calendar and working hours as the workspace keeps them, and its
 * culture scores. A contact outside the caller's scope is not found.
 */
export async function loadRecipient(
  db: Executor,
  calendars: CalendarProvider,
  scope: Scope,
  contactId: string,
): Promise<Recipient> {
  const contact = await contactRecords.findVisible(db, scope, contactId);
  if (!contact) throw AppError.notFound('Contact');
  const customer = await customerRecords.findVisible(db, scope, contact.customer_id);
  if (!customer) throw AppError.notFound('Contact');
  const settings = await countrySettings(db, scope.workspaceId, customer.country);
  const calendar = await calendars.calendar(
    db,
    scope.workspaceId,
    customer.country,
    customer.region,
    'en',
  );
  const own = settings?.work_start && settings.work_end;
  return {
    contact,
    customer,
    calendar,
    timeZone: customer.time_zone,
    hours: own
      ? { start: settings.work_start ?? '09:00', end: settings.work_end ?? '18:00' }
      : { start: '09:00', end: '18:00' },
    hoursSource: own ? 'workspace' : 'default',
    culture: mergedScores(customer.country, settings),
  };
}
