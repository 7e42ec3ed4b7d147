import { sql, type SelectQueryBuilder } from 'kysely';
import type { Executor } from '../../db/dialect.ts';
import type { DB, StageKind } from '../../db/schema.ts';
import { ownerFilter, type Scope } from '../../domain/scope.ts';
import { dealTotalsRepository } from './deal-totals.repository.ts';
import { dealsThroughCustomers, visibleDeals } from './deals.repository.ts';

export interface ReportFilter {
  /** open, won or lost deals (a board's closed column names its stage instead) */
  status?: StageKind;
  stageId?: string;
  /** closed deals: only those closed since this instant (a board's won and lost columns) */
  closedSince?: string;
  pipelineId?: string;
  ownerId?: string;
  /** expected close dates from / to, both included */
  from?: string;
  to?: string;
}

/** What a forecast can be summed by in SQL (by month is by stage, re-keyed by the service). */
export type SumGrouping = 'stage' | 'owner' | 'country';

export interface SumRow {
  key: string;
  currency: string;
  /** the deals' expected close date, or per month the month's first day (same rate all month) */
  date: string;
  deals: number;
  amountMinor: number;
  weightedCentiMinor: number;
}

// The GROUP BY of each grouping, in the order of the index that serves it (migration 0029), so
// SQLite reads the groups off the index without sorting. A stage is grouped with its pipeline
// unless the query names the pipeline (each column compared costs on 200,000 rows).
const GROUP: Record<SumGrouping, (f: ReportFilter) => { key: string; columns: string[] }> = {
  stage: (f) => ({
    key: 'deals.stage_id',
    columns:
      f.pipelineId || f.stageId ? ['deals.stage_id'] : ['deals.pipeline_id', 'deals.stage_id'],
  }),
  owner: () => ({ key: 'deals.owner_id', columns: ['deals.owner_id'] }),
  country: () => ({ key: 'deals.customer_country', columns: ['deals.customer_country'] }),
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- one shape over deals alone or joined
type DealsQuery = SelectQueryBuilder<DB, any, object>;

function filtered<Q extends DealsQuery>(q: Q, f: ReportFilter): Q {
  let out: DealsQuery = q;
  if (f.status) out = out.where('deals.status', '=', f.status);
  if (f.stageId) out = out.where('deals.stage_id', '=', f.stageId);
  if (f.closedSince) out = out.where('deals.closed_at', '>=', f.closedSince);
  if (f.pipelineId) out = out.where('deals.pipeline_id', '=', f.pipelineId);
  if (f.ownerId) out = out.where('deals.owner_id', '=', f.ownerId);
  if (f.from) out = out.where('deals.expected_close_date', '>=', f.from);
  if (f.to) out = out.where('deals.expected_close_date', '<=', f.to);
  return out as Q;
}

/**
 * Sums per (group, currency, month): when every exchange rate starts on the 1st of a month, all
 * dates of a month convert at one rate, so a month is as exact as a day and far fewer rows.
 * Otherwise per (group, currency, date).
 */
async function summed(
  q: DealsQuery,
  f: ReportFilter,
  by: SumGrouping,
  perMonth: boolean,
): Promise<SumRow[]> {
  const { key, columns } = GROUP[by](f);
  const period = perMonth ? 'deals.expected_close_month' : 'deals.expected_close_date';
  const rows = await filtered(q, f)
    .select((eb) => [
      sql<string>`${sql.ref(key)}`.as('key'),
      sql<string>`${sql.ref('deals.currency')}`.as('currency'),
      sql<string>`${sql.ref(period)}`.as('period'),
      eb.fn.countAll<number>().as('deals'),
      eb.fn.sum<number>('deals.amount_minor').as('amount'),
      sql<number>`sum(${sql.ref('deals.amount_minor')} * ${sql.ref('deals.probability')})`.as(
        'weighted',
      ),
    ])
    .groupBy([
      ...columns.map((c) => sql.ref(c)),
      sql.ref('deals.currency'),
      sql.ref('deals.expected_close_month'),
      ...(perMonth ? [] : [sql.ref('deals.expected_close_date')]),
    ])
    .execute();
  // PostgreSQL answers sums of bigints as numeric (text); SQLite as numbers.
  return rows.map((r) => ({
    key: r.key,
    currency: r.currency,
    date: perMonth ? `${r.period}-01` : r.period,
    deals: Number(r.deals),
    amountMinor: Number(r.amount),
    weightedCentiMinor: Number(r.weighted),
  }));
}

/** Read-only sums over deals for forecasts and board columns. */
export const dealReportsRepository = {
  /**
   * Deals in scope summed per (group, currency, month or date), never across currencies. A rep
   * or manager's deals are read through their customers (`visibleTo`). For a caller who sees
   * every owner, checking each deal's customer would cost more than the sums: their total is
   * every deal of the workspace minus the deals of customers in the trash, subtracted group by
   * group (rows with negative counts and amounts, which the forecast adds like any other). Every
   * deal of the workspace by stage is read from the totals the deals repository keeps on write.
   */
  async sums(
    db: Executor,
    scope: Scope,
    f: ReportFilter,
    by: SumGrouping,
    perMonth: boolean,
  ): Promise<SumRow[]> {
    // One closed stage since a date is a short index range: read it and check each customer.
    if (ownerFilter(scope) !== null)
      return summed(
        f.stageId ? visibleDeals(db, scope) : dealsThroughCustomers(db, scope),
        f,
        by,
        perMonth,
      );
    const all = db.selectFrom('deals').where('deals.workspace_id', '=', scope.workspaceId);
    // Customers in the trash first (their own small index), then each one's deals.
    const trashed = db
      .selectFrom('customers')
      .crossJoin('deals')
      .whereRef('deals.workspace_id', '=', 'customers.workspace_id')
      .whereRef('deals.customer_id', '=', 'customers.id')
      .where('customers.workspace_id', '=', scope.workspaceId)
      .where('customers.deleted_at', 'is not', null);
    const minus = await summed(trashed, f, by, perMonth);
    // By stage (and by month, which is by stage) the whole workspace is in the kept totals.
    const everything =
      by === 'stage' && f.status && !f.stageId && !f.closedSince && !f.ownerId
        ? dealTotalsRepository.sums(db, scope.workspaceId, { ...f, status: f.status }, perMonth)
        : summed(all, f, by, perMonth);
    return [
      ...(await everything),
      ...minus.map((r) => ({
        ...r,
        deals: -r.deals,
        amountMinor: -r.amountMinor,
        weightedCentiMinor: -r.weightedCentiMinor,
      })),
    ];
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
    return filtered(visibleDeals(db, scope), f)
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
