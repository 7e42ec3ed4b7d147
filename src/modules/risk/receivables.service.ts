import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { addDays, isValidDate } from '../../domain/calendar/dates.ts';
import { averageOf, dso, lateTrend, type Aging } from '../../domain/risk/aging.ts';
import type { Scope } from '../../domain/scope.ts';
import { nowIso } from '../../domain/ids.ts';
import { AppError, fieldError } from '../../http/errors.ts';
import { checkCountry } from '../countries/countries.service.ts';
import { customerRecords } from '../customers/customer-records.service.ts';
import { rateTableOf } from '../orders/exchange-rates.service.ts';
import { orderRecords } from '../orders/order-records.service.ts';
import { userRecords } from '../users/user-records.service.ts';
import {
  receivablesRepository,
  type GroupBy,
  type ReceivablesFilter,
} from './receivables.repository.ts';
import { receivableLinesRepository } from './receivable-lines.repository.ts';
import { openReceivables } from './open-receivables.ts';
import { openLineBucketsRepository } from './open-line-buckets.repository.ts';
import { wholeBook } from './receivable-lines-base.repository.ts';
import type { PaymentSchedules } from './schedules.ts';

export interface ReceivablesQuery extends ReceivablesFilter {
  groupBy?: GroupBy;
  asOf?: string;
  periodDays?: number;
  limit?: number;
}

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
    const limit = q.limit ?? 100;
    // Today's report of an admin's whole book reads the per-customer sums kept with the lines
    // (0102), re-keyed once a day; another date reads the lines.
    const keep = asOf === this.today();
    const open = await openReceivables(this.db, scope, f, by, asOf, limit, rates, next, keep);
    const { shown, total, undated } = open;
    const shownKeys = shown.map((g) => g.key);

    // Sales of the period, at the same as-of rates as the receivables they divide: the total and
    // per country or owner from the revenue the orders module keeps per day; per customer only
    // for the customers shown, from their orders.
    const range = { before, from, asOf };
    const everyGroup = by !== 'customer';
    // Today's report of an admin's whole book reads days late from the settled totals kept per
    // paid date (0102).
    const whole = keep && wholeBook(scope, f) && !f.customerId;
    const [salesRows, salesTotalRows, lateRows, lateTotalRows] = await Promise.all([
      f.customerId || by === 'customer'
        ? receivablesRepository.salesOf(
            this.db,
            scope,
            f,
            by,
            f.customerId ? [f.customerId] : shownKeys,
            from,
            asOf,
          )
        : orderRecords.revenueSums(this.db, scope, f, from, asOf, by),
      f.customerId
        ? receivablesRepository.salesOf(this.db, scope, f, 'customer', [f.customerId], from, asOf)
        : orderRecords.revenueSums(this.db, scope, f, from, asOf, null),
      // Days late of orders settled in this period and the one before, kept when each was paid:
      // per shown group, and over the whole scope for the total; per country or owner every
      // group is read, so they add up to it (whole days and counts: exactly).
      whole && by !== 'customer'
        ? openLineBucketsRepository.lateness(this.db, ws, by, range)
        : receivableLinesRepository.lateness(
            this.db,
            scope,
            f,
            by,
            range,
            by === 'customer' ? shownKeys : undefined,
          ),
      everyGroup
        ? []
        : whole
          ? openLineBucketsRepository.lateness(this.db, ws, null, range)
          : receivableLinesRepository.lateness(this.db, scope, f, null, range),
    ]);
    const converted = (rows: { key: string; currency: string; amount: number | string }[]) => {
      const out = new Map<string, number>();
      for (const s of rows) {
        const c = convert(Number(s.amount), s.currency);
        if (c !== null) out.set(String(s.key), (out.get(String(s.key)) ?? 0) + c);
      }
      return out;
    };
    const sales = converted(salesRows);
    const salesTotal = [...converted(salesTotalRows).values()].reduce((a, b) => a + b, 0);
    const latenessOf = (r: (typeof lateRows)[number]): Lateness => ({
      nowDays: Number(r.nowDays ?? 0),
      nowCount: Number(r.nowCount ?? 0),
      beforeDays: Number(r.beforeDays ?? 0),
      beforeCount: Number(r.beforeCount ?? 0),
    });
    const late = new Map(lateRows.map((r) => [String(r.key), latenessOf(r)]));
    const all = everyGroup
      ? [...late.values()].reduce(
          (t, l) => ({
            nowDays: t.nowDays + l.nowDays,
            nowCount: t.nowCount + l.nowCount,
            beforeDays: t.beforeDays + l.beforeDays,
            beforeCount: t.beforeCount + l.beforeCount,
          }),
          NO_LATENESS,
        )
      : lateTotalRows[0]
        ? latenessOf(lateTotalRows[0])
        : NO_LATENESS;

    const labels = await this.labels(scope, by, shownKeys);
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
      groupCount: open.groupCount,
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
