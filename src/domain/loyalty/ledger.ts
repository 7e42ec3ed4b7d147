import { toDay } from '../calendar/dates.ts';

/** What a ledger entry records. Entries are only ever appended; balances are replayed from them. */
export const ENTRY_KINDS = ['earn', 'redeem', 'expire', 'adjust'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export interface Entry {
  /** the customer's running number: replay order */
  seq: number;
  kind: EntryKind;
  /** signed: what the entry moved (never more than was there to take) */
  points: number;
  /** the day it counts from: an order's paid date, or the day of the change */
  date: string;
  /** earn: the order whose points these are */
  orderId: string | null;
  /** expire: the lot (the seq of the entry that made it) it closed */
  lotSeq: number | null;
  /** a lot's last day + 1: set on entries that make a lot (positive earn or adjust) */
  expiresOn: string | null;
  /** earn: points a reversal could not take (already spent), negative when a later earn won them back */
  shortfall: number;
  /** earn: the order's converted paid amount this entry moved (reporting minor units) */
  amountMinor: number;
}

/** Points earned or granted together, spent and expired as one (first in, first out). */
export interface Lot {
  seq: number;
  date: string;
  expiresOn: string;
  points: number;
  remaining: number;
  orderId: string | null;
}

export interface LedgerState {
  lots: Lot[];
  /** the sum of the lots' remaining points, which equals the sum of the entries' points */
  balance: number;
  /** the seq the next entry takes */
  nextSeq: number;
}

/** A ledger that cannot be replayed: an entry takes more than there was (a bug, never user input). */
export class LedgerError extends Error {}

/** Oldest first: by the day earned, then by entry order. */
const fifo = (a: Lot, b: Lot) => toDay(a.date) - toDay(b.date) || a.seq - b.seq;

/** Replays entries (any order given; seq decides) into lots and a balance. */
export function replay(entries: readonly Entry[]): LedgerState {
  const sorted = [...entries].sort((a, b) => a.seq - b.seq);
  const lots: Lot[] = [];
  for (const e of sorted) {
    if (e.points > 0) {
      if (!e.expiresOn) throw new LedgerError(`entry ${e.seq} adds points without a lot expiry`);
      lots.push({
        seq: e.seq,
        date: e.date,
        expiresOn: e.expiresOn,
        points: e.points,
        remaining: e.points,
        orderId: e.orderId,
      });
    } else if (e.points < 0) take(lots, e, -e.points);
  }
  const balance = lots.reduce((s, l) => s + l.remaining, 0);
  const last = sorted[sorted.length - 1];
  return { lots, balance, nextSeq: last ? last.seq + 1 : 1 };
}

/** The lots an entry takes from, in the order it takes them. */
function sources(lots: Lot[], e: Entry): Lot[] {
  if (e.kind === 'expire') return lots.filter((l) => l.seq === e.lotSeq);
  const open = lots.filter((l) => l.remaining > 0).sort(fifo);
  // A reversed order gives back its own points first, then the oldest others.
  if (e.kind === 'earn' && e.orderId)
    return [
      ...open.filter((l) => l.orderId === e.orderId),
      ...open.filter((l) => l.orderId !== e.orderId),
    ];
  return open;
}

function take(lots: Lot[], e: Entry, points: number): void {
  let left = points;
  for (const lot of sources(lots, e)) {
    const n = Math.min(lot.remaining, left);
    lot.remaining -= n;
    left -= n;
    if (!left) return;
  }
  throw new LedgerError(`entry ${e.seq} takes ${points} points; ${points - left} were there`);
}

/** The points a lot still holds per day it expires on, soonest first, within `days` of `today`. */
export function expiringWithin(lots: readonly Lot[], today: string, days: number) {
  const until = toDay(today) + days;
  return lots
    .filter((l) => l.remaining > 0 && toDay(l.expiresOn) <= until)
    .sort((a, b) => toDay(a.expiresOn) - toDay(b.expiresOn) || a.seq - b.seq)
    .map((l) => ({ lotSeq: l.seq, expiresOn: l.expiresOn, points: l.remaining }));
}

/** The earliest day a lot with points left expires, or null: when the nightly job must look. */
export function nextExpiry(lots: readonly Lot[]): string | null {
  let best: string | null = null;
  for (const l of lots) if (l.remaining > 0 && (!best || l.expiresOn < best)) best = l.expiresOn;
  return best;
}
