import { addDays } from '../calendar/dates.ts';
import { localParts, zonedToUtc } from '../calendar/zoned-time.ts';
import type { Recipient } from './send-slots.ts';

/** Unanswered inbound mail gets a follow-up after this many of the customer's business hours. */
export const REPLY_WITHIN_BUSINESS_HOURS = 8;

/**
 * The instant `hours` business hours of the customer's calendar after `received`: only time
 * inside their working hours on their business days counts (their weekend, public holidays,
 * half days closing early), on their wall clock. Mail received on a Thursday evening in Riyadh
 * counts from Sunday's start of work.
 */
export function businessHoursAfter(r: Recipient, received: Date, hours: number): Date {
  if (!(hours >= 0)) throw new RangeError('hours must be zero or more');
  let left = hours * 3600_000;
  let date = localParts(received, r.timeZone).date;
  for (let guard = 0; guard < 800; guard++, date = addDays(date, 1)) {
    const status = r.calendar.status(date);
    if (!status.working) continue;
    const endTime =
      status.closesAt && status.closesAt < r.hours.end ? status.closesAt : r.hours.end;
    const open = zonedToUtc(date, r.hours.start, r.timeZone).getTime();
    const close = zonedToUtc(date, endTime, r.timeZone).getTime();
    const from = Math.max(open, received.getTime());
    if (close <= from) continue;
    // Zero hours is the first business moment at or after receipt.
    if (close - from >= left && (left > 0 || from < close)) return new Date(from + left);
    left -= close - from;
  }
  throw new RangeError('no business hours within 800 days');
}
