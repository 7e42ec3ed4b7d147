import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { shiftInstant } from '../../domain/calendar/dates.ts';
import type { ForecastGroup, StageKind } from '../../domain/enums.ts';
import {
  forecast,
  monthEnd,
  monthOf,
  ratesChangeMonthly,
  type ForecastLine,
} from '../../domain/sales/forecast.ts';
import type { Scope } from '../../domain/scope.ts';
import { AppError } from '../../http/errors.ts';
import type { ExchangeRatesService } from '../orders/exchange-rates.service.ts';
import { RateTable } from '../../domain/value/money.ts';
import { userRecords } from '../users/user-records.service.ts';
import { dealReportsRepository, type ReportFilter } from './deal-reports.repository.ts';
import { dealsRepository } from './deals.repository.ts';
import { toDealOut } from './deals.mapper.ts';
import { pipelinesRepository } from './pipelines.repository.ts';
import { toPipelineOut } from './pipelines.service.ts';

export interface ForecastQuery {
  groupBy?: ForecastGroup;
  pipelineId?: string;
  ownerId?: string;
  from?: string;
  to?: string;
  status?: StageKind;
}

/** Deals a forecast names because it could not convert them (at most this many). */
const NAMED = 100;

/**
 * Totals over deals in the caller's scope, in the workspace's reporting currency: each amount
 * converted at the rate of its expected close date (the orders module's rates), deals without a
 * rate named and never added.
 */
export class DealReportsService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly exchangeRates: ExchangeRatesService,
  ) {}

  /** The workspace's rates, and whether they change only on the 1st of a month. */
  private async rates(scope: Scope) {
    const { reportingCurrency, items } = await this.exchangeRates.list(scope);
    return {
      table: new RateTable(
        reportingCurrency,
        items.map((r) => ({ currency: r.currency, validFrom: r.validFrom, rate: Number(r.rate) })),
      ),
      perMonth: ratesChangeMonthly(items.map((r) => r.validFrom)),
    };
  }

  async forecast(scope: Scope, q: ForecastQuery) {
    const groupBy = q.groupBy ?? 'stage';
    const filter: ReportFilter = { ...q, status: q.status ?? 'open' };
    const { table: rates, perMonth } = await this.rates(scope);
    // By month is summed by stage (the index's order) and re-keyed by the month of each row.
    const by = groupBy === 'month' ? 'stage' : groupBy;
    const rows = await dealReportsRepository.sums(this.db, scope, filter, by, perMonth);
    const f = forecast(
      groupBy === 'month' ? rows.map((r) => ({ ...r, key: monthOf(r.date) })) : rows,
      rates,
    );
    // Summed per month, a row's date is its month's first day: name the whole month's deals.
    const missing = f.unconverted.map((u) => ({
      ...u,
      lastDate: perMonth ? monthEnd(u.lastDate) : u.lastDate,
    }));
    const named = await dealReportsRepository.unconverted(this.db, scope, filter, missing, NAMED);
    return {
      reportingCurrency: f.reportingCurrency,
      groupBy,
      groups: await this.ordered(scope, groupBy, f.groups),
      total: f.total,
      unconverted: {
        deals: f.unconverted.reduce((n, u) => n + u.deals, 0),
        byCurrency: missing,
        items: named.map((d) => ({
          id: d.id,
          title: d.title,
          customerName: d.customer_name,
          currency: d.currency,
          amountMinor: Number(d.amount_minor),
          expectedCloseDate: d.expected_close_date,
        })),
      },
    };
  }

  /**
   * One pipeline as a board: every stage with its deals in the caller's scope (open ones, and
   * won or lost in the last `closedDays`), the first `limit` of each, and each column's totals.
   */
  async board(scope: Scope, q: { pipelineId?: string; limit?: number; closedDays?: number }) {
    const pipeline = q.pipelineId
      ? await pipelinesRepository.find(this.db, scope.workspaceId, q.pipelineId)
      : (await pipelinesRepository.list(this.db, scope.workspaceId))[0];
    if (!pipeline) throw AppError.notFound('Pipeline');
    const stages = await pipelinesRepository.stages(this.db, scope.workspaceId, [pipeline.id]);
    const now = new Date();
    const closedSince = shiftInstant(now, -(q.closedDays ?? 30)).toISOString();
    const { table: rates, perMonth } = await this.rates(scope);
    // The open deals of the pipeline, then each closed stage's deals closed since.
    const sums = await dealReportsRepository.sums(
      this.db,
      scope,
      { pipelineId: pipeline.id, status: 'open' },
      'stage',
      perMonth,
    );
    for (const s of stages.filter((x) => x.kind !== 'open'))
      sums.push(
        ...(await dealReportsRepository.sums(
          this.db,
          scope,
          { stageId: s.id, closedSince },
          'stage',
          perMonth,
        )),
      );
    const totals = new Map(forecast(sums, rates).groups.map((g) => [g.key, g]));
    const rotting = new Map([[pipeline.id, pipeline]]);
    const columns = [];
    for (const s of stages) {
      const rows = await dealsRepository.column(
        this.db,
        scope,
        s.id,
        s.kind,
        q.limit ?? 20,
        closedSince,
      );
      const t = totals.get(s.id);
      columns.push({
        stageId: s.id,
        deals: (t?.deals ?? 0) + (t?.unconvertedDeals ?? 0),
        amountMinor: t?.amountMinor ?? 0,
        weightedMinor: t?.weightedMinor ?? 0,
        unconvertedDeals: t?.unconvertedDeals ?? 0,
        items: rows.map((r) => toDealOut(r, rotting, now)),
      });
    }
    return {
      pipeline: toPipelineOut(pipeline, stages),
      reportingCurrency: rates.reporting,
      closedSince,
      columns,
    };
  }

  /** Groups with a name to show, in the order a reader expects. */
  private async ordered(scope: Scope, by: ForecastGroup, groups: ForecastLine[]) {
    const named = (label: (key: string) => string | null) =>
      groups.map((g) => ({ ...g, label: label(g.key) }));
    if (by === 'month') return named(() => null);
    if (by === 'stage') {
      const pipelines = await pipelinesRepository.list(this.db, scope.workspaceId);
      const stages = await pipelinesRepository.stages(this.db, scope.workspaceId);
      const order = (id: string) => {
        const s = stages.find((x) => x.id === id);
        const p = pipelines.findIndex((x) => x.id === s?.pipeline_id);
        return p * 1000 + (s?.position ?? 999);
      };
      return named((id) => stages.find((s) => s.id === id)?.name ?? null).sort(
        (a, b) => order(a.key) - order(b.key),
      );
    }
    const names =
      by === 'owner'
        ? await userRecords.namesOf(
            this.db,
            scope.workspaceId,
            groups.map((g) => g.key),
          )
        : new Map<string, string>();
    return named((k) => names.get(k) ?? null).sort((a, b) => b.amountMinor - a.amountMinor);
  }
}
