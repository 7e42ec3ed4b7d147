import { addMonths } from './months.ts';
import type { Tier } from './programme.ts';

/**
 * The first day counted by a rolling 12-month window ending `today`: a year ago tomorrow, so the
 * window holds exactly 12 months of days (2025-06-16 … 2026-06-15).
 */
export function windowStart(today: string): string {
  const yearAgo = addMonths(today, -12);
  const d = new Date(`${yearAgo}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** The value tiers compare: points, or whole reporting units of converted paid revenue. */
export function basisValue(
  basis: 'points' | 'revenue',
  sums: { points: number; amountMinor: number },
  reportingDigits: number,
): number {
  return basis === 'points' ? sums.points : Math.floor(sums.amountMinor / 10 ** reportingDigits);
}

/** The highest tier whose threshold the value reaches (threshold inclusive), or null. */
export function tierFor<T extends Pick<Tier, 'threshold'>>(
  tiers: readonly T[],
  value: number,
): T | null {
  let best: T | null = null;
  for (const t of tiers)
    if (value >= t.threshold && (!best || t.threshold > best.threshold)) best = t;
  return best;
}

/** The lowest tier above the value, or null at the top. */
export function nextTierFor<T extends Pick<Tier, 'threshold'>>(
  tiers: readonly T[],
  value: number,
): T | null {
  let best: T | null = null;
  for (const t of tiers)
    if (value < t.threshold && (!best || t.threshold < best.threshold)) best = t;
  return best;
}

/** Points and converted revenue of a customer's earnings and adjustments dated `from` … `to`. */
export function windowSums(
  entries: readonly { kind: string; date: string; points: number; amountMinor: number }[],
  from: string,
  to: string,
) {
  let points = 0;
  let amountMinor = 0;
  for (const e of entries)
    if ((e.kind === 'earn' || e.kind === 'adjust') && e.date >= from && e.date <= to) {
      points += e.points;
      amountMinor += e.amountMinor;
    }
  return { points, amountMinor };
}
