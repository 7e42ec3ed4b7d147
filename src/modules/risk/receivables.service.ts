import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { addDays, isValidDate } from '../../domain/calendar/dates.ts';
import {
  aging,
  averageDaysLate,
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
import type { PaymentSchedules } from './schedules.ts';

export interface ReceivablesQuery extends ReceivablesFilter {
  groupBy?: GroupBy;
  asOf?: string;
  periodDays?: number;
  limit?: number;
}

const keyOf = (by: GroupBy, o: { customer_id: string; country: string; owner_id: string }) =>
  by === 'customer' ? o.customer_id : by === 'country' ? o.country : o.owner_id;

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

    const lines: OpenLine[] = [];
    let undated = 0;
    const openRows = await receivablesRepository.open(this.db, scope, f);
    for (const o of openRows) {
      const key = keyOf(by, o);
      const open = this.schedules.of(o, next).open;
      if (open.some((l) => !l.dueDate)) undated++;
      for (const l of open) lines.push({ key, currency: o.currency, ...l });
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

    const late = new Map<string, { now: LatePair[]; before: LatePair[] }>();
    const all = { now: [] as LatePair[], before: [] as LatePair[] };
    const settledRows = await receivablesRepository.settled(this.db, scope, f, before, asOf);
    for (const o of settledRows) {
      const due = this.schedules.of({ ...o, paid_minor: 0 }, next).finalDueDate;
      if (!due || !o.paid_date) continue;
      const pair = { dueDate: due, paidDate: o.paid_date };
      const key = keyOf(by, o);
      const l = late.get(key) ?? { now: [], before: [] };
      late.set(key, l);
      const half = o.paid_date >= from ? 'now' : 'before';
      l[half].push(pair);
      all[half].push(pair);
    }

    const limit = q.limit ?? 100;
    const shown = groups.slice(0, limit);
    const labels = await this.labels(
      scope,
      by,
      shown.map((g) => g.key),
    );
    const ratios = (key: string | null, open: number) => {
      const l = key === null ? all : (late.get(key) ?? { now: [], before: [] });
      const s = key === null ? salesTotal : (sales.get(key) ?? 0);
      const now = averageDaysLate(l.now);
      const prev = averageDaysLate(l.before);
      return {
        salesMinor: s,
        dso: dso(open, s, periodDays),
        averageDaysLate: now,
        previousAverageDaysLate: prev,
        trend: lateTrend(prev, now),
        settledOrders: l.now.length,
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

type LatePair = { dueDate: string; paidDate: string };

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
