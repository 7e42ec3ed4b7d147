import { Type, type Static } from '@sinclair/typebox';
import { INFLUENCE, STAKEHOLDER_KINDS, STANCE } from '../../domain/reputation/stakeholders.ts';
import { Nullable, OneOf } from '../../http/schema-helpers.ts';

const Country = Type.String({ minLength: 2, maxLength: 2 });
const Influence = Type.Integer({
  minimum: INFLUENCE.min,
  maximum: INFLUENCE.max,
  description: '1 (little) … 5 (decisive)',
});
const Stance = Type.Integer({
  minimum: STANCE.min,
  maximum: STANCE.max,
  description: '−2 hostile, −1 sceptical, 0 neutral, +1 supportive, +2 champion',
});

export const StakeholderBody = Type.Object(
  {
    country: Country,
    name: Type.String({ minLength: 1, maxLength: 200 }),
    nativeName: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
    kind: OneOf(STAKEHOLDER_KINDS),
    influence: Influence,
    stance: Stance,
    interests: Type.Optional(Type.String({ maxLength: 2000 })),
    concerns: Type.Optional(Type.String({ maxLength: 2000 })),
    languages: Type.Optional(
      Type.Array(Type.String({ minLength: 2, maxLength: 35 }), { maxItems: 10 }),
    ),
    ownerId: Type.Optional(
      Type.String({ maxLength: 64, description: 'the relationship owner; left out: you' }),
    ),
    customerIds: Type.Optional(
      Type.Array(Type.String({ maxLength: 64 }), {
        maxItems: 50,
        description: 'customers this stakeholder matters for (each one you can see)',
      }),
    ),
    stanceNote: Type.Optional(
      Type.String({ maxLength: 500, description: 'why the stance changed (kept in its history)' }),
    ),
  },
  { additionalProperties: false },
);
export type StakeholderBody = Static<typeof StakeholderBody>;
export const StakeholderPatch = Type.Partial(StakeholderBody, { additionalProperties: false });
export type StakeholderPatch = Static<typeof StakeholderPatch>;

export const StakeholderQuery = Type.Object(
  { country: Type.Optional(Country) },
  { additionalProperties: false },
);

export const StakeholderOut = Type.Object({
  id: Type.String(),
  country: Type.String(),
  name: Type.String(),
  nativeName: Nullable(Type.String()),
  kind: Type.String(),
  influence: Type.Integer(),
  stance: Type.Integer(),
  engagement: OneOf(['manage_closely', 'keep_satisfied', 'keep_informed', 'monitor'] as const),
  stanceTrend: OneOf(['up', 'down', 'none'] as const),
  interests: Type.String(),
  concerns: Type.String(),
  languages: Type.Array(Type.String()),
  ownerId: Type.String(),
  customers: Type.Array(Type.Object({ id: Type.String(), name: Type.String() }), {
    description: 'linked customers the caller can see (others are not named)',
  }),
  hiddenCustomers: Type.Integer({ description: 'linked customers outside the caller’s scope' }),
  stanceHistory: Type.Array(
    Type.Object({ at: Type.String(), stance: Type.Integer(), note: Nullable(Type.String()) }),
  ),
  canEdit: Type.Boolean(),
  updatedAt: Type.String(),
});
export type StakeholderOut = Static<typeof StakeholderOut>;
