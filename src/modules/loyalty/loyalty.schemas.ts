import { Type, type Static } from '@sinclair/typebox';
import { BONUS_KINDS } from '../../domain/loyalty/bonus.ts';
import { ENTRY_KINDS } from '../../domain/loyalty/ledger.ts';
import { LOYALTY_BASES } from '../../domain/loyalty/programme.ts';
import { Nullable, OneOf } from '../../http/schema-helpers.ts';

const Names = Type.Record(Type.String({ maxLength: 20 }), Type.String({ maxLength: 60 }), {
  description: 'the tier’s name per language; en and zh-CN are required',
});

export const TierSchema = Type.Object(
  {
    key: Type.String({ minLength: 1, maxLength: 30, pattern: '^[a-z0-9-]+$' }),
    names: Names,
    threshold: Type.Integer({
      minimum: 0,
      maximum: 1_000_000_000_000,
      description: 'points, or whole units of the reporting currency, over the rolling 12 months',
    }),
    discountPct: Type.Number({ minimum: 0, maximum: 100 }),
    freeSamples: Type.Boolean(),
    slaPolicyId: Nullable(Type.String({ maxLength: 64 })),
    dedicatedEngineer: Type.Boolean(),
  },
  { additionalProperties: false },
);

const BonusPoints = (description: string) =>
  Type.Integer({ minimum: 0, maximum: 1_000_000, description: `${description}; 0: off` });

export const BonusRulesSchema = Type.Object(
  {
    eventAttended: BonusPoints('points for each invitation checked in at a customer event'),
    npsAnswer: BonusPoints('points for each NPS survey answered (once per survey, not per edit)'),
    referral: BonusPoints('points to the referring customer, once per referred customer'),
    anniversary: BonusPoints('points on each anniversary of the relationship (customer since)'),
  },
  { additionalProperties: false },
);

export const ProgrammeBody = Type.Object(
  {
    enabled: Type.Boolean(),
    pointsPerUnit: Type.Number({ exclusiveMinimum: 0, maximum: 1000 }),
    expiryMonths: Type.Integer({ minimum: 1, maximum: 120 }),
    basis: OneOf(LOYALTY_BASES),
    tiers: Type.Array(TierSchema, { maxItems: 10 }),
    bonuses: Type.Optional(BonusRulesSchema),
  },
  { additionalProperties: false },
);
export type ProgrammeBody = Static<typeof ProgrammeBody>;

export const ProgrammeOut = Type.Intersect([
  Type.Omit(ProgrammeBody, ['bonuses']),
  Type.Object({ reportingCurrency: Type.String(), bonuses: BonusRulesSchema }),
]);

const Reason = Type.String({ minLength: 1, maxLength: 500 });
export const RedeemBody = Type.Object(
  { points: Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER }), reason: Reason },
  { additionalProperties: false },
);
export type RedeemBody = Static<typeof RedeemBody>;

export const AdjustBody = Type.Object(
  {
    points: Type.Integer({
      minimum: -Number.MAX_SAFE_INTEGER,
      maximum: Number.MAX_SAFE_INTEGER,
      description: 'signed: positive grants a lot, negative takes the oldest points first',
    }),
    reason: Reason,
  },
  { additionalProperties: false },
);
export type AdjustBody = Static<typeof AdjustBody>;

export const LedgerQuery = Type.Object(
  {
    before: Type.Optional(
      Type.Integer({ minimum: 1, description: 'the seq of the last entry shown' }),
    ),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  },
  { additionalProperties: false },
);
export type LedgerQuery = Static<typeof LedgerQuery>;

const TierRef = Type.Object({
  key: Type.String(),
  names: Type.Record(Type.String(), Type.String()),
  threshold: Type.Integer(),
  discountPct: Type.Number({ description: 'the tier’s discount on quotes' }),
});

export const EntryOut = Type.Object({
  seq: Type.Integer(),
  kind: OneOf(ENTRY_KINDS),
  points: Type.Integer(),
  date: Type.String(),
  orderId: Nullable(Type.String()),
  orderNumber: Nullable(Type.String()),
  lotSeq: Nullable(Type.Integer()),
  expiresOn: Nullable(Type.String()),
  shortfall: Type.Integer({ description: 'points a reversal could not take (already spent)' }),
  reason: Nullable(Type.String()),
  bonus: Nullable(OneOf(BONUS_KINDS, { description: 'the bonus this earn entry is' })),
  actorId: Nullable(Type.String()),
  createdAt: Type.String(),
});

export const CustomerLoyaltyOut = Type.Object({
  enabled: Type.Boolean(),
  basis: OneOf(LOYALTY_BASES),
  reportingCurrency: Type.String(),
  balance: Type.Integer(),
  /** the value tiers compare: points or whole reporting units over 12 months */
  basisValue: Type.Integer(),
  tier: Nullable(TierRef),
  nextTier: Nullable(TierRef),
  evaluatedAt: Nullable(Type.String()),
  lots: Type.Array(
    Type.Object({
      seq: Type.Integer(),
      date: Type.String(),
      expiresOn: Type.String(),
      points: Type.Integer(),
      remaining: Type.Integer(),
      orderId: Nullable(Type.String()),
    }),
  ),
  expiringSoon: Type.Array(
    Type.Object({ lotSeq: Type.Integer(), expiresOn: Type.String(), points: Type.Integer() }),
  ),
  expiringWithinDays: Type.Integer(),
  ledger: Type.Object({ items: Type.Array(EntryOut), nextBefore: Nullable(Type.Integer()) }),
});
export type CustomerLoyaltyOut = Static<typeof CustomerLoyaltyOut>;

const Day = (description: string) =>
  Type.Optional(Type.String({ format: 'date', maxLength: 10, description }));

export const StatementQuery = Type.Object(
  {
    format: Type.Optional(OneOf(['html', 'pdf'] as const, { default: 'html' })),
    contactId: Type.Optional(
      Type.String({
        maxLength: 64,
        description: 'the contact it is for (its language); the primary contact when absent',
      }),
    ),
    from: Day('first day of the movements shown; 12 months before today when absent'),
    to: Day('last day of the movements shown; today when absent'),
  },
  { additionalProperties: false },
);
export type StatementQuery = Static<typeof StatementQuery>;

export const ReferralBody = Type.Object(
  {
    referredCustomerId: Type.String({
      minLength: 1,
      maxLength: 64,
      description: 'the new customer the referring customer brought; one referral bonus each',
    }),
  },
  { additionalProperties: false },
);
export type ReferralBody = Static<typeof ReferralBody>;
