import { Type, type Static } from '@sinclair/typebox';
import { STAGES } from '../../domain/enums.ts';
import { CLAIM_WINDOW_DAYS, MAX_IDLE_DAYS } from '../../domain/pool/pool-settings.ts';
import { PageQuery } from '../../http/pagination.ts';
import { Nullable, OneOf } from '../../http/schema-helpers.ts';

export const PoolSettingsBody = Type.Object(
  {
    enabled: Type.Boolean({ description: 'the nightly rule returning idle customers' }),
    stages: Type.Array(OneOf(STAGES), {
      minItems: 1,
      maxItems: STAGES.length,
      uniqueItems: true,
      description: 'stages the rule and returns by hand apply to',
    }),
    idleDays: Type.Integer({
      minimum: 2,
      maximum: MAX_IDLE_DAYS,
      description: 'business days of the home office without a touch',
    }),
    warningDays: Type.Integer({
      minimum: 1,
      maximum: MAX_IDLE_DAYS - 1,
      description: 'business days’ notice in the owner’s inbox; fewer than idleDays',
    }),
    claimLimit: Nullable(
      Type.Integer({
        minimum: 1,
        maximum: 10_000,
        description: `customers a rep may claim per ${CLAIM_WINDOW_DAYS} days; null: no limit`,
      }),
    ),
  },
  { additionalProperties: false },
);
export type PoolSettingsBody = Static<typeof PoolSettingsBody>;

export const PoolSettingsOut = Type.Object({
  ...PoolSettingsBody.properties,
  claimWindowDays: Type.Integer({ description: 'the claim limit’s rolling window' }),
  homeCountry: Type.String({ description: 'whose business days count' }),
  homeTimeZone: Type.String(),
});
export type PoolSettingsOut = Static<typeof PoolSettingsOut>;

export const PoolListQuery = Type.Object(
  {
    country: Type.Optional(Type.String({ minLength: 2, maxLength: 2 })),
    stage: Type.Optional(OneOf(STAGES)),
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    ...PageQuery,
  },
  { additionalProperties: false },
);
export type PoolListQuery = Static<typeof PoolListQuery>;

/** What anyone may see of a pooled customer: enough to decide whether to claim it. */
export const PoolItem = Type.Object({
  customerId: Type.String(),
  name: Type.String(),
  nativeName: Nullable(Type.String()),
  country: Type.String(),
  stage: OneOf(STAGES),
  pooledAt: Type.String({ format: 'date-time' }),
  reason: OneOf(['idle', 'manual'] as const, {
    description: 'idle: the nightly rule; manual: returned by hand',
  }),
  lastTouchAt: Nullable(Type.String({ format: 'date-time' })),
});

export const PoolPage = Type.Object({
  items: Type.Array(PoolItem),
  nextCursor: Nullable(Type.String()),
  claims: Type.Object({
    used: Type.Integer({ description: 'your claims in the window' }),
    limit: Nullable(Type.Integer()),
    windowDays: Type.Integer(),
  }),
});

export const ClaimBody = Type.Object(
  {
    force: Type.Optional(
      Type.Boolean({ description: 'claim even though a look-alike is already yours' }),
    ),
  },
  { additionalProperties: false },
);
export type ClaimBody = Static<typeof ClaimBody>;

export const AssignBody = Type.Object(
  {
    // No NUL: PostgreSQL refuses it in text, which would answer 500 instead of 400.
    userId: Type.String({ minLength: 1, maxLength: 64, pattern: '^[^\\u0000]+$' }),
    force: Type.Optional(
      Type.Boolean({ description: 'assign even though the user has a look-alike' }),
    ),
  },
  { additionalProperties: false },
);
export type AssignBody = Static<typeof AssignBody>;

export const ReleaseBody = Type.Object(
  { note: Type.Optional(Type.String({ maxLength: 500 })) },
  { additionalProperties: false },
);
export type ReleaseBody = Static<typeof ReleaseBody>;

export const PoolMoveOut = Type.Object({
  customerId: Type.String(),
  ownerId: Type.String({ description: 'the new owner; the pool holder after a release' }),
  at: Type.String({ format: 'date-time' }),
});
export type PoolMoveOut = Static<typeof PoolMoveOut>;

export const CustomerIdParams = Type.Object({ customerId: Type.String({ maxLength: 64 }) });
