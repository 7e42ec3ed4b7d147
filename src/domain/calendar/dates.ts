/**
 * Calendar dates as whole days since 1970-01-01 (UTC), so business-day arithmetic is integer
 * arithmetic. A date string is always YYYY-MM-DD in some place's own calendar.
 */
export type DayNumber = number;
const DAY_MS = 86_400_000;

export function toDay(date: string): DayNumber {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

const PAD2 = Array.from({ length: 32 }, (_, i) => String(i).padStart(2, '0'));

/**
 * The calendar date of a day number, by arithmetic (Hinnant's civil-from-days) rather than a
 * `Date` and `toISOString`: calendars and planners turn day numbers into dates hundreds of
 * thousands of times per request. Years outside 0000–9999 take the `Date` path for its format.
 */
export function fromDay(day: DayNumber): string {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  if (y < 0 || y > 9999) return new Date(day * DAY_MS).toISOString().slice(0, 10);
  return `${y < 1000 ? String(y).padStart(4, '0') : y}-${PAD2[m]}-${PAD2[d]}`;
}

/** ISO weekday: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekday(day: DayNumber): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

export function yearOf(day: DayNumber): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}

export function addDays(date: string, n: number): string {
  return fromDay(toDay(date) + n);
}

export function isValidDate(date: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) && fromDay(toDay(date)) === date;
}

/** Every date from `from` to `to`, both included. */
export function eachDay(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = toDay(from); d <= toDay(to); d++) out.push(fromDay(d));
  return out;
}

/** Whole days from one calendar date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return toDay(to) - toDay(from);
}

/** The instant `days` spans of 24 hours after `instant` (before, when negative). */
export function shiftInstant(instant: Date, days: number): Date {
  return new Date(instant.getTime() + days * DAY_MS);
}

/** Whole spans of 24 hours from an ISO instant to `now`, rounded down. */
export function daysSince(isoInstant: string, now: Date): number {
  return Math.floor((now.getTime() - Date.parse(isoInstant)) / DAY_MS);
}
