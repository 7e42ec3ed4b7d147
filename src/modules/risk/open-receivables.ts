import type { Executor } from '../../db/dialect.ts';
import { addDays } from '../../domain/calendar/dates.ts';
import { aging, type Aging, type OpenLine } from '../../domain/risk/aging.ts';
import { earliestAnchorDueFrom, type NextBusinessDay } from '../../domain/risk/due-dates.ts';
import type { Scope } from '../../domain/scope.ts';
import { minorDigits, type RateTable } from '../../domain/value/money.ts';
import type { GroupBy, ReceivablesFilter } from './receivables.repository.ts';
import { receivableLinesRepository } from './receivable-lines.repository.ts';
import { wholeBook, type BucketStarts } from './receivable-lines-base.repository.ts';
import { openLineTotalsRepository } from './open-line-totals.repository.ts';
import type { KeptBucketRow } from './open-line-buckets.repository.ts';
import { openLineBucketsRepository } from './open-line-buckets.repository.ts';

export interface OpenReceivables {
  /** the groups shown, largest converted open amount first */
  shown: Aging[];
  /** every group of the scope added up */
  total: Aging;
  groupCount: number;
  /** orders with an instalment not yet due (an event still to come) */
  undated: number;
}

/** A group's open amounts per currency from each bucket's start on. */
type BucketRow = Omit<KeptBucketRow, 'undated'>;

/**
 * Each bucket's start for a report as of `asOf`, per kind (plain, L/C at sight): the earliest
 * anchor whose due date (in the home office's calendar of today) falls in it. The report and the
 * day-start job that re-keys the kept per-customer sums (0102) both take them from here.
 */
export function bucketStarts(asOf: string, next: NextBusinessDay): BucketStarts {
  const startsFor = (bd: 0 | 5) =>
    [0, -30, -60, -90].map((d) => earliestAnchorDueFrom(addDays(asOf, d), bd, next)) as unknown as [
      string,
      string,
      string,
      string,
    ];
  return { plain: startsFor(0), lcAtSight: startsFor(5) };
}

/**
 * Open receivables of the report: the lines kept on write (0074), summed per group, currency and
 * bucket in SQL; each bucket's sum is then converted at the as-of rate. A bucket's start is the
 * earliest anchor whose due date (in the home office's calendar of today) falls in it.
 *
 * Per customer (thousands of groups) the database ranks them and sends the page only
 * (`rankedCustomers`); per country or owner (a few dozen) every group is aged here.
 *
 * An admin's whole book as of today (`keep`) reads the per-customer sums kept with the lines
 * (0102) instead of the lines: the same sums, so the same figures.
 */
export async function openReceivables(
  db: Executor,
  scope: Scope,
  f: ReceivablesFilter,
  by: GroupBy,
  asOf: string,
  limit: number,
  rates: RateTable,
  next: NextBusinessDay,
  keep = false,
): Promise<OpenReceivables> {
  const starts = bucketStarts(asOf, next);
  const convert = (amount: number, currency: string) => rates.convert(amount, currency, asOf);
  const kept = keep && wholeBook(scope, f) && !f.customerId;
  const ws = scope.workspaceId;
  if (by !== 'customer' || f.customerId) {
    const rows = kept
      ? await openLineTotalsRepository.withKept(db, ws, starts, (tx) =>
          openLineBucketsRepository.groups(tx, ws, by === 'country' ? 'country' : 'owner'),
        )
      : await receivableLinesRepository.aging(db, scope, f, by, starts);
    const groups = aging(linesOf(rows, asOf), asOf, convert);
    const undated = rows.reduce((n, r) => n + Number(r.undated), 0);
    return {
      shown: groups.slice(0, limit),
      total: sumAgings(groups),
      groupCount: groups.length,
      undated,
    };
  }
  // Every currency with a rate (and the reporting one, so the rates' `values` list is never
  // empty): a currency without open lines simply matches nothing.
  const conversions = rates.currencies().flatMap((currency) => {
    const rate = rates.rateOn(currency, asOf);
    return rate === null ? [] : [{ currency, divisor: 10 ** minorDigits(currency), rate }];
  });
  const divisor = 10 ** minorDigits(rates.reporting);
  const ranked = kept
    ? await openLineTotalsRepository.withKept(db, ws, starts, (tx) =>
        openLineBucketsRepository.ranked(tx, ws, conversions, divisor, limit),
      )
    : await receivableLinesRepository.rankedCustomers(
        db,
        scope,
        f,
        starts,
        conversions,
        divisor,
        limit,
      );
  const rows = await receivableLinesRepository.aging(db, scope, f, by, starts, ranked.keys);
  const [current, d1_30, d31_60, d61_90, d90_plus] = ranked.buckets;
  const raw = ranked.perCurrency.map((r) => ({ currency: r.currency, openMinor: r.open }));
  const total: Aging = {
    key: '',
    openMinor: current + d1_30 + d31_60 + d61_90 + d90_plus,
    overdueMinor: d1_30 + d31_60 + d61_90 + d90_plus,
    buckets: { current, d1_30, d31_60, d61_90, d90_plus },
    byCurrency: byCode(raw),
    unconverted: byCode(raw.filter((r) => rates.rateOn(r.currency, asOf) === null)),
  };
  return {
    shown: aging(linesOf(rows, asOf), asOf, convert),
    total,
    groupCount: ranked.count,
    undated: ranked.perCurrency.reduce((n, r) => n + r.undated, 0),
  };
}

/** Each group-currency row as up to five lines, one per bucket, due on a day of that bucket. */
function linesOf(rows: BucketRow[], asOf: string): OpenLine[] {
  const dueOf = [
    asOf,
    addDays(asOf, -1),
    addDays(asOf, -31),
    addDays(asOf, -61),
    addDays(asOf, -91),
  ];
  const lines: OpenLine[] = [];
  for (const r of rows) {
    const upTo = [r.from0, r.from1, r.from2, r.from3, r.openAll].map(Number);
    upTo.forEach((v, i) => {
      const amountMinor = v - (i ? upTo[i - 1]! : 0);
      if (amountMinor !== 0)
        lines.push({ key: String(r.key), currency: r.currency, amountMinor, dueDate: dueOf[i]! });
    });
  }
  return lines;
}

const byCode = (list: { currency: string; openMinor: number }[]) =>
  [...list].sort((a, b) => (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0));

/** The groups added up: each group's figures are already converted, raw ones per currency. */
function sumAgings(groups: Aging[]): Aging {
  const t: Aging = {
    key: '',
    openMinor: 0,
    overdueMinor: 0,
    buckets: { current: 0, d1_30: 0, d31_60: 0, d61_90: 0, d90_plus: 0 },
    byCurrency: [],
    unconverted: [],
  };
  const raw = new Map<string, number>();
  const missing = new Map<string, number>();
  for (const g of groups) {
    t.openMinor += g.openMinor;
    t.overdueMinor += g.overdueMinor;
    for (const k of Object.keys(t.buckets) as (keyof Aging['buckets'])[])
      t.buckets[k] += g.buckets[k];
    for (const c of g.byCurrency) raw.set(c.currency, (raw.get(c.currency) ?? 0) + c.openMinor);
    for (const c of g.unconverted)
      missing.set(c.currency, (missing.get(c.currency) ?? 0) + c.openMinor);
  }
  const list = (m: Map<string, number>) =>
    byCode([...m].map(([currency, openMinor]) => ({ currency, openMinor })));
  return { ...t, byCurrency: list(raw), unconverted: list(missing) };
}
