import { addDays, daysBetween } from '../calendar/dates.ts';
import { localParts, offsetMinutes, zonedToUtc } from '../calendar/zoned-time.ts';

/**
 * A tender's deadline is one instant, published in the buyer's clock. Who works towards it is
 * the home office, so "how much time is left" is counted in the home office's business calendar:
 * a Chinese exporter looking on 25 September 2026 at a deadline of 8 October has thirteen
 * calendar days but three business days (Mid-Autumn and the National Day week are closed).
 */

/** What this needs of a business calendar (the countries module's BusinessCalendar fits). */
export interface BusinessDays {
  isBusinessDay(date: string): boolean;
}

export interface LocalMoment {
  timeZone: string;
  date: string;
  /** HH:MM */
  time: string;
  /** minutes east of UTC at that instant (Berlin in summer: 120) */
  offsetMinutes: number;
}

export interface DeadlineView {
  /** the instant, ISO-8601 UTC */
  at: string;
  buyer: LocalMoment;
  viewer: LocalMoment;
  home: LocalMoment;
  passed: boolean;
  /** calendar days from today to the deadline's date, both in the home office's clock */
  calendarDaysLeft: number;
  /**
   * Home-office business days from today (counted while it is a business day) up to, not
   * including, the deadline's date in the home office's clock: the whole days left to work.
   */
  businessDaysLeft: number;
}

export function localMoment(instant: Date, timeZone: string): LocalMoment {
  const p = localParts(instant, timeZone);
  return { timeZone, date: p.date, time: p.time, offsetMinutes: offsetMinutes(instant, timeZone) };
}

/** The instant of a wall-clock "YYYY-MM-DDTHH:MM" in a zone (the buyer's, as published). */
export function deadlineInstant(local: string, timeZone: string): Date {
  return zonedToUtc(local.slice(0, 10), local.slice(11, 16), timeZone);
}

/** Business days in [from, to): `to` itself is not counted. */
export function businessDaysFrom(calendar: BusinessDays, from: string, to: string): number {
  let n = 0;
  for (let d = from; d < to; d = addDays(d, 1)) if (calendar.isBusinessDay(d)) n++;
  return n;
}

export function deadlineView(input: {
  deadline: Date;
  buyerZone: string;
  viewerZone: string;
  homeZone: string;
  homeCalendar: BusinessDays;
  now: Date;
}): DeadlineView {
  const home = localMoment(input.deadline, input.homeZone);
  const today = localParts(input.now, input.homeZone).date;
  const passed = input.deadline.getTime() <= input.now.getTime();
  return {
    at: input.deadline.toISOString(),
    buyer: localMoment(input.deadline, input.buyerZone),
    viewer: localMoment(input.deadline, input.viewerZone),
    home,
    passed,
    calendarDaysLeft: passed ? 0 : Math.max(0, daysBetween(today, home.date)),
    businessDaysLeft: passed ? 0 : businessDaysFrom(input.homeCalendar, today, home.date),
  };
}

export interface ReminderPlan {
  /** the follow-up's due date in the home office's calendar */
  date: string;
  /** fewer than the asked business days were left, so the reminder is due today */
  shortened: boolean;
}

/**
 * When to warn about a deadline: `businessDays` home-office business days before the deadline's
 * date in the home office's clock, stepping over the office's closed days. Closer than that, the
 * reminder is due today; a deadline whose date has passed gets none (null).
 */
export function reminderDate(
  calendar: BusinessDays,
  deadlineHomeDate: string,
  businessDays: number,
  homeToday: string,
): ReminderPlan | null {
  if (deadlineHomeDate < homeToday) return null;
  let date = deadlineHomeDate;
  // A year of closed days is more than any calendar has; the guard only stops a broken one.
  for (let counted = 0, guard = 0; counted < businessDays && guard < 366 * 2; guard++) {
    date = addDays(date, -1);
    if (calendar.isBusinessDay(date)) counted++;
  }
  return date < homeToday ? { date: homeToday, shortened: true } : { date, shortened: false };
}
