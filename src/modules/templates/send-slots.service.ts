import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { DayStatus } from '../../domain/calendar/business-calendar.ts';
import { sendSlots, type SendSlot } from '../../domain/communication/send-slots.ts';
import type { Scope } from '../../domain/scope.ts';
import { AppError, fieldError } from '../../http/errors.ts';
import type { CalendarProvider } from '../countries/calendar.provider.ts';
import { loadRecipient } from './recipient.ts';
import type { SlotsOut, SlotsQuery } from './send-slots.schemas.ts';

const day = (d: DayStatus) => ({
  date: d.date,
  working: d.working,
  ...(d.closesAt ? { closesAt: d.closesAt } : {}),
  reasons: d.reasons.map((r) => ({
    kind: r.kind,
    ...('name' in r ? { name: r.name } : {}),
    ...('weekday' in r ? { weekday: r.weekday } : {}),
  })),
});
const slotOut = (s: SendSlot) => ({ ...s, skipped: s.skipped.map(day) });

/** When a message would reach a contact at work: their zone, hours and business calendar. */
export class SendSlotsService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly calendars: CalendarProvider,
  ) {}

  async slots(scope: Scope, q: SlotsQuery, now = new Date()): Promise<SlotsOut> {
    const after = q.after === undefined ? now : new Date(q.after);
    if (Number.isNaN(after.getTime()))
      throw AppError.validation([
        fieldError('/querystring/after', 'format', { format: 'date-time' }),
      ]);
    const r = await loadRecipient(this.db, this.calendars, scope, q.contactId);
    if (!r.timeZone)
      throw AppError.conflict(
        `${r.customer.name} has no time zone: choose one on the customer first`,
      );
    const slots = sendSlots(
      { calendar: r.calendar, timeZone: r.timeZone, hours: r.hours },
      after,
      q.count ?? 3,
    );
    return {
      contactId: r.contact.id,
      customerId: r.customer.id,
      country: r.customer.country,
      region: r.customer.region,
      timeZone: r.timeZone,
      hours: { ...r.hours, source: r.hoursSource },
      after: after.toISOString(),
      nextInHours: slotOut(slots.nextInHours),
      mornings: slots.mornings.map(slotOut),
    };
  }
}
