import { Type } from '@sinclair/typebox';
import { MATCH_KINDS } from '../../domain/enums.ts';
import { Nullable, OneOf } from '../../http/schema-helpers.ts';

export const Brief = Type.Object({
  id: Type.String(),
  name: Type.String(),
  nativeName: Nullable(Type.String()),
  country: Type.String(),
  domain: Nullable(Type.String()),
  ownerId: Type.String(),
});

export const Evidence = Type.Object(
  {
    kind: OneOf(MATCH_KINDS),
    a: Type.String({ description: 'the shared value as customer a has it' }),
    b: Type.String({ description: 'the shared value as customer b has it' }),
  },
  { description: 'one thing both customers share, in each one’s own spelling' },
);

export const PairsQuery = Type.Object(
  {
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000, default: 1 })),
    pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
  },
  { additionalProperties: false },
);

export const PairsPage = Type.Object({
  items: Type.Array(
    Type.Object({
      a: Brief,
      b: Brief,
      score: Type.Integer({
        description: 'evidence strength: domain or email 100, phone 10, name 1, summed by kind',
      }),
      evidence: Type.Array(Evidence, { description: 'strongest first' }),
    }),
  ),
  total: Type.Integer({ description: 'pairs in your scope, over all pages' }),
  page: Type.Integer(),
  pageSize: Type.Integer(),
});

export const DismissBody = Type.Object(
  { aId: Type.String({ maxLength: 64 }), bId: Type.String({ maxLength: 64 }) },
  { additionalProperties: false },
);

export const Dismissed = Type.Object({
  aId: Type.String(),
  bId: Type.String(),
  dismissedAt: Type.String(),
});
