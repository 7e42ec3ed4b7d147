import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { addDays, isValidDate } from '../../domain/calendar/dates.ts';
import { earliestAnchorDueFrom } from '../../domain/risk/due-dates.ts';
import {
  aging,
  averageOf,
  dso,
  lateTrend,
  type Aging,
  type OpenLine,
} from '../../domain/risk/aging.ts';
import type { Scope } from '../../domain/scope.ts';
import { nowIso } from '../../domain/ids.ts';
import { AppError, fieldError } from '../../http/errors.ts';
import { checkCountry } from '../countries/countries.service.ts';
import { customerRecords } from '../customers/customer-records.service.ts';
import { rateTableOf } from '../orders/exchange-rates.service.ts';
import { userRecords } from '../users/user-records.service.ts';
import {
  receivablesRepository,
  type GroupBy,
  type ReceivablesFilter,
} from './receivables.repository.ts';
import { receivableLinesRepository } from './receivable-lines.repository.ts';
import type { PaymentSchedules } from './schedules.ts';

export interface ReceivablesQuery extends ReceivablesFilter {
  groupBy?: GroupBy;
  asOf?: string;
  periodDays?: number;
  limit?: number;
}

const emptyAging = (key: string): Aging => ({
  key,
  openMinor: 0,
  overdueMinor: 0,
  buckets: { current: 0, d1_30: 0, d31_60: 0, d61_90: 0, d90_plus: 0 },
  byCurrency: [],
  unconverted: [],
});

/**
 * Open receivables aged per customer, country or owner in the reporting currency, at the rates in
 * force on the as-of date; DSO over the period; how late settled orders were paid, against the
 * period before. Everything over customers in the caller's scope.
 */
export class ReceivablesService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly schedules: PaymentSchedules,
    private readonly today: () => string = () => nowIso().slice(0, 10),
  ) {}

  async report(scope: Scope, q: ReceivablesQuery) {
    const by = q.groupBy ?? 'customer';
    const asOf = q.asOf ?? this.today();
    if (!isValidDate(asOf))
      throw AppError.validation([fieldError('/querystring/asOf', 'invalid_date')]);
    const f: ReceivablesFilter = {
      ...q,
      country: q.country ? checkCountry(q.country, '/querystring/country') : undefined,
    };
    const periodDays = q.periodDays ?? 90;
    const from = addDays(asOf, 1 - periodDays);
    const before = addDays(from, -periodDays);
    const ws = scope.workspaceId;
    const rates = await rateTableOf(this.db, ws);
    const next = await this.schedules.calendar(this.db, ws);
    const convert = (amount: number, currency: string) => rates.convert(amount, currency, asOf);

    // Open receivables: the lines kept on write (0074), summed per group, currency and bucket
    // in SQL; each bucket's sum is then converted at the as-of rate. A bucket's start is the
    // earliest anchor whose due date (in the home office's calendar of today) falls in it.
    const bucketDays = [0, -30, -60, -90] as const;
    const startsFor = (bd: 0 | 5) =>
      bucketDays.map((d) => earliestAnchorDueFrom(addDays(asOf, d), bd, next)) as unknown as [
        string,
        string,
        string,
        string,
      ];
    const starts = { plain: startsFor(0), lcAtSight: startsFor(5) };
    // A due date standing for each bucket, so the one aging rule sorts the sums into it.
    const dueOf = [
      asOf,
      addDays(asOf, -1),
      addDays(asOf, -31),
      addDays(asOf, -61),
      addDays(asOf, -91),
    ];
    const lines: OpenLine[] = [];
    let undated = 0;
    for (const r of await receivableLinesRepository.aging(this.db, scope, f, by, starts)) {
      undated += Number(r.undated);
      lines.push({
        key: String(r.key),
        currency: r.currency,
        amountMinor: Number(r.amount),
        dueDate: dueOf[Number(r.bucket)] ?? null,
      });
    }
    const groups = aging(lines, asOf, convert);
    const total = sumAgings(groups);

    // Sales of the period per group, at the same as-of rates as the receivables they divide.
    const sales = new Map<string, number>();
    for (const s of await receivablesRepository.sales(this.db, scope, f, by, from, asOf)) {
      const c = convert(Number(s.amount), s.currency);
      if (c !== null) sales.set(String(s.key), (sales.get(String(s.key)) ?? 0) + c);
    }
    const salesTotal = [...sales.values()].reduce((a, b) => a + b, 0);

    // Days late of orders settled in this period and the one before, kept when each was paid.
    const late = new Map<string, Lateness>();
    const all: Lateness = { nowDays: 0, nowCount: 0, beforeDays: 0, beforeCount: 0 };
    const range = { before, from, asOf };
    for (const r of await receivableLinesRepository.lateness(this.db, scope, f, by, range)) {
      const l: Lateness = {
        nowDays: Number(r.nowDays),
        nowCount: Number(r.nowCount),
        beforeDays: Number(r.beforeDays),
        beforeCount: Number(r.beforeCount),
      };
      late.set(String(r.key), l);
      for (const k of Object.keys(all) as (keyof Lateness)[]) all[k] += l[k];
    }

    const limit = q.limit ?? 100;
    const shown = groups.slice(0, limit);
    const labels = await this.labels(
      scope,
      by,
      shown.map((g) => g.key),
    );
    const ratios = (key: string | null, open: number) => {
      const l = key === null ? all : (late.get(key) ?? NO_LATENESS);
      const s = key === null ? salesTotal : (sales.get(key) ?? 0);
      const now = averageOf(l.nowDays, l.nowCount);
      const prev = averageOf(l.beforeDays, l.beforeCount);
      return {
        salesMinor: s,
        dso: dso(open, s, periodDays),
        averageDaysLate: now,
        previousAverageDaysLate: prev,
        trend: lateTrend(prev, now),
        settledOrders: l.nowCount,
      };
    };
    return {
      reportingCurrency: rates.reporting,
      asOf,
      periodDays,
      groupBy: by,
      undatedOrders: undated,
      total: { ...strip(total), ...ratios(null, total.openMinor) },
      groupCount: groups.length,
      groups: shown.map((g) => ({
        ...g,
        label: labels.get(g.key) ?? g.key,
        ...ratios(g.key, g.openMinor),
      })),
    };
  }

  private async labels(scope: Scope, by: GroupBy, keys: string[]) {
    if (by === 'customer') return customerRecords.namesOf(this.db, scope.workspaceId, keys);
    if (by === 'owner') return userRecords.namesOf(this.db, scope.workspaceId, keys);
    return new Map(keys.map((k) => [k, k]));
  }
}

interface Lateness {
  nowDays: number;
  nowCount: number;
  beforeDays: number;
  beforeCount: number;
}
const NO_LATENESS: Lateness = { nowDays: 0, nowCount: 0, beforeDays: 0, beforeCount: 0 };

const strip = ({ key: _key, ...rest }: Aging) => rest;

/** The groups added up: each group's figures are already converted, raw ones per currency. */
function sumAgings(groups: Aging[]): Aging {
  const t = emptyAging('');
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
    [...m]
      .map(([currency, openMinor]) => ({ currency, openMinor }))
      .sort((a, b) => a.currency.localeCompare(b.currency));
  return { ...t, byCurrency: list(raw), unconverted: list(missing) };
}
