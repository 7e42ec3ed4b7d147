import { Type, type Static } from '@sinclair/typebox';
import { Nullable, OneOf } from '../../http/schema-helpers.ts';

export const FeedBody = Type.Object(
  {
    country: Type.String({ minLength: 2, maxLength: 2 }),
    name: Type.String({
      minLength: 1,
      maxLength: 200,
      description: 'the outlet; mentions’ source',
    }),
    url: Type.Optional(
      Nullable(Type.String({ maxLength: 2000, description: 'http(s); null: files are uploaded' })),
    ),
    language: Type.Optional(Nullable(Type.String({ minLength: 2, maxLength: 35 }))),
    enabled: Type.Optional(Type.Boolean()),
    allowPrivateNetwork: Type.Optional(
      Type.Boolean({ description: 'admins only: a feed on the office network' }),
    ),
  },
  { additionalProperties: false },
);
export type FeedBody = Static<typeof FeedBody>;
export const FeedPatch = Type.Partial(FeedBody, { additionalProperties: false });
export type FeedPatch = Static<typeof FeedPatch>;

export const FeedOut = Type.Object({
  id: Type.String(),
  country: Type.String(),
  name: Type.String(),
  url: Nullable(Type.String()),
  language: Nullable(Type.String()),
  enabled: Type.Boolean(),
  allowPrivateNetwork: Type.Boolean(),
  lastFetchedAt: Nullable(Type.String()),
  lastError: Nullable(Type.String()),
  lastItems: Nullable(Type.Integer()),
  lastMatched: Nullable(Type.Integer()),
});
export type FeedOut = Static<typeof FeedOut>;

export const FetchOut = Type.Object({
  items: Type.Integer({ description: 'items in the feed' }),
  matched: Type.Integer({ description: 'items naming the company or a brand' }),
  created: Type.Integer({ description: 'new mentions (items already stored are skipped)' }),
  error: Nullable(Type.String({ description: 'why the feed could not be read' })),
});
export type FetchOut = Static<typeof FetchOut>;

export const WatchNames = Type.Object(
  {
    items: Type.Array(
      Type.Object(
        {
          name: Type.String({ minLength: 1, maxLength: 100 }),
          kind: OneOf(['company', 'brand'] as const),
        },
        { additionalProperties: false },
      ),
      { maxItems: 200 },
    ),
  },
  { additionalProperties: false },
);
export type WatchNames = Static<typeof WatchNames>;
