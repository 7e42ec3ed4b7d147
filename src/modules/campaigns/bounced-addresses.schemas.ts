import { Type, type Static } from '@sinclair/typebox';
import { Nullable } from '../../http/schema-helpers.ts';

export const BouncedQuery = Type.Object(
  {
    q: Type.Optional(
      Type.String({ minLength: 1, maxLength: 320, description: 'addresses containing this' }),
    ),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 })),
  },
  { additionalProperties: false },
);
export type BouncedQuery = Static<typeof BouncedQuery>;

export const BouncedAddressOut = Type.Object({
  address: Type.String({ description: 'lower case' }),
  status: Type.String({ description: 'the status code reported (RFC 3463), e.g. 5.1.1' }),
  diagnostic: Nullable(Type.String({ description: 'the receiving server’s words' })),
  campaignId: Nullable(Type.String()),
  campaignName: Nullable(Type.String()),
  contactId: Nullable(Type.String()),
  bouncedAt: Type.String(),
});
export type BouncedAddressOut = Static<typeof BouncedAddressOut>;

export const BouncedList = Type.Object({
  items: Type.Array(BouncedAddressOut),
  hasMore: Type.Boolean(),
});

export const BouncedAddressParams = Type.Object(
  { address: Type.String({ minLength: 3, maxLength: 320 }) },
  { additionalProperties: false },
);
