/** Wall-clock time in an IANA zone, without a date library: Intl does the zone rules. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export interface LocalParts {
  date: string;
  time: string;
  hour: number;
  minute: number;
}

function intlParts(instant: Date, timeZone: string): Record<string, string> {
  return Object.fromEntries(
    formatter(timeZone)
      .formatToParts(instant)
      .map((x) => [x.type, x.value]),
  );
}

/** The zone's offset at `t` in milliseconds, as Intl shows it (offsets are whole seconds). */
function intlOffsetMs(t: number, timeZone: string): number {
  const p = intlParts(new Date(t), timeZone);
  const local = new Date(0);
  local.setUTCFullYear(Number(p.year), Number(p.month) - 1, Number(p.day));
  local.setUTCHours(Number(p.hour) % 24, Number(p.minute), Number(p.second));
  return local.getTime() - Math.floor(t / 1000) * 1000;
}

const HOUR = 3_600_000;
/** 1000-01-01 and 10000-01-01: outside, Intl's year is not four digits and is asked directly. */
const FIRST = Date.UTC(1000, 0, 1) + 2 * 86_400_000;
const LAST = Date.UTC(9999, 11, 31) - 2 * 86_400_000;
const NOT_CONSTANT = Number.NaN;
const offsets = new Map<string, Map<number, number>>();
let cachedHours = 0;

/**
 * The zone's offset in milliseconds at `t`, cached per zone and UTC hour: Intl's formatToParts
 * costs ~10 µs, and the inbox asks it tens of times per follow-up. An hour is cached only when
 * its first and last second have the same offset, so an hour with a transition inside it
 * (Lord Howe moves at half past, some zones at odd minutes) is answered by Intl every time.
 * NaN: not cacheable (out of range or such an hour).
 */
function offsetMs(t: number, timeZone: string): number {
  if (!(t >= FIRST && t <= LAST)) return NOT_CONSTANT;
  const byDay = dayOffsetMs(t, timeZone);
  if (!Number.isNaN(byDay)) return byDay;
  const hour = Math.floor(t / HOUR);
  let zone = offsets.get(timeZone);
  let offset = zone?.get(hour);
  if (offset !== undefined) return offset;
  const start = intlOffsetMs(hour * HOUR, timeZone);
  offset = intlOffsetMs(hour * HOUR + HOUR - 1000, timeZone) === start ? start : NOT_CONSTANT;
  // A long-running process walking many years of many zones should not grow without bound.
  if (++cachedHours > 200_000) {
    offsets.clear();
    cachedHours = 1;
    zone = undefined;
  }
  if (!zone) offsets.set(timeZone, (zone = new Map<number, number>()));
  zone.set(hour, offset);
  return offset;
}

const DAY = 86_400_000;
const dayOffsets = new Map<string, Map<number, number>>();
let cachedDays = 0;

/**
 * The zone's offset at `t` when it is the same all UTC day long (all but a zone's one or two
 * transition days a year), cached per zone and day: work spread over two years of 40 zones
 * (SLA clocks) touches 28,000 days but 670,000 hours. NaN on a transition day: ask by the hour.
 */
function dayOffsetMs(t: number, timeZone: string): number {
  const day = Math.floor(t / DAY);
  let zone = dayOffsets.get(timeZone);
  const known = zone?.get(day);
  if (known !== undefined) return known;
  const first = intlOffsetMs(day * DAY, timeZone);
  const offset = intlOffsetMs(day * DAY + DAY - 1000, timeZone) === first ? first : NOT_CONSTANT;
  if (++cachedDays > 200_000) {
    dayOffsets.clear();
    cachedDays = 1;
    zone = undefined;
  }
  if (!zone) dayOffsets.set(timeZone, (zone = new Map<number, number>()));
  zone.set(day, offset);
  return offset;
}

export function localParts(instant: Date, timeZone: string): LocalParts {
  const t = instant.getTime();
  const offset = offsetMs(t, timeZone);
  if (!Number.isNaN(offset)) {
    const local = new Date(t + offset);
    const iso = local.toISOString();
    return {
      date: iso.slice(0, 10),
      time: iso.slice(11, 16),
      hour: local.getUTCHours(),
      minute: local.getUTCMinutes(),
    };
  }
  const p = intlParts(instant, timeZone);
  const hour = Number(p.hour) % 24;
  return {
    date: `${p.year}-${p.month}-${p.day}`,
    time: `${String(hour).padStart(2, '0')}:${p.minute}`,
    hour,
    minute: Number(p.minute),
  };
}

/** The zone's offset from UTC in minutes at an instant (Berlin in summer: +120). */
export function offsetMinutes(instant: Date, timeZone: string): number {
  const offset = offsetMs(instant.getTime(), timeZone);
  if (offset % 60_000 === 0) return offset / 60_000;
  // Not cached, or an offset with seconds (local mean time before 1900): round as Intl shows it.
  const p = localParts(instant, timeZone);
  const asUtc = Date.parse(`${p.date}T${p.time}:00Z`);
  return Math.round((asUtc - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}

/** The instant when the wall clock in `timeZone` shows `date` `time` (HH:MM). */
export function zonedToUtc(date: string, time: string, timeZone: string): Date {
  const guess = new Date(`${date}T${time}:00Z`);
  // Two passes settle the offset also on days when it changes (DST transitions).
  let instant = new Date(guess.getTime() - offsetMinutes(guess, timeZone) * 60_000);
  instant = new Date(guess.getTime() - offsetMinutes(instant, timeZone) * 60_000);
  return instant;
}

/** The local date of an instant as a day number (`dates.ts`): no strings, for hot loops. */
export function localDayNumber(t: number, timeZone: string): number {
  const offset = offsetMs(t, timeZone);
  if (!Number.isNaN(offset)) return Math.floor((t + offset) / DAY);
  const p = intlParts(new Date(t), timeZone);
  return Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day)) / DAY;
}

/** The local calendar date of an instant (bulk planning asks this for 100,000 customers). */
export function localDate(instant: Date, timeZone: string): string {
  return localParts(instant, timeZone).date;
}
