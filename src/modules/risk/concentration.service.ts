import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { addDays } from '../../domain/calendar/dates.ts';
import { concentration, HHI_WARNING, withoutKey } from '../../domain/risk/concentration.ts';
import { worldRegionOf } from '../../domain/risk/world-regions.ts';
import type { Scope } from '../../domain/scope.ts';
import { nowIso } from '../../domain/ids.ts';
import { customerRecords } from '../customers/customer-records.service.ts';
import { rateTableOf } from '../orders/exchange-rates.service.ts';
import { receivablesRepository } from './receivables.repository.ts';

export interface ConcentrationQuery {
  months?: number;
  threshold?: number;
  /** "what if we lost": a customer id, a country code or a region */
  lose?: string;
}

/** Items listed per dimension (the shares and HHI count every customer). */
const LISTED = 20;

/**
 * Revenue concentration over the last `months` (orders not cancelled, in the caller's scope),
 * each order converted at its own date's rate as revenue totals are; orders without a rate are
 * counted apart and left out of the shares.
 */
export class ConcentrationService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly today: () => string = () => nowIso().slice(0, 10),
  ) {}

  async report(scope: Scope, q: ConcentrationQuery) {
    const months = q.months ?? 12;
    const threshold = q.threshold ?? HHI_WARNING;
    const to = this.today();
    const from = addDays(addMonths(to, -months), 1);
    const rates = await rateTableOf(this.db, scope.workspaceId);
    const rows = await receivablesRepository.revenue(this.db, scope, from, to);
    const customers: { key: string; amountMinor: number }[] = [];
    const countries: { key: string; amountMinor: number }[] = [];
    const regions: { key: string; amountMinor: number }[] = [];
    const missing = new Map<string, number>();
    for (const r of rows) {
      const c = rates.convert(Number(r.amount), r.currency, r.order_date);
      if (c === null) {
        missing.set(r.currency, (missing.get(r.currency) ?? 0) + Number(r.orders));
        continue;
      }
      customers.push({ key: r.customer_id, amountMinor: c });
      countries.push({ key: r.country, amountMinor: c });
      regions.push({ key: worldRegionOf(r.country) ?? 'other', amountMinor: c });
    }
    const byCustomer = concentration(customers, threshold);
    const names = await customerRecords.namesOf(
      this.db,
      scope.workspaceId,
      byCustomer.items.slice(0, LISTED).map((i) => i.key),
    );
    const listed = <T extends { items: { key: string }[] }>(
      c: T,
      label: (k: string) => string,
    ) => ({
      ...c,
      items: c.items.slice(0, LISTED).map((i) => ({ ...i, label: label(i.key) })),
    });
    const lose = q.lose?.trim();
    const whatIf = lose
      ? (() => {
          const kind = byCustomer.items.some((i) => i.key === lose)
            ? 'customer'
            : /^[A-Za-z]{2}$/.test(lose)
              ? 'country'
              : 'region';
          const set = kind === 'customer' ? customers : kind === 'country' ? countries : regions;
          const key = kind === 'country' ? lose.toUpperCase() : lose;
          return { kind, label: names.get(key) ?? key, ...withoutKey(set, key, threshold) };
        })()
      : null;
    return {
      reportingCurrency: rates.reporting,
      months,
      from,
      to,
      threshold,
      byCustomer: listed(byCustomer, (k) => names.get(k) ?? k),
      byCountry: listed(concentration(countries, threshold), (k) => k),
      byRegion: listed(concentration(regions, threshold), (k) => k),
      unconverted: [...missing].map(([currency, orders]) => ({ currency, orders })),
      whatIf,
    };
  }
}

/** The same day `n` months before or after, clamped to the month's end (31 March − 1 → 28 Feb). */
function addMonths(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + n;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}
