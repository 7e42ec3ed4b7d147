import type { BusinessCalendar, DayStatus } from './business-calendar.ts';
import { addDays } from './dates.ts';
import { localParts, zonedToUtc } from './zoned-time.ts';

export interface WorkHours {
  start: string;
  end: string;
}

export interface Party {
  calendar: BusinessCalendar;
  timeZone: string;
  hours: WorkHours;
}

export interface ContactWindow {
  startUtc: string;
  endUtc: string;
  minutes: number;
  home: { date: string; start: string; end: string };
  customer: { date: string; start: string; end: string };
}

export interface ContactDay {
  /** the customer's local date */
  date: string;
  customerDay: DayStatus;
  windows: ContactWindow[];
}

interface Interval {
  start: number;
  end: number;
}

function workInterval(p: Party, date: string): Interval | null {
  const day = p.calendar.status(date);
  if (!day.working) return null;
  // A half day (24 December in Germany, a business Saturday) ends at its closing time.
  const end = day.closesAt && day.closesAt < p.hours.end ? day.closesAt : p.hours.end;
  if (end <= p.hours.start) return null;
  return {
    start: zonedToUtc(date, p.hours.start, p.timeZone).getTime(),
    end: zonedToUtc(date, end, p.timeZone).getTime(),
  };
}

/**
 * For the customer's next `days` business days (from `from`), the times when both the home office
 * and the customer are at work, shown in both zones. A day with no overlap (Beijing and Mexico
 * City) is listed with no windows rather than dropped, so the rep sees why.
 */
export function contactWindows(
  home: Party,
  customer: Party,
  from: Date,
  days: number,
): ContactDay[] {
  const out: ContactDay[] = [];
  let date = localParts(from, customer.timeZone).date;
  for (let guard = 0; out.length < days && guard < 60; guard++, date = addDays(date, 1)) {
    const c = workInterval(customer, date);
    if (!c) continue;
    const windows: ContactWindow[] = [];
    for (const offset of [-1, 0, 1]) {
      const h = workInterval(home, addDays(date, offset));
      if (!h) continue;
      const start = Math.max(c.start, h.start, from.getTime());
      const end = Math.min(c.end, h.end);
      if (end - start < 15 * 60_000) continue;
      const s = new Date(start);
      const e = new Date(end);
      const hs = localParts(s, home.timeZone);
      const cs = localParts(s, customer.timeZone);
      windows.push({
        startUtc: s.toISOString(),
        endUtc: e.toISOString(),
        minutes: Math.round((end - start) / 60_000),
        home: { date: hs.date, start: hs.time, end: localParts(e, home.timeZone).time },
        customer: { date: cs.date, start: cs.time, end: localParts(e, customer.timeZone).time },
      });
    }
    if (c.end <= from.getTime()) continue;
    out.push({ date, customerDay: customer.calendar.status(date), windows });
  }
  return out;
}
