import type { BusinessCalendar, DayReason } from '../calendar/business-calendar.ts';
import { toDay } from '../calendar/dates.ts';
import type { WorkHours } from '../calendar/contact-windows.ts';
import { ramadan } from '../calendar/slow-seasons.ts';
import { zonedToUtc } from '../calendar/zoned-time.ts';

/**
 * A place people work from: headquarters or an overseas office. The calendar already carries
 * the country's holidays and the workspace's overrides; the office's own closing days (a
 * company shutdown) come on top, so one office's shutdown never changes its country's calendar.
 */
export interface Site {
  calendar: BusinessCalendar;
  timeZone: string;
  hours: WorkHours;
  /** company-specific closing days (YYYY-MM-DD) */
  closingDays?: ReadonlySet<string>;
  /**
   * Hours less per day during Ramadan (UAE labour law: two hours for the private sector).
   * 0 or absent: the office keeps its hours.
   */
  ramadanHoursLess?: number;
}

export type ClosedReason = DayReason | { kind: 'office-closing-day' };

export interface SiteDay {
  date: string;
  working: boolean;
  reasons: ClosedReason[];
  /** local HH:MM the working day starts and ends (absent when closed) */
  start?: string;
  end?: string;
  /** why the day is shorter than the usual hours */
  shortened?: 'half-day' | 'ramadan';
}

function minusHours(time: string, hours: number): string {
  const [h, m] = time.split(':').map(Number);
  const total = Math.max(0, (h ?? 0) * 60 + (m ?? 0) - hours * 60);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

export function inRamadan(date: string): boolean {
  const year = Number(date.slice(0, 4));
  return ramadan(year).some((r) => r.start <= date && date <= r.end);
}

/**
 * A site's days and working intervals, remembered per site object: the planning view asks for
 * the same days many times (headquarters' day once per office, an office's day for its own
 * column and as the day before and after headquarters'), and each asks the calendar and the
 * time-zone rules. A site is a plain value built per request, so the memory goes with it.
 */
const dayMemo = new WeakMap<Site, Map<string, SiteDay>>();
const intervalMemo = new WeakMap<Site, Map<string, Interval | null>>();

function memoOf<T>(memo: WeakMap<Site, Map<string, T>>, site: Site): Map<string, T> {
  let m = memo.get(site);
  if (!m) {
    m = new Map();
    memo.set(site, m);
  }
  return m;
}

/** One local day at a site: open or closed, why, and the hours it keeps. */
export function siteDay(site: Site, date: string): SiteDay {
  const memo = memoOf(dayMemo, site);
  const known = memo.get(date);
  if (known) return known;
  const day = computeSiteDay(site, date);
  memo.set(date, day);
  return day;
}

function computeSiteDay(site: Site, date: string): SiteDay {
  const status = site.calendar.status(date);
  if (site.closingDays?.has(date))
    return { date, working: false, reasons: [...status.reasons, { kind: 'office-closing-day' }] };
  if (!status.working) return { date, working: false, reasons: status.reasons };
  let end = site.hours.end;
  let shortened: SiteDay['shortened'];
  if (status.closesAt && status.closesAt < end) {
    end = status.closesAt;
    shortened = 'half-day';
  }
  if (site.ramadanHoursLess && inRamadan(date)) {
    const short = minusHours(site.hours.end, site.ramadanHoursLess);
    if (short < end) {
      end = short;
      shortened = 'ramadan';
    }
  }
  if (end <= site.hours.start) return { date, working: false, reasons: status.reasons };
  return {
    date,
    working: true,
    reasons: status.reasons,
    start: site.hours.start,
    end,
    ...(shortened ? { shortened } : {}),
  };
}

export interface Interval {
  start: number;
  end: number;
}

/** The UTC instants a site's local working day runs between, or null when it is closed. */
export function workInterval(site: Site, date: string): Interval | null {
  const memo = memoOf(intervalMemo, site);
  const known = memo.get(date);
  if (known !== undefined) return known;
  const day = siteDay(site, date);
  const interval =
    day.working && day.start && day.end
      ? {
          start: zonedToUtc(date, day.start, site.timeZone).getTime(),
          end: zonedToUtc(date, day.end, site.timeZone).getTime(),
        }
      : null;
  memo.set(date, interval);
  return interval;
}

/** Whether `date` lies in any of the inclusive ranges (leave, closures). */
export function inRanges(date: string, ranges: readonly { from: string; to: string }[]): boolean {
  return ranges.some((r) => r.from <= date && date <= r.to);
}

/** Days two inclusive ranges share, 0 when they do not meet. */
export function overlapDays(
  a: { from: string; to: string },
  b: { from: string; to: string },
): number {
  const from = a.from > b.from ? a.from : b.from;
  const to = a.to < b.to ? a.to : b.to;
  return to < from ? 0 : toDay(to) - toDay(from) + 1;
}
