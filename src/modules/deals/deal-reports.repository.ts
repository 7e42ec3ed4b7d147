import { sql } from 'kysely';
import type { Executor } from '../../db/dialect.ts';
import type { ForecastGroup, StageKind } from '../../domain/enums.ts';
import type { Scope } from '../../domain/scope.ts';
import { visibleDeals } from './deals.repository.ts';

export interface ReportFilter {
  pipelineId?: string;
  ownerId?: string;
  /** expected close dates from / to, both included */
  from?: string;
  to?: string;
  /** open deals (the forecast), won or lost ones; a board takes open ones and those closed since */
  status: StageKind | { openOrClosedSince: string };
}

const KEY: Record<ForecastGroup, string | null> = {
  stage: 'deals.stage_id',
  owner: 'deals.owner_id',
  country: 'customers.country',
  // by month: grouped by date anyway; the service takes the month from the date
  month: null,
};

function filtered(db: Executor, scope: Scope, f: ReportFilter) {
  let q = visibleDeals(db, scope);
  if (typeof f.status === 'string') q = q.where('deals.status', '=', f.status);
  else {
    const since = f.status.openOrClosedSince;
    q = q.where((eb) =>
      eb.or([eb('deals.status', '=', 'open'), eb('deals.closed_at', '>=', since)]),
    );
  }
  if (f.pipelineId) q = q.where('deals.pipeline_id', '=', f.pipelineId);
  if (f.ownerId) q = q.where('deals.owner_id', '=', f.ownerId);
  if (f.from) q = q.where('deals.expected_close_date', '>=', f.from);
  if (f.to) q = q.where('deals.expected_close_date', '<=', f.to);
  return q;
}

/** Read-only sums over deals for forecasts and board columns. */
export const dealReportsRepository = {
  /**
   * Deals summed per (group, currency, expected close date): the rows the forecast converts,
   * each at the rate of its date. Amounts are summed per currency only, never across.
   */
  async sums(db: Executor, scope: Scope, f: ReportFilter, by: ForecastGroup) {
    const key = KEY[by];
    const keyExpr = key ? sql<string>`${sql.ref(key)}` : sql<string>`''`;
    const rows = await filtered(db, scope, f)
      .select((eb) => [
        keyExpr.as('key'),
        'deals.currency',
        'deals.expected_close_date',
        eb.fn.countAll<number>().as('deals'),
        eb.fn.sum<number>('deals.amount_minor').as('amount'),
        sql<number>`sum(${sql.ref('deals.amount_minor')} * ${sql.ref('deals.probability')})`.as(
          'weighted',
        ),
      ])
      .$if(key !== null, (q) => q.groupBy(sql.ref(key ?? '')))
      .groupBy(['deals.currency', 'deals.expected_close_date'])
      .execute();
    // PostgreSQL answers sums of bigints as numeric (text); SQLite as numbers.
    return rows.map((r) => ({
      key: r.key,
      currency: r.currency,
      date: r.expected_close_date,
      deals: Number(r.deals),
      amountMinor: Number(r.amount),
      weightedCentiMinor: Number(r.weighted),
    }));
  },

  /**
   * The deals a forecast could not convert, by name: per currency, those whose expected close
   * date is on or before the last date without a rate (rates apply from a date on, so every
   * earlier date lacks one too).
   */
  unconverted(
    db: Executor,
    scope: Scope,
    f: ReportFilter,
    missing: { currency: string; lastDate: string }[],
    limit: number,
  ) {
    if (!missing.length) return Promise.resolve([]);
    return filtered(db, scope, f)
      .where((eb) =>
        eb.or(
          missing.map((m) =>
            eb.and([
              eb('deals.currency', '=', m.currency),
              eb('deals.expected_close_date', '<=', m.lastDate),
            ]),
          ),
        ),
      )
      .select([
        'deals.id',
        'deals.title',
        'deals.currency',
        'deals.amount_minor',
        'deals.expected_close_date',
        'customers.name as customer_name',
      ])
      .orderBy('deals.expected_close_date')
      .orderBy('deals.id')
      .limit(limit)
      .execute();
  },
};
