import { addDays, daysBetween } from '../calendar/dates.ts';

/**
 * "A date field arrives in the customer's calendar": a rule names a date of the customer (a
 * custom date field, or the date of the last order), an offset in days (−30 = a month before,
 * 180 = half a year after) and whether the date recurs every year (a founding day, a contract
 * anniversary). The rule fires on the day the target date begins where the customer is: the
 * customer's local date, not the server's, decides.
 */
export const BUILT_IN_DATE_FIELDS = ['last_order_date'] as const;
export const CUSTOM_DATE_PREFIX = 'custom:';
export const MAX_DATE_OFFSET = 365;

/**
 * A scan that missed days (server down, job queue behind) still fires for targets up to this
 * many days old; older targets never fire, so a new rule does not fire for every date in the past.
 */
export const DATE_GRACE_DAYS = 7;

export interface DateTrigger {
  kind: 'date_arrives';
  field: string;
  offsetDays: number;
  annual: boolean;
}

/** The custom field key a trigger reads, or null for a built-in date. */
export function customDateKey(field: string): string | null {
  return field.startsWith(CUSTOM_DATE_PREFIX) ? field.slice(CUSTOM_DATE_PREFIX.length) : null;
}

/** The day `date` falls on in `year`; 29 February is kept on 28 February in other years. */
function inYear(date: string, year: number): string {
  const md = date.slice(5);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const day = md === '02-29' && !leap ? '02-28' : md;
  return `${String(year).padStart(4, '0')}-${day}`;
}

/**
 * The target date that has arrived by `localToday` (the customer's date now) and is at most
 * DATE_GRACE_DAYS old, or null. For an annual trigger the nearest past occurrence counts; it
 * counts only years after the original date (a contract signed today has no anniversary yet).
 */
export function arrivedTarget(
  value: string,
  t: Pick<DateTrigger, 'offsetDays' | 'annual'>,
  localToday: string,
): string | null {
  const fits = (target: string) => {
    const age = daysBetween(target, localToday);
    return age >= 0 && age <= DATE_GRACE_DAYS;
  };
  if (!t.annual) {
    const target = addDays(value, t.offsetDays);
    return fits(target) ? target : null;
  }
  const year = Number(localToday.slice(0, 4));
  for (const y of [year, year - 1, year + 1]) {
    const occurrence = inYear(value, y);
    if (occurrence <= value) continue;
    const target = addDays(occurrence, t.offsetDays);
    if (fits(target)) return target;
  }
  return null;
}

/**
 * The range of stored values that can have a target arriving for some customer on `utcToday`
 * (any zone is at most a day either side of UTC), so the scan reads only those rows.
 * Annual triggers recur, so their values cannot be narrowed by year.
 */
export function candidateRange(
  t: Pick<DateTrigger, 'offsetDays' | 'annual'>,
  utcToday: string,
): { from: string; to: string } | null {
  if (t.annual) return null;
  return {
    from: addDays(utcToday, -t.offsetDays - DATE_GRACE_DAYS - 1),
    to: addDays(utcToday, -t.offsetDays + 1),
  };
}
