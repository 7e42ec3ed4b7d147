import type { BusinessCalendar, DayReason } from '../calendar/business-calendar.ts';
import { fromDay, type DayNumber } from '../calendar/dates.ts';
import { localDayNumber, zonedToUtc } from '../calendar/zoned-time.ts';

/** Local HH:MM to HH:MM, end after start. */
export interface TimeSpan {
  start: string;
  end: string;
}

/**
 * Whose time an SLA counts in. `business`: the working hours (less breaks) of the working days of
 * one calendar, read on that calendar's clock — the customer's (their zone, weekend, holidays and
 * the workspace's overrides) or the support team's. `24x7`: every minute.
 */
export type SlaClock =
  | {
      kind: 'business';
      calendar: BusinessCalendar;
      timeZone: string;
      hours: TimeSpan;
      breaks?: TimeSpan[];
    }
  | { kind: '24x7' };

type BusinessClock = Extract<SlaClock, { kind: 'business' }>;

/** A stretch when the clock stands still (pending the customer, on hold); `to` null: still paused. */
export interface Pause {
  from: Date;
  to: Date | null;
}

/** A local date the clock skipped, and why (weekend, holiday, correction with its source). */
export interface SkippedDay {
  date: string;
  reasons: DayReason[];
}

export interface SlaDue {
  due: Date;
  /** non-working days between the start and the due date, in the clock's calendar */
  skipped: SkippedDay[];
  /** working minutes the clock stood still in pauses before the due instant */
  pausedMinutes: number;
}

const MINUTE = 60_000;
/** Far enough for any target (a year of closed days would be a misconfigured calendar). */
const MAX_DAYS = 400;

interface Interval {
  start: number;
  end: number;
}
interface WorkDay {
  intervals: Interval[];
  /** working milliseconds of the whole day */
  total: number;
}

// A clock's days repeat across tickets (a year of one country's days serves all its tickets):
// each (clock, day) is worked out once. Held weakly, so a clock dropped takes its days along.
const days = new WeakMap<BusinessClock, Map<DayNumber, WorkDay | SkippedDay>>();

function dayOf(clock: BusinessClock, day: DayNumber): WorkDay | SkippedDay {
  let known = days.get(clock);
  if (!known) days.set(clock, (known = new Map<DayNumber, WorkDay | SkippedDay>()));
  let found = known.get(day);
  if (!found) known.set(day, (found = workOf(clock, fromDay(day))));
  return found;
}

/** One local date's working intervals on the clock, in UTC milliseconds, breaks cut out. */
function workOf(clock: BusinessClock, date: string): WorkDay | SkippedDay {
  const status = clock.calendar.status(date);
  if (!status.working) return { date, reasons: status.reasons };
  // A half day (24 December in Germany) closes early; a business Saturday has its own end.
  const end =
    status.closesAt && status.closesAt < clock.hours.end ? status.closesAt : clock.hours.end;
  const spans: TimeSpan[] = [];
  let from = clock.hours.start;
  for (const b of [...(clock.breaks ?? [])].sort((x, y) => x.start.localeCompare(y.start))) {
    if (b.end <= from || b.start >= end) continue;
    if (b.start > from) spans.push({ start: from, end: b.start });
    from = b.end > from ? b.end : from;
  }
  if (from < end) spans.push({ start: from, end });
  const intervals = spans.map((s) => ({
    start: zonedToUtc(date, s.start, clock.timeZone).getTime(),
    end: zonedToUtc(date, s.end, clock.timeZone).getTime(),
  }));
  return { intervals, total: intervals.reduce((n, iv) => n + iv.end - iv.start, 0) };
}

const isWorkDay = (d: WorkDay | SkippedDay): d is WorkDay => 'intervals' in d;

/** Pauses as sorted, merged intervals (an open pause runs to Infinity). */
function normalise(pauses: Pause[]): Interval[] {
  const sorted = pauses
    .map((p) => ({ start: p.from.getTime(), end: p.to ? p.to.getTime() : Infinity }))
    .filter((p) => p.end > p.start)
    .sort((a, b) => a.start - b.start);
  const merged: Interval[] = [];
  for (const p of sorted) {
    const last = merged[merged.length - 1];
    if (last && p.start <= last.end) last.end = Math.max(last.end, p.end);
    else merged.push({ ...p });
  }
  return merged;
}

/**
 * Walks the clock's running time from `from`, handing each running piece (pauses cut out) to
 * `take`, which answers true to stop. Whole days before `until` without a pause are handed over
 * as one piece of their total, without looking at their intervals.
 */
function walk(
  clock: SlaClock,
  from: number,
  stopped: Interval[],
  skipped: SkippedDay[] | null,
  take: (start: number, length: number, day: Interval[] | null) => boolean,
): void {
  if (clock.kind === '24x7') {
    let t = from;
    for (const p of stopped) {
      if (p.end <= t) continue;
      if (p.start > t && take(t, p.start - t, null)) return;
      if (p.end === Infinity) return;
      t = Math.max(t, p.end);
    }
    take(t, Infinity, null);
    return;
  }
  let day = localDayNumber(from, clock.timeZone);
  let p = 0;
  for (let i = 0; i < MAX_DAYS; i++, day++) {
    const d = dayOf(clock, day);
    if (!isWorkDay(d)) {
      skipped?.push(d);
      continue;
    }
    const first = d.intervals[0];
    const last = d.intervals[d.intervals.length - 1];
    if (!first || !last || last.end <= from) continue;
    while (p < stopped.length && stopped[p]!.end <= first.start) p++;
    const clear = p >= stopped.length || stopped[p]!.start >= last.end;
    if (clear && first.start >= from) {
      if (take(first.start, d.total, d.intervals)) return;
      continue;
    }
    for (const iv of d.intervals) {
      let start = Math.max(iv.start, from);
      for (let q = p; q < stopped.length && start < iv.end; q++) {
        const s = stopped[q]!;
        if (s.end <= start) continue;
        if (s.start >= iv.end) break;
        if (s.start > start && take(start, s.start - start, [{ start, end: s.start }])) return;
        if (s.end === Infinity) return;
        start = Math.max(start, s.end);
      }
      if (start < iv.end && take(start, iv.end - start, [{ start, end: iv.end }])) return;
    }
  }
}

/** The instant `left` ms into a piece of running time made of these intervals. */
function into(intervals: Interval[] | null, start: number, left: number): number {
  if (!intervals) return start + left;
  for (const iv of intervals) {
    const length = iv.end - Math.max(iv.start, start);
    if (left <= length) return Math.max(iv.start, start) + left;
    left -= length;
  }
  return start + left;
}

/**
 * When `minutes` of the clock have run from `start`: working time only, pauses not counted. A
 * target met only after a pause with no end has no due instant yet (null).
 */
export function slaDue(
  clock: SlaClock,
  start: Date,
  minutes: number,
  pauses: Pause[] = [],
): SlaDue | null {
  if (minutes <= 0) return { due: start, skipped: [], pausedMinutes: 0 };
  const stopped = normalise(pauses);
  const skipped: SkippedDay[] = [];
  let left = minutes * MINUTE;
  let due: number | null = null;
  walk(clock, start.getTime(), stopped, skipped, (from, length, intervals) => {
    if (length < left) {
      left -= length;
      return false;
    }
    due = into(intervals, from, left);
    return true;
  });
  if (due === null) return null;
  const at = new Date(due);
  // Working time the pauses took: what ran in all, less what counted.
  const pausedMinutes = stopped.length ? slaElapsed(clock, start, at) - minutes : 0;
  return { due: at, skipped, pausedMinutes };
}

/** Minutes of the clock that ran between two instants, pauses not counted (time used so far). */
export function slaElapsed(clock: SlaClock, from: Date, to: Date, pauses: Pause[] = []): number {
  const end = to.getTime();
  if (end <= from.getTime()) return 0;
  let total = 0;
  walk(clock, from.getTime(), normalise(pauses), null, (start, length, intervals) => {
    if (start >= end) return true;
    if (start + length <= end && (!intervals || intervals.length < 2)) {
      total += length;
      return false;
    }
    for (const iv of intervals ?? [{ start, end: start + length }]) {
      const s = Math.max(iv.start, start);
      if (s >= end) return true;
      total += Math.min(iv.end, end) - s;
    }
    return false;
  });
  return Math.floor(total / MINUTE);
}
