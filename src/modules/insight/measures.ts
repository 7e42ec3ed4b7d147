import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { earliestAnchorDueFrom } from '../../domain/risk/due-dates.ts';
import { forecast } from '../../domain/sales/forecast.ts';
import {
  MIN_RATIO_COUNT,
  growthPercent,
  nps,
  previousPeriod,
} from '../../domain/insight/figures.ts';
import { ownerFilter, type Scope } from '../../domain/scope.ts';
import { orderRecords } from '../orders/order-records.service.ts';
import type { RateTable } from '../../domain/value/money.ts';
import { receivableRecords } from '../risk/receivable-records.service.ts';
import type { PaymentSchedules } from '../risk/schedules.ts';
import { insightRepository, type InsightFilter } from './insight.repository.ts';

export type MeasureUnit = 'count' | 'money' | 'percent' | 'score';

/** One country's figure: the value (null where a ratio has too few to count) and what it counts. */
export interface CountryFigure {
  value: number | null;
  count: number;
}

export interface MeasureContext {
  db: Kysely<DB>;
  scope: Scope;
  filter: InsightFilter;
  from: string;
  to: string;
  /** today (ISO day) and now (ISO instant), from the container's clock */
  today: string;
  now: string;
  rates: RateTable;
  /**
   * Figures already read for this request, by key (e.g. `revenue|from|to`): a market dashboard
   * asks revenue of the same periods for the revenue and growth cards, now and before; each
   * period is read once.
   */
  memo?: Map<string, Promise<Map<string, CountryFigure>>>;
}

/** Where a figure drills down to: a list route of the web app and its filter. */
export interface DrillDown {
  list: 'customers' | 'deals' | 'receivables' | 'tickets' | 'feedback' | 'orders';
  query: Record<string, string>;
}

/**
 * A measure the world map and the market dashboards can show. A module adds one by registering it
 * in the composition root (`insight.measures.register`); the map, the dashboards and the web list
 * them from `GET /insight/measures` and need no change.
 */
export interface Measure {
  id: string;
  labels: { 'zh-CN': string; en: string };
  unit: MeasureUnit;
  /** the module whose data it reads */
  module: string;
  /** whether `from`/`to` matter (a count of customers is as of now) */
  periodic: boolean;
  /** figures per country, in the caller's scope */
  byCountry(ctx: MeasureContext): Promise<Map<string, CountryFigure>>;
  drillDown(country: string): DrillDown;
}

export class MeasureRegistry {
  private readonly list: Measure[] = [];

  register(m: Measure): void {
    if (this.list.some((x) => x.id === m.id)) throw new Error(`measure ${m.id} registered twice`);
    this.list.push(m);
  }

  all(): readonly Measure[] {
    return this.list;
  }

  find(id: string): Measure | undefined {
    return this.list.find((m) => m.id === id);
  }
}

const add = (m: Map<string, CountryFigure>, country: string, value: number, count: number) => {
  const f = m.get(country) ?? { value: 0, count: 0 };
  f.value = (f.value ?? 0) + value;
  f.count += count;
  m.set(country, f);
};

/** Revenue per country in the reporting currency, each order at its own date's rate. */
export function revenueByCountry(ctx: MeasureContext, from = ctx.from, to = ctx.to) {
  const key = `revenue|${from}|${to}`;
  const known = ctx.memo?.get(key);
  if (known) return known;
  const figures = readRevenue(ctx, from, to);
  ctx.memo?.set(key, figures);
  return figures;
}

/**
 * The period's revenue per (country, currency, day): from the totals kept on every order write
 * (0082) — the per-day totals for a caller who sees every owner with no owner, team or tier filter,
 * the per-owner totals otherwise — and from the orders themselves only under a segment filter,
 * which the totals cannot know. Both give the same rows (tested: `revenue-totals.test.ts`).
 */
function revenueDays(ctx: MeasureContext, from: string, to: string) {
  const { segment, ...placed } = ctx.filter;
  if (segment) return insightRepository.revenue(ctx.db, ctx.scope, ctx.filter, from, to);
  const everyone = ownerFilter(ctx.scope) === null;
  if (everyone && !placed.ownerId && !placed.teamId && !placed.tier)
    return orderRecords.revenueDays(ctx.db, ctx.scope.workspaceId, from, to, placed.country);
  return orderRecords.placedRevenueDays(ctx.db, ctx.scope, placed, from, to);
}

async function readRevenue(ctx: MeasureContext, from: string, to: string) {
  const out = new Map<string, CountryFigure>();
  const rows = await revenueDays(ctx, from, to);
  for (const r of rows) {
    const c = ctx.rates.convert(Number(r.amount), r.currency, r.order_date);
    // An order with no rate for its date is left out, never added raw.
    if (c !== null) add(out, r.country, c, Number(r.n));
  }
  return out;
}

/** The measures of the modules that exist today; see docs/insight.md. */
export function builtInMeasures(schedules: PaymentSchedules): Measure[] {
  const customersList = (country: string): DrillDown => ({ list: 'customers', query: { country } });
  return [
    {
      id: 'customers',
      labels: { 'zh-CN': '客户数', en: 'Customers' },
      unit: 'count',
      module: 'customers',
      periodic: false,
      async byCountry(ctx) {
        const rows = await insightRepository.customersByCountry(ctx.db, ctx.scope, ctx.filter);
        return new Map(rows.map((r) => [r.country, { value: Number(r.n), count: Number(r.n) }]));
      },
      drillDown: customersList,
    },
    {
      id: 'revenue',
      labels: { 'zh-CN': '收入（报告货币）', en: 'Revenue (reporting currency)' },
      unit: 'money',
      module: 'orders',
      periodic: true,
      byCountry: (ctx) => revenueByCountry(ctx),
      // The customers whose orders it adds up (the order book has no country filter).
      drillDown: customersList,
    },
    {
      id: 'growth',
      labels: { 'zh-CN': '收入环比增长', en: 'Revenue growth vs previous period' },
      unit: 'percent',
      module: 'orders',
      periodic: true,
      async byCountry(ctx) {
        const prev = previousPeriod(ctx.from, ctx.to);
        const now = await revenueByCountry(ctx);
        const before = await revenueByCountry(ctx, prev.from, prev.to);
        const out = new Map<string, CountryFigure>();
        for (const country of new Set([...now.keys(), ...before.keys()])) {
          const n = now.get(country) ?? { value: 0, count: 0 };
          const b = before.get(country) ?? { value: 0, count: 0 };
          // A ratio over fewer orders than the minimum in either period says nothing.
          const enough = n.count >= MIN_RATIO_COUNT && b.count >= MIN_RATIO_COUNT;
          out.set(country, {
            value: enough ? growthPercent(n.value ?? 0, b.value ?? 0) : null,
            count: n.count,
          });
        }
        return out;
      },
      drillDown: customersList,
    },
    {
      id: 'pipeline',
      labels: { 'zh-CN': '加权在途商机', en: 'Open pipeline (weighted)' },
      unit: 'money',
      module: 'deals',
      periodic: false,
      async byCountry(ctx) {
        const rows = await insightRepository.openPipeline(ctx.db, ctx.scope, ctx.filter);
        const f = forecast(
          rows.map((r) => ({
            key: r.country,
            currency: r.currency,
            date: r.expected_close_date,
            deals: Number(r.n),
            amountMinor: Number(r.amount),
            weightedCentiMinor: Number(r.weighted),
          })),
          ctx.rates,
        );
        return new Map(f.groups.map((g) => [g.key, { value: g.weightedMinor, count: g.deals }]));
      },
      drillDown: (country) => ({ list: 'deals', query: { country } }),
    },
    {
      id: 'overdue',
      labels: { 'zh-CN': '逾期应收', en: 'Overdue receivables' },
      unit: 'money',
      module: 'risk',
      periodic: false,
      async byCountry(ctx) {
        // As the receivables report ages them: from the lines the risk module keeps on write,
        // due dates from the anchors and the home office's calendar, each country's sum per
        // currency valued at the rate in force today (never added raw).
        const next = await schedules.calendar(ctx.db, ctx.scope.workspaceId);
        const due = {
          plain: earliestAnchorDueFrom(ctx.today, 0, next),
          lcAtSight: earliestAnchorDueFrom(ctx.today, 5, next),
        };
        // Kept per anchor with the lines (0098); a segment, which the totals cannot know, reads
        // the lines themselves. Both give the same figures (tested: `overdue-totals.test.ts`).
        const { segment, ...placed } = ctx.filter;
        const { amounts, customers } = segment
          ? await insightRepository.overdue(ctx.db, ctx.scope, ctx.filter, due)
          : await receivableRecords.lateByCountry(ctx.db, ctx.scope, placed, due);
        const late = new Map(customers.map((r) => [r.country, Number(r.n)]));
        const out = new Map<string, CountryFigure>();
        for (const r of amounts) {
          const c = ctx.rates.convert(Number(r.amount), r.currency, ctx.today);
          const f = out.get(r.country) ?? { value: 0, count: late.get(r.country) ?? 0 };
          if (c !== null) f.value = (f.value ?? 0) + c;
          out.set(r.country, f);
        }
        return new Map([...out].filter(([, f]) => (f.value ?? 0) > 0));
      },
      drillDown: (country) => ({ list: 'receivables', query: { country } }),
    },
    {
      id: 'nps',
      labels: { 'zh-CN': '净推荐值 NPS', en: 'NPS' },
      unit: 'score',
      module: 'feedback',
      periodic: true,
      async byCountry(ctx) {
        const rows = await insightRepository.npsScores(
          ctx.db,
          ctx.scope,
          ctx.filter,
          ctx.from,
          ctx.to,
        );
        const scores = new Map<string, number[]>();
        for (const r of rows) {
          const list = scores.get(r.country) ?? [];
          for (let i = 0; i < Number(r.n); i++) list.push(Number(r.score));
          scores.set(r.country, list);
        }
        return new Map([...scores].map(([c, s]) => [c, { value: nps(s), count: s.length }]));
      },
      drillDown: customersList,
    },
    {
      id: 'tickets_sla',
      labels: { 'zh-CN': '超出 SLA 的工单', en: 'Tickets breaching SLA' },
      unit: 'count',
      module: 'tickets',
      periodic: false,
      async byCountry(ctx) {
        const rows = await insightRepository.breachedTickets(
          ctx.db,
          ctx.scope,
          ctx.filter,
          ctx.now,
        );
        return new Map(rows.map((r) => [r.country, { value: Number(r.n), count: Number(r.n) }]));
      },
      drillDown: (country) => ({ list: 'tickets', query: { country, breach: 'breached' } }),
    },
  ];
}
