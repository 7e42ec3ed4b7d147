import { fieldError, type FieldError } from '../field-errors.ts';
import type { Entry, LedgerState } from './ledger.ts';
import { addMonths } from './months.ts';
import { toDay } from '../calendar/dates.ts';

export type Planned = { entry: Entry; errors?: never } | { entry?: never; errors: FieldError[] };

const none = { orderId: null, lotSeq: null, shortfall: 0, amountMinor: 0 };

/** Points spent: a positive whole number no larger than the balance. */
export function planRedeem(state: LedgerState, points: number, today: string): Planned {
  if (!Number.isSafeInteger(points) || points < 1)
    return { errors: [fieldError('/points', 'minimum', { limit: 1 })] };
  if (points > state.balance)
    return { errors: [fieldError('/points', 'loyalty_over_balance', { balance: state.balance })] };
  return {
    entry: {
      ...none,
      seq: state.nextSeq,
      kind: 'redeem',
      points: -points,
      date: today,
      expiresOn: null,
    },
  };
}

/**
 * A manual correction: positive makes a lot (expiring like earned points), negative takes the
 * oldest points first and never more than the balance.
 */
export function planAdjust(
  state: LedgerState,
  points: number,
  today: string,
  expiryMonths: number,
): Planned {
  if (!Number.isSafeInteger(points) || points === 0)
    return { errors: [fieldError('/points', 'loyalty_nonzero')] };
  if (-points > state.balance)
    return { errors: [fieldError('/points', 'loyalty_over_balance', { balance: state.balance })] };
  return {
    entry: {
      ...none,
      seq: state.nextSeq,
      kind: 'adjust',
      points,
      date: today,
      expiresOn: points > 0 ? addMonths(today, expiryMonths) : null,
    },
  };
}

/** One `expire` entry per lot whose expiry day has come (`expiresOn` ≤ today) with points left. */
export function planExpiries(state: LedgerState, today: string): Entry[] {
  const day = toDay(today);
  let seq = state.nextSeq;
  return state.lots
    .filter((l) => l.remaining > 0 && toDay(l.expiresOn) <= day)
    .sort((a, b) => toDay(a.expiresOn) - toDay(b.expiresOn) || a.seq - b.seq)
    .map((l) => ({
      ...none,
      seq: seq++,
      kind: 'expire' as const,
      points: -l.remaining,
      date: l.expiresOn,
      lotSeq: l.seq,
      expiresOn: null,
    }));
}
