import type { BusinessCalendar, DayStatus } from '../calendar/business-calendar.ts';
import type { WorkHours } from '../calendar/contact-windows.ts';
import { addDays } from '../calendar/dates.ts';
import { localParts, offsetMinutes, zonedToUtc } from '../calendar/zoned-time.ts';

/** "Their local morning": half an hour after a 09:00 start, when the inbox has been read. */
export const LOCAL_MORNING = '09:30';

export interface Recipient {
  calendar: BusinessCalendar;
  timeZone: string;
  hours: WorkHours;
}

export interface SendSlot {
  /** the instant to send */
  at: string;
  /** the recipient's wall clock then */
  local: { date: string; time: string; weekday: number; utcOffsetMinutes: number };
  /** closed days between the request and this slot, with why each was closed */
  skipped: DayStatus[];
}

export interface SendSlots {
  /** the first instant inside the recipient's working hours on a business day (`after` itself when it is) */
  nextInHours: SendSlot;
  /** the next `count` local mornings on business days, each strictly after `after` */
  mornings: SendSlot[];
}

const HM = /^([01]\d|2[0-3]):[0-5]\d$/;

function isoWeekday(date: string): number {
  const d = new Date(`${date}T12:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

function slot(at: Date, timeZone: string, skipped: DayStatus[]): SendSlot {
  const p = localParts(at, timeZone);
  return {
    at: at.toISOString(),
    local: {
      date: p.date,
      time: p.time,
      weekday: isoWeekday(p.date),
      utcOffsetMinutes: offsetMinutes(at, timeZone),
    },
    skipped: [...skipped],
  };
}

/** The day's open interval in the recipient's zone, or null when the day is closed or over. */
function openHours(r: Recipient, date: string): { start: Date; end: Date; status: DayStatus } {
  const status = r.calendar.status(date);
  // A half day (24 December in Germany) ends at its closing time.
  const end = status.closesAt && status.closesAt < r.hours.end ? status.closesAt : r.hours.end;
  return {
    start: zonedToUtc(date, r.hours.start, r.timeZone),
    end: zonedToUtc(date, end, r.timeZone),
    status,
  };
}

/**
 * When to send to a recipient: the next moment they are at work, and their next local mornings
 * (09:30, or their start of work when later) on business days of their own calendar — their
 * weekend (Friday and Saturday in Riyadh), their public holidays, half days that close before
 * the morning slot. Times are set on the recipient's wall clock, so DST changes move the instant,
 * never the local time.
 */
export function sendSlots(
  r: Recipient,
  after: Date,
  count = 3,
  morning: string = LOCAL_MORNING,
): SendSlots {
  if (!HM.test(morning) || !HM.test(r.hours.start) || !HM.test(r.hours.end))
    throw new RangeError('times must be HH:MM');
  const at = r.hours.start > morning ? r.hours.start : morning;
  let nextInHours: SendSlot | undefined;
  const mornings: SendSlot[] = [];
  const skippedInHours: DayStatus[] = [];
  const skippedMorning: DayStatus[] = [];
  let date = localParts(after, r.timeZone).date;
  for (let guard = 0; guard < 400 && (mornings.length < count || !nextInHours); guard++) {
    const open = openHours(r, date);
    if (!open.status.working || open.end <= open.start) {
      if (!nextInHours) skippedInHours.push(open.status);
      if (mornings.length === 0) skippedMorning.push(open.status);
      date = addDays(date, 1);
      continue;
    }
    if (!nextInHours && open.end > after) {
      const start = open.start > after ? open.start : after;
      nextInHours = slot(start, r.timeZone, skippedInHours);
    }
    const m = zonedToUtc(date, at, r.timeZone);
    if (m > after && m < open.end && mornings.length < count) {
      mornings.push(slot(m, r.timeZone, mornings.length === 0 ? skippedMorning : []));
    }
    date = addDays(date, 1);
  }
  if (!nextInHours) throw new RangeError('no business day within 400 days');
  return { nextInHours, mornings };
}
