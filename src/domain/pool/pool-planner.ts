import { addDays } from '../calendar/dates.ts';

/**
 * The shared customer pool (公海): when a rep's lead or prospect goes back to the pool. Days are
 * business days of the home office's calendar (weekends, public holidays and China's official
 * schedule with its make-up Saturdays), counted after the day of the last touch.
 */

/** Something that knows which dates are business days (a `BusinessCalendar`). */
export interface WorkingDays {
  isBusinessDay(date: string): boolean;
}

export interface PoolRule {
  /** business days without a touch after which the customer returns to the pool */
  idleDays: number;
  /** the owner is told this many business days before */
  warningDays: number;
}

export interface PoolPlanInput {
  /** the home office's date of the last touch (or of creation or claim, when later) */
  basisDate: string;
  /** today in the home office's zone (the nightly run's date) */
  today: string;
  /** the warning already given, when there is one; it counts only for the same basis date */
  announced?: { basisDate: string; keepUntil: string } | null;
}

export type PoolAction = 'none' | 'warn' | 'release';

export interface PoolDecision {
  action: PoolAction;
  /**
   * The last business day a touch keeps the customer: the idle limit's day, or the day the
   * warning promised when that is later. The customer returns on the first run after it.
   */
  keepUntil: string;
  /** business days already past without a touch (today not counted: it has just begun) */
  idleBusinessDays: number;
}

/** The `n`-th business day after `from` (`from` itself never counts). */
export function nthBusinessDayAfter(calendar: WorkingDays, from: string, n: number): string {
  let date = from;
  for (let counted = 0; counted < n;) {
    date = addDays(date, 1);
    if (calendar.isBusinessDay(date)) counted++;
  }
  return date;
}

/** Business days strictly after `from` and strictly before `to`. */
export function businessDaysBetween(calendar: WorkingDays, from: string, to: string): number {
  let n = 0;
  for (let d = addDays(from, 1); d < to; d = addDays(d, 1)) if (calendar.isBusinessDay(d)) n++;
  return n;
}

/**
 * What the nightly run does with one customer of a pooled stage:
 * - `warn` once the customer has been idle for `idleDays - warningDays` business days and no
 *   warning was given for this basis: the owner is told the customer returns after `keepUntil`.
 *   A late warning (the rule was just switched on, a night was missed) still gives the owner
 *   `warningDays` business days from today, never fewer.
 * - `release` on the first run after the promised `keepUntil` (and after the idle limit, should
 *   the rule have grown since): never without a warning for this same basis.
 * - `none` otherwise. A touch moves the basis date, which voids an earlier warning.
 */
export function planPoolMove(
  calendar: WorkingDays,
  rule: PoolRule,
  input: PoolPlanInput,
): PoolDecision {
  const { basisDate, today } = input;
  const idle = businessDaysBetween(calendar, basisDate, today);
  const limitDay = nthBusinessDayAfter(calendar, basisDate, rule.idleDays);
  const announced =
    input.announced && input.announced.basisDate === basisDate ? input.announced : null;
  if (announced) {
    const keepUntil = announced.keepUntil > limitDay ? announced.keepUntil : limitDay;
    return { action: today > keepUntil ? 'release' : 'none', keepUntil, idleBusinessDays: idle };
  }
  const warnAfter = nthBusinessDayAfter(calendar, basisDate, rule.idleDays - rule.warningDays);
  if (today <= warnAfter) return { action: 'none', keepUntil: limitDay, idleBusinessDays: idle };
  // `warningDays` business days counted from today (today included when it is one).
  const fromToday = nthBusinessDayAfter(calendar, addDays(today, -1), rule.warningDays);
  return {
    action: 'warn',
    keepUntil: fromToday > limitDay ? fromToday : limitDay,
    idleBusinessDays: idle,
  };
}
