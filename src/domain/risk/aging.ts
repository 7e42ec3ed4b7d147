import { daysBetween } from '../calendar/dates.ts';

/**
 * Aging of receivables and the ratios read from them. Amounts enter in their own currency and
 * are converted by the caller's function (the reporting currency at the as-of date's rate:
 * open foreign-currency receivables are valued at the closing rate, as IAS 21 values monetary
 * items); an amount without a rate is kept apart and named per currency, never added raw.
 */

export const AGING_BUCKETS = ['current', 'd1_30', 'd31_60', 'd61_90', 'd90_plus'] as const;
export type AgingBucket = (typeof AGING_BUCKETS)[number];

/** Days past due (0 or less: not overdue) to its bucket. */
export function bucketOf(daysOverdue: number): AgingBucket {
  if (daysOverdue <= 0) return 'current';
  if (daysOverdue <= 30) return 'd1_30';
  if (daysOverdue <= 60) return 'd31_60';
  if (daysOverdue <= 90) return 'd61_90';
  return 'd90_plus';
}

export interface OpenLine {
  key: string;
  amountMinor: number;
  currency: string;
  /** null: not yet due (an event still to happen, or no terms) */
  dueDate: string | null;
}

export type Convert = (amountMinor: number, currency: string) => number | null;

export interface Aging {
  key: string;
  /** converted total of every bucket */
  openMinor: number;
  overdueMinor: number;
  buckets: Record<AgingBucket, number>;
  /** raw amounts per currency, never added together */
  byCurrency: { currency: string; openMinor: number }[];
  /** currencies without a rate on the as-of date: left out of the converted figures */
  unconverted: { currency: string; openMinor: number }[];
}

const emptyBuckets = (): Record<AgingBucket, number> => ({
  current: 0,
  d1_30: 0,
  d31_60: 0,
  d61_90: 0,
  d90_plus: 0,
});

/** Aging per key (customer, country, owner) as of a date, largest open amount first. */
export function aging(lines: Iterable<OpenLine>, asOf: string, convert: Convert): Aging[] {
  const byKey = new Map<
    string,
    Aging & { raw: Map<string, number>; missing: Map<string, number> }
  >();
  const overdueCache = new Map<string, number>();
  for (const l of lines) {
    if (l.amountMinor <= 0) continue;
    let a = byKey.get(l.key);
    if (!a) {
      a = {
        key: l.key,
        openMinor: 0,
        overdueMinor: 0,
        buckets: emptyBuckets(),
        byCurrency: [],
        unconverted: [],
        raw: new Map(),
        missing: new Map(),
      };
      byKey.set(l.key, a);
    }
    a.raw.set(l.currency, (a.raw.get(l.currency) ?? 0) + l.amountMinor);
    const c = convert(l.amountMinor, l.currency);
    if (c === null) {
      a.missing.set(l.currency, (a.missing.get(l.currency) ?? 0) + l.amountMinor);
      continue;
    }
    let late = 0;
    if (l.dueDate) {
      late = overdueCache.get(l.dueDate) ?? daysBetween(l.dueDate, asOf);
      overdueCache.set(l.dueDate, late);
    }
    const b = bucketOf(late);
    a.buckets[b] += c;
    a.openMinor += c;
    if (b !== 'current') a.overdueMinor += c;
  }
  // Built field by field, not by spreading: an admin's report ages tens of thousands of keys.
  const out: Aging[] = [];
  for (const a of byKey.values())
    out.push({
      key: a.key,
      openMinor: a.openMinor,
      overdueMinor: a.overdueMinor,
      buckets: a.buckets,
      byCurrency: perCurrency(a.raw),
      unconverted: perCurrency(a.missing),
    });
  return out.sort((x, y) => y.openMinor - x.openMinor || x.key.localeCompare(y.key));
}

/** Amounts per currency in code order (ISO codes are ASCII capitals: plain comparison). */
function perCurrency(m: Map<string, number>): { currency: string; openMinor: number }[] {
  const list: { currency: string; openMinor: number }[] = [];
  for (const [currency, openMinor] of m) list.push({ currency, openMinor });
  return list.length > 1
    ? list.sort((a, b) => (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0))
    : list;
}

/**
 * Days sales outstanding over a period: open receivables at its end over the credit sales in
 * it, times its days. Null without sales (no ratio to show).
 */
export function dso(openMinor: number, salesMinor: number, periodDays: number): number | null {
  if (salesMinor <= 0) return null;
  return Math.round((openMinor / salesMinor) * periodDays * 10) / 10;
}

/** Days an order was paid after its final due date (0 when on time or early). */
export function daysLate(dueDate: string, paidDate: string): number {
  return Math.max(0, daysBetween(dueDate, paidDate));
}

/** Average days late of settled orders, one decimal; null without any. */
export function averageDaysLate(pairs: readonly { dueDate: string; paidDate: string }[]) {
  return averageOf(
    pairs.reduce((s, p) => s + daysLate(p.dueDate, p.paidDate), 0),
    pairs.length,
  );
}

/** An average of whole days to one decimal (days late summed over `count` orders); null for none. */
export function averageOf(sum: number, count: number): number | null {
  if (!count) return null;
  return Math.round((sum / count) * 10) / 10;
}

/**
 * The trend of days late between two periods: `worse` when the later is at least 5 days later
 * than the earlier (a customer paying later every quarter), `better` when 5 days earlier.
 */
export function lateTrend(
  before: number | null,
  now: number | null,
): 'worse' | 'better' | 'steady' | null {
  if (before === null || now === null) return null;
  if (now - before >= 5) return 'worse';
  if (before - now >= 5) return 'better';
  return 'steady';
}
