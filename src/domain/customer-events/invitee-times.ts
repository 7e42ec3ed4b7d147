import type { BusinessCalendar } from '../calendar/business-calendar.ts';
import { addDays } from '../calendar/dates.ts';
import { localParts, zonedToUtc } from '../calendar/zoned-time.ts';

/** The invitee's wall clock at an instant: what an invitation shows beside the venue's. */
export function wallClock(instant: string, timeZone: string) {
  const p = localParts(new Date(instant), timeZone);
  return { date: p.date, time: p.time, timeZone };
}

/**
 * When to remind an invitee: 10:00 on their own last business day before the event's day in
 * their zone (a Saudi guest is not reminded on Friday, a German one not on Christmas Day), or
 * null when that moment has passed.
 */
export function reminderAt(
  startsAt: string,
  timeZone: string,
  calendar: BusinessCalendar,
  now: string,
): string | null {
  const eventDay = localParts(new Date(startsAt), timeZone).date;
  let day = addDays(eventDay, -1);
  for (let i = 0; i < 30 && !calendar.isBusinessDay(day); i++) day = addDays(day, -1);
  const at = zonedToUtc(day, '10:00', timeZone).toISOString();
  return at > now ? at : null;
}

/**
 * The day to thank an attendee: their first business day after the event ended in their zone, so
 * a thank-you never lands on their weekend or holiday.
 */
export function thankYouDate(endsAt: string, timeZone: string, calendar: BusinessCalendar): string {
  return calendar.nextBusinessDay(addDays(localParts(new Date(endsAt), timeZone).date, 1)).date;
}
