import { addDays, daysBetween } from '../calendar/dates.ts';

/**
 * The arithmetic of the insight figures, kept pure so each is tested by hand. Ratios are told
 * only over a minimum count: a growth over one order, or an NPS of two answers, says nothing.
 */
export const MIN_RATIO_COUNT = 3;

/** Change in percent from `previous` to `current`, one decimal; null with no base to compare. */
export function growthPercent(current: number, previous: number): number | null {
  if (previous <= 0) return null;
  return Math.round(((current - previous) / previous) * 1000) / 10;
}

/** Net promoter score −100…100 from 0–10 answers: % promoters (9–10) − % detractors (0–6). */
export function nps(scores: number[]): number | null {
  if (scores.length < MIN_RATIO_COUNT) return null;
  const promoters = scores.filter((s) => s >= 9).length;
  const detractors = scores.filter((s) => s <= 6).length;
  return Math.round(((promoters - detractors) / scores.length) * 100);
}

/** The period of the same length just before [from, to] (inclusive ISO days). */
export function previousPeriod(from: string, to: string): { from: string; to: string } {
  const len = daysBetween(from, to) + 1;
  return { from: addDays(from, -len), to: addDays(from, -1) };
}
