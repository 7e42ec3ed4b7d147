import { Type } from '@sinclair/typebox';
import { COMPANY_SIZES, TIERS } from '../../domain/enums.ts';
import { Nullable, OneOf } from '../../http/schema-helpers.ts';

const Labels = Type.Object({ 'zh-CN': Type.String(), en: Type.String() });
const Bilingual = Type.Object({ en: Type.String(), zh: Type.String() });
const Unit = OneOf(['count', 'money', 'percent', 'score'] as const);
const Day = Type.String({ format: 'date' });
const Id = Type.String({ maxLength: 64 });

export const Lang = Type.Optional(OneOf(['en', 'zh'] as const));

/** Period and filters every insight read takes. */
export const InsightFilters = {
  from: Type.Optional(Day),
  to: Type.Optional(Day),
  ownerId: Type.Optional(Id),
  teamId: Type.Optional(Id),
  tier: Type.Optional(OneOf(TIERS)),
  segmentId: Type.Optional(Id),
  lang: Lang,
};

export const MeasuresOut = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Type.String(),
      labels: Labels,
      unit: Unit,
      module: Type.String(),
      periodic: Type.Boolean({ description: 'whether the period (from, to) changes the figure' }),
    }),
  ),
});

export const MapOut = Type.Object({
  measure: Type.String(),
  unit: Unit,
  currency: Nullable(Type.String({ description: 'the reporting currency of money measures' })),
  from: Day,
  to: Day,
  items: Type.Array(
    Type.Object({
      country: Type.String({ description: 'ISO 3166-1 alpha-2' }),
      value: Nullable(Type.Number({ description: 'null: a ratio over too few to tell' })),
      count: Type.Integer({
        description: 'what the value counts: customers, orders, deals, answers, tickets',
      }),
    }),
  ),
});

const DrillDown = Type.Object({
  list: OneOf(['customers', 'deals', 'receivables', 'tickets', 'feedback', 'orders'] as const),
  query: Type.Record(Type.String(), Type.String()),
});

export const MarketOut = Type.Object({
  country: Type.String(),
  name: Bilingual,
  currency: Type.String(),
  from: Day,
  to: Day,
  previous: Type.Object({ from: Day, to: Day }),
  kpis: Type.Array(
    Type.Object({
      measure: Type.String(),
      labels: Labels,
      unit: Unit,
      value: Nullable(Type.Number()),
      count: Type.Integer(),
      previous: Nullable(
        Type.Number({ description: 'the previous period’s value (periodic measures)' }),
      ),
      change: Nullable(Type.Number()),
      changeUnit: OneOf(['percent', 'points'] as const),
      drillDown: DrillDown,
    }),
  ),
  tierMix: Type.Array(
    Type.Object({ tier: Nullable(Type.String()), count: Type.Integer(), drillDown: DrillDown }),
  ),
  topCustomers: Type.Array(
    Type.Object({
      id: Type.String(),
      name: Type.String(),
      tier: Nullable(Type.String()),
      revenueMinor: Type.Integer(),
    }),
  ),
  goingCold: Type.Object({
    days: Type.Integer(),
    count: Type.Integer(),
    items: Type.Array(
      Type.Object({
        id: Type.String(),
        name: Type.String(),
        tier: Nullable(Type.String()),
        lastTouchAt: Nullable(Type.String()),
        healthScore: Nullable(Type.Number()),
      }),
    ),
  }),
  holidays: Type.Array(Type.Object({ date: Day, name: Type.String() })),
  slowSeasons: Type.Array(
    Type.Object({ kind: Type.String(), start: Day, end: Day, names: Type.Array(Type.String()) }),
  ),
  culture: Type.Object({
    languages: Type.Array(Type.String()),
    weekend: Type.Array(Type.Integer()),
    hofstede: Type.Record(Type.String(), Nullable(Type.Number())),
    notes: Nullable(Type.String()),
  }),
});

const ActionState = OneOf(['done', 'dismissed', 'snoozed'] as const);

export const NextActionsOut = Type.Object({
  today: Day,
  total: Type.Integer(),
  items: Type.Array(
    Type.Object({
      key: Type.String({
        description: 'rule and subject; done/dismissed/snoozed are kept under it',
      }),
      ruleId: Type.String(),
      priority: Type.Integer(),
      reason: Type.String({ description: 'in the reader’s language' }),
      params: Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()])),
      customerId: Type.String(),
      customerName: Type.String(),
      country: Type.String(),
    }),
  ),
});

export const StateBody = Type.Object(
  {
    key: Type.String({ minLength: 3, maxLength: 200 }),
    state: ActionState,
    until: Type.Optional(Day),
  },
  { additionalProperties: false },
);

export const StateOut = Type.Object({
  customerId: Type.String(),
  key: Type.String(),
  ruleId: Type.String(),
  state: ActionState,
  snoozedUntil: Nullable(Day),
});

export const RulesOut = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Type.String(),
      priority: Type.Integer(),
      condition: Type.String(),
      text: Bilingual,
      enabled: Type.Boolean(),
      done: Type.Integer(),
      dismissed: Type.Integer({
        description: 'counted per rule, so dismissals teach nothing silently',
      }),
      snoozed: Type.Integer(),
    }),
  ),
});

const List = (item: ReturnType<typeof Type.String>) => Type.Array(item, { maxItems: 300 });

export const Icp = Type.Object(
  {
    countries: List(Type.String({ minLength: 2, maxLength: 2 })),
    industries: List(Type.String({ minLength: 1, maxLength: 100 })),
    sizes: Type.Array(OneOf(COMPANY_SIZES), { maxItems: COMPANY_SIZES.length }),
    sources: List(Type.String({ minLength: 1, maxLength: 100 })),
  },
  { additionalProperties: false },
);

export const SettingsBody = Type.Object(
  { disabledRules: Type.Array(Type.String({ maxLength: 64 }), { maxItems: 50 }), icp: Icp },
  { additionalProperties: false },
);

export const LeadScoreOut = Type.Object({
  customerId: Type.String(),
  stage: Type.String(),
  score: Type.Integer({ minimum: 0, maximum: 100 }),
  parts: Type.Array(
    Type.Object({
      key: OneOf(['country', 'industry', 'size', 'source', 'activity', 'inbound'] as const),
      points: Type.Integer(),
      max: Type.Integer(),
      value: Nullable(Type.Union([Type.String(), Type.Number()])),
    }),
  ),
  icp: Icp,
});
