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
 * A site's days and working intervals, remembered for as long as its calendar object lives. A
 * site's day is a pure function of its calendar (holidays and overrides: the calendar provider
 * builds a new object when they change) and its own settings (zone, hours, closing days, Ramadan
 * hours), so the memory is keyed by the calendar and those settings: the planning view across
 * fifty offices asks the same 4,500 days on every request, and headquarters' day once per office.
 * Each site's memory is capped so one caller asking for many ranges cannot grow it without end.
 */
interface SiteMemo {
  days: Map<string, SiteDay>;
  intervals: Map<string, Interval | null>;
}
const MEMO_CAP = 5_000;
const byCalendar = new WeakMap<BusinessCalendar, Map<string, SiteMemo>>();
const memoBySite = new WeakMap<Site, SiteMemo>();

function settingsKey(site: Site): string {
  const closing = site.closingDays ? [...site.closingDays].sort().join(',') : '';
  return `${site.timeZone}|${site.hours.start}|${site.hours.end}|${site.ramadanHoursLess ?? 0}|${closing}`;
}

function memoOf(site: Site): SiteMemo {
  let memo = memoBySite.get(site);
  if (memo) return memo;
  let sites = byCalendar.get(site.calendar);
  if (!sites) {
    sites = new Map();
    byCalendar.set(site.calendar, sites);
  }
  const key = settingsKey(site);
  memo = sites.get(key);
  if (!memo) {
    memo = { days: new Map(), intervals: new Map() };
    sites.set(key, memo);
  }
  memoBySite.set(site, memo);
  return memo;
}

function remember<T>(map: Map<string, T>, date: string, value: T): T {
  if (map.size >= MEMO_CAP) map.clear();
  map.set(date, value);
  return value;
}

/** One local day at a site: open or closed, why, and the hours it keeps. */
export function siteDay(site: Site, date: string): SiteDay {
  const { days } = memoOf(site);
  return days.get(date) ?? remember(days, date, computeSiteDay(site, date));
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
  const { intervals } = memoOf(site);
  const known = intervals.get(date);
  if (known !== undefined) return known;
  const day = siteDay(site, date);
  const interval =
    day.working && day.start && day.end
      ? {
          start: zonedToUtc(date, day.start, site.timeZone).getTime(),
          end: zonedToUtc(date, day.end, site.timeZone).getTime(),
        }
      : null;
  return remember(intervals, date, interval);
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
