import { Type } from '@sinclair/typebox';
import { PAYMENT_EVENTS, PAYMENT_METHODS } from '../../domain/enums.ts';
import { CHURN_REASONS } from '../../domain/risk/churn.ts';
import { CHURN_ACTIONS } from '../../domain/risk/churn-actions.ts';
import { ModelChurnOut } from './churn-model.schemas.ts';
import { Nullable, OneOf } from '../../http/schema-helpers.ts';

export const PaymentOut = Type.Object({
  id: Type.String(),
  orderId: Type.String(),
  customerId: Type.String(),
  amountMinor: Type.Integer(),
  currency: Type.String(),
  appliedMinor: Type.Integer({ description: 'in the order’s currency' }),
  paidOn: Type.String(),
  method: OneOf(PAYMENT_METHODS),
  reference: Nullable(Type.String()),
  createdBy: Type.String(),
  createdAt: Type.String(),
});

export const PaymentBody = Type.Object(
  {
    orderId: Type.String({ maxLength: 64 }),
    amountMinor: Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER }),
    currency: Type.String({ minLength: 3, maxLength: 3 }),
    paidOn: Type.String({ format: 'date' }),
    method: OneOf(PAYMENT_METHODS),
    reference: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
  },
  { additionalProperties: false },
);

export const OrderSchedule = Type.Object({
  orderId: Type.String(),
  currency: Type.String(),
  amountMinor: Type.Integer(),
  paidMinor: Type.Integer(),
  openMinor: Type.Integer(),
  finalDueDate: Nullable(Type.String()),
  instalments: Type.Array(
    Type.Object({
      event: OneOf(PAYMENT_EVENTS),
      percent: Type.Number(),
      days: Nullable(Type.Integer()),
      amountMinor: Type.Integer(),
      dueDate: Nullable(Type.String()),
    }),
  ),
  payments: Type.Array(PaymentOut),
});

const Buckets = Type.Object({
  current: Type.Integer(),
  d1_30: Type.Integer(),
  d31_60: Type.Integer(),
  d61_90: Type.Integer(),
  d90_plus: Type.Integer(),
});
const CurrencyAmount = Type.Object({ currency: Type.String(), openMinor: Type.Integer() });
const Ratios = {
  salesMinor: Type.Integer(),
  dso: Nullable(Type.Number()),
  averageDaysLate: Nullable(Type.Number()),
  previousAverageDaysLate: Nullable(Type.Number()),
  trend: Nullable(OneOf(['worse', 'better', 'steady'] as const)),
  settledOrders: Type.Integer(),
};
export const AgingOut = Type.Object({
  openMinor: Type.Integer(),
  overdueMinor: Type.Integer(),
  buckets: Buckets,
  byCurrency: Type.Array(CurrencyAmount),
  unconverted: Type.Array(CurrencyAmount),
  ...Ratios,
});

export const ReceivablesOut = Type.Object({
  reportingCurrency: Type.String(),
  asOf: Type.String(),
  periodDays: Type.Integer(),
  groupBy: OneOf(['customer', 'country', 'owner'] as const),
  undatedOrders: Type.Integer(),
  total: AgingOut,
  groupCount: Type.Integer(),
  groups: Type.Array(
    Type.Intersect([AgingOut, Type.Object({ key: Type.String(), label: Type.String() })]),
  ),
});

export const CreditLimitOut = Type.Object({
  limitMinor: Type.Integer(),
  currency: Type.String(),
  insurer: Nullable(Type.String()),
  policyNumber: Nullable(Type.String()),
  updatedBy: Type.String(),
  updatedAt: Type.String(),
});

export const ApprovalOut = Type.Object({
  id: Type.String(),
  customerId: Type.String(),
  customerName: Nullable(Type.String()),
  entityType: OneOf(['order', 'quote'] as const),
  entityId: Type.String(),
  currency: Type.String(),
  amountMinor: Type.Integer(),
  exposureMinor: Type.Integer(),
  limitMinor: Type.Integer(),
  status: OneOf(['pending', 'approved', 'rejected'] as const),
  requestedBy: Type.String(),
  requestedAt: Type.String(),
  decidedBy: Nullable(Type.String()),
  decidedAt: Nullable(Type.String()),
  note: Nullable(Type.String()),
});

export const CountryRiskOut = Type.Object({
  country: Type.String(),
  rating: Type.Integer({ minimum: 0, maximum: 7 }),
  source: Nullable(Type.String()),
  ratedOn: Nullable(Type.String()),
  notes: Nullable(Type.String()),
  origin: Type.Literal('workspace', { description: 'the workspace’s own rating' }),
  updatedBy: Type.String(),
  updatedAt: Type.String(),
});

export const ExposureOut = Type.Object({
  currency: Type.String(),
  ordersMinor: Type.Integer(),
  quotesMinor: Type.Integer(),
  totalMinor: Type.Integer(),
  unconverted: Type.Array(Type.Object({ currency: Type.String(), amountMinor: Type.Integer() })),
  availableMinor: Nullable(Type.Integer()),
  overLimit: Type.Boolean(),
});

export const ChurnOut = Type.Object({
  score: Type.Integer({ minimum: 0, maximum: 100 }),
  level: OneOf(['low', 'medium', 'high'] as const),
  reasons: Type.Array(
    Type.Object({
      code: OneOf(CHURN_REASONS),
      points: Type.Integer(),
      params: Type.Record(Type.String(), Type.Union([Type.Number(), Type.String()]), {
        description: 'the figures behind the reason, named per code (docs/risk.md)',
      }),
    }),
  ),
  suggestion: Nullable(
    Type.Object(
      {
        reason: OneOf(CHURN_REASONS),
        action: OneOf(CHURN_ACTIONS),
      },
      { description: 'what to do: the action for the strongest reason; null without reasons' },
    ),
  ),
});

export const ChurnListOut = Type.Object({
  asOf: Type.String(),
  total: Type.Integer({ description: 'customers scored (live, bought, not churned, in scope)' }),
  atRisk: Type.Integer({ description: 'of them at medium or high risk' }),
  high: Type.Integer({ description: 'of them at high risk (surfaced in the next actions)' }),
  medium: Type.Integer({ description: 'of them at medium risk' }),
  offset: Type.Integer({ description: 'how many riskier customers come before this page' }),
  items: Type.Array(
    Type.Intersect([
      Type.Object({
        customerId: Type.String(),
        name: Type.String(),
        country: Type.String(),
        ownerId: Type.String(),
        lastOrderDate: Nullable(Type.String()),
        scoredOn: Nullable(
          Type.String({ description: 'the day the stored score was worked out (hourly)' }),
        ),
      }),
      ChurnOut,
    ]),
  ),
});

export const CustomerRiskOut = Type.Object({
  customerId: Type.String(),
  reportingCurrency: Type.String(),
  credit: Nullable(CreditLimitOut),
  exposure: ExposureOut,
  receivables: AgingOut,
  undatedOrders: Type.Integer(),
  lateByQuarter: Type.Array(
    Type.Object({ quarter: Type.String(), orders: Type.Integer(), averageDaysLate: Type.Number() }),
  ),
  pendingApprovals: Type.Integer(),
  country: Type.Object({ code: Type.String(), risk: Nullable(CountryRiskOut) }),
  churn: ChurnOut,
  modelChurn: Nullable(ModelChurnOut),
});

const Share = Type.Object({
  key: Type.String(),
  label: Type.String(),
  amountMinor: Type.Integer(),
  share: Type.Number(),
});
const Dimension = Type.Object({
  totalMinor: Type.Integer(),
  top1: Type.Number(),
  top5: Type.Number(),
  top10: Type.Number(),
  hhi: Type.Integer(),
  warning: Type.Boolean(),
  items: Type.Array(Share),
});
export const ConcentrationOut = Type.Object({
  reportingCurrency: Type.String(),
  months: Type.Integer(),
  from: Type.String(),
  to: Type.String(),
  threshold: Type.Integer(),
  byCustomer: Dimension,
  byCountry: Dimension,
  byRegion: Dimension,
  unconverted: Type.Array(Type.Object({ currency: Type.String(), orders: Type.Integer() })),
  whatIf: Nullable(
    Type.Object({
      kind: OneOf(['customer', 'country', 'region'] as const),
      key: Type.String(),
      label: Type.String(),
      lostMinor: Type.Integer(),
      shareAtStake: Type.Number(),
      remainingMinor: Type.Integer(),
      hhiAfter: Type.Integer(),
    }),
  ),
});
