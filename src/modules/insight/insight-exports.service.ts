import type { ActionLanguage } from '../../domain/insight/action-rules.ts';
import type { Scope } from '../../domain/scope.ts';
import { minorDigits } from '../../domain/value/money.ts';
import { sheet, workbookOf, type SheetSpec } from './insight.export.ts';
import type { InsightQuery, InsightService } from './insight.service.ts';
import type { NextActionsService } from './next-actions.service.ts';

const major = (minor: number | null, currency: string) =>
  minor === null ? null : minor / 10 ** minorDigits(currency);

const T = {
  country: { en: 'Country', zh: '国家/地区' },
  value: { en: 'Value', zh: '数值' },
  count: { en: 'Count', zh: '计数' },
  unit: { en: 'Unit', zh: '单位' },
  currency: { en: 'Currency', zh: '货币' },
  measure: { en: 'Measure', zh: '指标' },
  previous: { en: 'Previous period', zh: '上一期' },
  change: { en: 'Change', zh: '变化' },
  tier: { en: 'Tier', zh: '等级' },
  customer: { en: 'Customer', zh: '客户' },
  revenue: { en: 'Revenue', zh: '收入' },
  lastTouch: { en: 'Last touch', zh: '最近联系' },
  health: { en: 'Health score', zh: '健康分' },
  date: { en: 'Date', zh: '日期' },
  holiday: { en: 'Holiday', zh: '节假日' },
  rule: { en: 'Rule', zh: '规则' },
  priority: { en: 'Priority', zh: '优先级' },
  reason: { en: 'Reason', zh: '原因' },
} satisfies Record<string, { en: string; zh: string }>;

/**
 * XLSX exports of the insight tables (the map's ranked table, a market dashboard's tables, the
 * next best actions), made from the same answers as the JSON routes: the same scope, filters and
 * figures; money in major units of the reporting currency.
 */
export class InsightExports {
  constructor(
    private readonly insight: InsightService,
    private readonly nextActions: NextActionsService,
  ) {}

  async map(scope: Scope, measure: string, q: InsightQuery) {
    const lang = q.lang ?? 'en';
    const m = await this.insight.map(scope, measure, q);
    const money = m.unit === 'money' && m.currency ? m.currency : null;
    const spec = sheet({
      name: { en: m.measure, zh: m.measure },
      columns: [
        { header: T.country, value: (r: (typeof m.items)[number]) => r.country },
        { header: T.value, value: (r) => (money ? major(r.value, money) : r.value) },
        { header: T.count, value: (r) => r.count },
        { header: T.unit, value: () => money ?? m.unit },
      ],
      rows: m.items,
    });
    return {
      file: `map-${m.measure}-${m.from}-${m.to}.xlsx`,
      body: await workbookOf([spec], lang),
    };
  }

  async market(scope: Scope, country: string, q: InsightQuery) {
    const lang = q.lang ?? 'en';
    const d = await this.insight.market(scope, country, q);
    const label = lang === 'zh' ? 'zh-CN' : 'en';
    type Kpi = (typeof d.kpis)[number];
    const money = (k: Kpi, v: number | null) => (k.unit === 'money' ? major(v, d.currency) : v);
    const sheets: SheetSpec<unknown>[] = [
      sheet({
        name: { en: 'KPIs', zh: '关键指标' },
        columns: [
          { header: T.measure, value: (k: Kpi) => k.labels[label] },
          { header: T.value, value: (k) => money(k, k.value) },
          { header: T.count, value: (k) => k.count },
          { header: T.previous, value: (k) => money(k, k.previous) },
          { header: T.change, value: (k) => k.change },
          { header: T.unit, value: (k) => (k.unit === 'money' ? d.currency : k.unit) },
        ],
        rows: d.kpis,
      }),
      sheet({
        name: { en: 'Tier mix', zh: '等级构成' },
        columns: [
          { header: T.tier, value: (t: (typeof d.tierMix)[number]) => t.tier },
          { header: T.count, value: (t) => t.count },
        ],
        rows: d.tierMix,
      }),
      sheet({
        name: { en: 'Top customers', zh: '主要客户' },
        columns: [
          { header: T.customer, value: (c: (typeof d.topCustomers)[number]) => c.name },
          { header: T.tier, value: (c) => c.tier },
          { header: T.revenue, value: (c) => major(c.revenueMinor, d.currency) },
          { header: T.currency, value: () => d.currency },
        ],
        rows: d.topCustomers,
      }),
      sheet({
        name: { en: 'Going cold', zh: '趋冷客户' },
        columns: [
          { header: T.customer, value: (c: (typeof d.goingCold.items)[number]) => c.name },
          { header: T.tier, value: (c) => c.tier },
          { header: T.lastTouch, value: (c) => c.lastTouchAt },
          { header: T.health, value: (c) => c.healthScore },
        ],
        rows: d.goingCold.items,
      }),
      sheet({
        name: { en: 'Holidays', zh: '节假日' },
        columns: [
          { header: T.date, value: (h: (typeof d.holidays)[number]) => h.date },
          { header: T.holiday, value: (h) => h.name },
        ],
        rows: d.holidays,
      }),
    ];
    return {
      file: `market-${d.country}-${d.from}-${d.to}.xlsx`,
      body: await workbookOf(sheets, lang),
    };
  }

  async nextActionsOf(scope: Scope, q: { lang?: ActionLanguage; limit?: number }) {
    const lang = q.lang ?? 'en';
    const a = await this.nextActions.list(scope, { lang, limit: q.limit ?? 1000 });
    const spec = sheet({
      name: { en: 'Next best actions', zh: '下一步行动' },
      columns: [
        { header: T.customer, value: (x: (typeof a.items)[number]) => x.customerName },
        { header: T.country, value: (x) => x.country },
        { header: T.reason, value: (x) => x.reason },
        { header: T.rule, value: (x) => x.ruleId },
        { header: T.priority, value: (x) => x.priority },
      ],
      rows: a.items,
    });
    return { file: `next-actions-${a.today}.xlsx`, body: await workbookOf([spec], lang) };
  }
}
