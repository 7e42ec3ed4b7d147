import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { addDays, isValidDate } from '../../domain/calendar/dates.ts';
import type { ReaderLanguage } from '../../domain/calendar/holidays.ts';
import { growthPercent, previousPeriod } from '../../domain/insight/figures.ts';
import { requireCommercial, type Scope } from '../../domain/scope.ts';
import { AppError, fieldError } from '../../http/errors.ts';
import type { CountriesService } from '../countries/countries.service.ts';
import { checkCountry } from '../countries/countries.service.ts';
import { segmentConditions } from '../segments/segment-conditions.service.ts';
import { rateTableOf } from '../orders/exchange-rates.service.ts';
import { insightRepository, type InsightFilter } from './insight.repository.ts';
import type { MeasureContext, MeasureRegistry } from './measures.ts';

export interface InsightQuery extends Omit<InsightFilter, 'segment'> {
  segmentId?: string;
  from?: string;
  to?: string;
  lang?: ReaderLanguage;
}

/** Days without a touch after which a customer counts as going cold on a market dashboard. */
export const COLD_DAYS = 45;
const LISTED = 10;

/**
 * The world map and the market dashboards: every figure from the measure registry, over the
 * caller's scope (the repository applies it in SQL), money in the reporting currency.
 */
export class InsightService {
  constructor(
    private readonly db: Kysely<DB>,
    readonly measures: MeasureRegistry,
    private readonly countries: CountriesService,
    private readonly now: () => Date = () => new Date(),
  ) {}

  list() {
    return {
      items: this.measures.all().map((m) => ({
        id: m.id,
        labels: m.labels,
        unit: m.unit,
        module: m.module,
        periodic: m.periodic,
      })),
    };
  }

  private async context(scope: Scope, q: InsightQuery): Promise<MeasureContext> {
    // Orders, deals and receivables are the sales side's (an agent is refused them elsewhere too).
    requireCommercial(scope);
    const now = this.now();
    const today = now.toISOString().slice(0, 10);
    const to = q.to ?? today;
    const from = q.from ?? addDays(to, -89);
    const bad = [
      ...(isValidDate(from) ? [] : [fieldError('/querystring/from', 'invalid_date')]),
      ...(isValidDate(to) ? [] : [fieldError('/querystring/to', 'invalid_date')]),
    ];
    if (bad.length) throw AppError.validation(bad);
    if (from > to)
      throw AppError.validation([
        fieldError('/querystring/to', 'not_before_start', { start: from }),
      ]);
    const segment = q.segmentId
      ? (await segmentConditions(this.db, scope.workspaceId, [q.segmentId])).get(q.segmentId)
      : undefined;
    if (q.segmentId && !segment)
      throw AppError.validation([
        fieldError('/querystring/segmentId', 'no_such', { entity: 'segment' }),
      ]);
    const filter: InsightFilter = {
      segment,
      ownerId: q.ownerId,
      teamId: q.teamId,
      tier: q.tier,
      country: q.country ? checkCountry(q.country, '/querystring/country') : undefined,
    };
    const rates = await rateTableOf(this.db, scope.workspaceId);
    return {
      db: this.db,
      scope,
      filter,
      from,
      to,
      today,
      now: now.toISOString(),
      rates,
      memo: new Map(),
    };
  }

  async map(scope: Scope, measureId: string, q: InsightQuery) {
    const measure = this.measures.find(measureId);
    if (!measure)
      throw AppError.validation([
        fieldError('/querystring/measure', 'one_of', {
          values: this.measures.all().map((m) => m.id),
        }),
      ]);
    const ctx = await this.context(scope, q);
    const figures = await measure.byCountry(ctx);
    return {
      measure: measure.id,
      unit: measure.unit,
      currency: measure.unit === 'money' ? ctx.rates.reporting : null,
      from: ctx.from,
      to: ctx.to,
      items: [...figures]
        .map(([country, f]) => ({ country, value: f.value, count: f.count }))
        .sort((a, b) => a.country.localeCompare(b.country)),
    };
  }

  async market(scope: Scope, rawCountry: string, q: InsightQuery) {
    const country = checkCountry(rawCountry, '/country');
    const ctx = await this.context(scope, { ...q, country });
    const prev = previousPeriod(ctx.from, ctx.to);
    const prevCtx = { ...ctx, ...prev };
    const kpis = [];
    for (const m of this.measures.all()) {
      const cur = (await m.byCountry(ctx)).get(country) ?? { value: 0, count: 0 };
      const before = m.periodic
        ? ((await m.byCountry(prevCtx)).get(country) ?? { value: 0, count: 0 })
        : null;
      // Money and counts change in percent; a score or a percentage in points.
      const inPoints = m.unit === 'percent' || m.unit === 'score';
      const change =
        before && cur.value !== null && before.value !== null
          ? inPoints
            ? Math.round((cur.value - before.value) * 10) / 10
            : growthPercent(cur.value, before.value)
          : null;
      kpis.push({
        measure: m.id,
        labels: m.labels,
        unit: m.unit,
        value: cur.value,
        count: cur.count,
        previous: before?.value ?? null,
        change,
        changeUnit: inPoints ? ('points' as const) : ('percent' as const),
        drillDown: m.drillDown(country),
      });
    }
    const f = ctx.filter;
    const tiers = await insightRepository.tierMix(this.db, scope, f);
    const coldSince = addDays(ctx.today, -COLD_DAYS);
    const cold = await insightRepository.goingCold(this.db, scope, f, coldSince, LISTED);
    const coldCount = await insightRepository.countGoingCold(this.db, scope, f, coldSince);
    const lang = q.lang ?? 'en';
    const profile = await this.countries.profile(
      scope,
      country,
      Number(ctx.today.slice(0, 4)),
      lang,
    );
    const horizon = addDays(ctx.today, 90);
    const nextYear =
      horizon.slice(0, 4) !== ctx.today.slice(0, 4)
        ? await this.countries.profile(scope, country, Number(horizon.slice(0, 4)), lang)
        : null;
    const holidays = [...profile.holidays, ...(nextYear?.holidays ?? [])]
      .filter((h) => h.closed && h.date >= ctx.today && h.date <= horizon)
      .map((h) => ({ date: h.date, name: h.name }));
    const seasons = [...profile.slowSeasons, ...(nextYear?.slowSeasons ?? [])]
      .filter((s) => s.end >= ctx.today && s.start <= horizon)
      .map((s) => ({ kind: s.kind, start: s.start, end: s.end, names: s.names ?? [] }));
    return {
      country,
      name: profile.name,
      currency: ctx.rates.reporting,
      from: ctx.from,
      to: ctx.to,
      previous: prev,
      kpis,
      tierMix: tiers
        .map((t) => ({
          tier: t.tier,
          count: Number(t.n),
          drillDown: {
            list: 'customers' as const,
            query: { country, ...(t.tier ? { tier: t.tier } : {}) },
          },
        }))
        .sort((a, b) => (a.tier ?? 'Z').localeCompare(b.tier ?? 'Z')),
      topCustomers: await this.topCustomers(ctx),
      goingCold: {
        days: COLD_DAYS,
        count: Number(coldCount.n),
        items: cold.map((c) => ({
          id: c.id,
          name: c.name,
          tier: c.tier,
          lastTouchAt: c.last_touch_at,
          healthScore: c.health_score,
        })),
      },
      holidays,
      slowSeasons: seasons,
      culture: {
        languages: profile.languages,
        weekend: profile.weekend,
        hofstede: profile.hofstede,
        notes: profile.notes,
      },
    };
  }

  private async topCustomers(ctx: MeasureContext) {
    const rows = await insightRepository.revenueByCustomer(
      ctx.db,
      ctx.scope,
      ctx.filter,
      ctx.from,
      ctx.to,
    );
    const by = new Map<
      string,
      { id: string; name: string; tier: string | null; revenueMinor: number }
    >();
    for (const r of rows) {
      const c = ctx.rates.convert(Number(r.amount), r.currency, r.order_date);
      if (c === null) continue;
      const e = by.get(r.id) ?? { id: r.id, name: r.name, tier: r.tier, revenueMinor: 0 };
      e.revenueMinor += c;
      by.set(r.id, e);
    }
    return [...by.values()]
      .sort((a, b) => b.revenueMinor - a.revenueMinor || a.name.localeCompare(b.name))
      .slice(0, LISTED);
  }
}
