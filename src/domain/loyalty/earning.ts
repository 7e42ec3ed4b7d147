import { addMonths } from './months.ts';
import type { Entry, LedgerState } from './ledger.ts';

/**
 * Points for a converted amount: floor(amount in whole reporting units × points per unit), in
 * integers (points per unit has at most 4 decimals) so 0.1 + 0.2 never loses a point.
 */
export function pointsFor(
  convertedMinor: number,
  reportingDigits: number,
  perUnit: number,
): number {
  const scaled = BigInt(Math.round(perUnit * 10_000));
  const divisor = 10n ** BigInt(reportingDigits) * 10_000n;
  return Number((BigInt(convertedMinor) * scaled) / divisor);
}

export interface OrderFacts {
  orderId: string;
  paid: boolean;
  /** the paid date (or the order date when none is recorded) */
  paidDate: string;
  /** the amount converted at the order date's rate; null when no rate covers that date */
  convertedMinor: number | null;
}

/** What an order should have given (paid: its points; otherwise nothing). */
export function shouldGive(o: OrderFacts, reportingDigits: number, perUnit: number) {
  if (!o.paid || o.convertedMinor === null) return { points: 0, amountMinor: 0 };
  return {
    points: pointsFor(o.convertedMinor, reportingDigits, perUnit),
    amountMinor: o.convertedMinor,
  };
}

/** What the order's entries settled so far: points moved plus points a reversal forgave. */
export function settled(entries: readonly Entry[], orderId: string) {
  let points = 0;
  let amountMinor = 0;
  let shortfall = 0;
  for (const e of entries)
    if (e.kind === 'earn' && e.orderId === orderId) {
      points += e.points - e.shortfall;
      amountMinor += e.amountMinor;
      shortfall += e.shortfall;
    }
  return { points, amountMinor, shortfall };
}

/**
 * The one entry that brings an order's points to what it should be, or null when they already
 * are: idempotent, so paid → cancelled → paid again never counts twice. A reversal takes at most
 * the balance; what it could not take is its `shortfall`, won back first by a later earn of the
 * same order (so re-paying gives the customer the order's points once, not twice).
 */
export function orderDelta(
  state: LedgerState,
  entries: readonly Entry[],
  o: OrderFacts,
  want: { points: number; amountMinor: number },
  today: string,
  expiryMonths: number,
): Entry | null {
  const had = settled(entries, o.orderId);
  const delta = want.points - had.points;
  const amountMinor = want.amountMinor - had.amountMinor;
  if (!delta && !amountMinor) return null;
  const base = { seq: state.nextSeq, kind: 'earn' as const, orderId: o.orderId, lotSeq: null };
  if (delta > 0) {
    const wonBack = Math.min(delta, Math.max(had.shortfall, 0));
    const points = delta - wonBack;
    return {
      ...base,
      points,
      shortfall: -wonBack,
      amountMinor,
      date: o.paidDate,
      expiresOn: points > 0 ? addMonths(o.paidDate, expiryMonths) : null,
    };
  }
  const taken = Math.min(-delta, state.balance);
  return {
    ...base,
    points: -taken,
    shortfall: -delta - taken,
    amountMinor,
    date: today,
    expiresOn: null,
  };
}
