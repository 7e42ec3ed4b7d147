import { addDays, eachDay } from '../calendar/dates.ts';
import { localParts } from '../calendar/zoned-time.ts';
import { siteDay, workInterval, type ClosedReason, type Site } from './site.ts';

export interface SharedWindow {
  startUtc: string;
  endUtc: string;
  minutes: number;
  hq: { date: string; start: string; end: string };
  office: { date: string; start: string; end: string };
}

export interface SharedDay {
  /** headquarters' local date */
  date: string;
  hqWorking: boolean;
  minutes: number;
  windows: SharedWindow[];
}

/**
 * The hours on one of headquarters' working days when the office is at work too. The office's
 * day may be the day before or after (Shanghai's morning is São Paulo's evening before), so the
 * office's previous, same and next local days are all intersected.
 */
export function sharedHours(
  hq: Site,
  office: Site,
  date: string,
  opts: { windows?: boolean; around?: readonly [string, string] } = {},
): SharedDay {
  const h = workInterval(hq, date);
  if (!h) return { date, hqWorking: false, minutes: 0, windows: [] };
  const windows: SharedWindow[] = [];
  // The office's previous, same and next local days; a caller walking many days passes its
  // neighbours so each date string is made once.
  const [before, after] = opts.around ?? [addDays(date, -1), addDays(date, 1)];
  let minutes = 0;
  for (const day of [before, date, after]) {
    const o = workInterval(office, day);
    if (!o) continue;
    const start = Math.max(h.start, o.start);
    const end = Math.min(h.end, o.end);
    if (end <= start) continue;
    const m = Math.round((end - start) / 60_000);
    minutes += m;
    // Local times cost a time-zone conversion each; the view across offices needs only minutes.
    if (opts.windows === false) continue;
    const s = new Date(start);
    const e = new Date(end);
    const hs = localParts(s, hq.timeZone);
    const os = localParts(s, office.timeZone);
    windows.push({
      startUtc: s.toISOString(),
      endUtc: e.toISOString(),
      minutes: m,
      hq: { date: hs.date, start: hs.time, end: localParts(e, hq.timeZone).time },
      office: { date: os.date, start: os.time, end: localParts(e, office.timeZone).time },
    });
  }
  return {
    date,
    hqWorking: true,
    minutes,
    windows,
  };
}

export interface ClosedDifference {
  date: string;
  /** which side is closed while the other works */
  closed: 'office' | 'hq';
  reasons: ClosedReason[];
}

/**
 * Calendar dates from `from` to `to` when exactly one side is closed: the office on a local
 * holiday while headquarters works (and the reverse). Dates compare as calendar dates in each
 * place, which is how people say "Monday is a holiday here".
 */
export function closedDifferences(
  hq: Site,
  office: Site,
  from: string,
  to: string,
): ClosedDifference[] {
  const out: ClosedDifference[] = [];
  for (const date of eachDay(from, to)) {
    const a = siteDay(hq, date);
    const b = siteDay(office, date);
    if (a.working && !b.working) out.push({ date, closed: 'office', reasons: b.reasons });
    if (!a.working && b.working) out.push({ date, closed: 'hq', reasons: a.reasons });
  }
  return out;
}
