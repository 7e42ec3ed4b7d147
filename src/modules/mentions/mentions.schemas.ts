import { Type, type Static } from '@sinclair/typebox';
import { SENTIMENTS } from '../../domain/reputation/sentiment.ts';
import { Nullable, OneOf } from '../../http/schema-helpers.ts';

const Country = Type.String({ minLength: 2, maxLength: 2 });
const Day = Type.String({ format: 'date', description: 'YYYY-MM-DD' });
const Ids = (what: string) =>
  Type.Array(Type.String({ maxLength: 64 }), { maxItems: 50, description: what });

export const MentionBody = Type.Object(
  {
    country: Country,
    title: Type.String({ minLength: 1, maxLength: 500 }),
    source: Type.String({ minLength: 1, maxLength: 200, description: 'outlet or site' }),
    url: Type.Optional(Nullable(Type.String({ maxLength: 2000, description: 'http or https' }))),
    language: Type.String({ minLength: 2, maxLength: 35, description: 'BCP 47' }),
    publishedOn: Day,
    reach: Type.Optional(
      Nullable(
        Type.Integer({ minimum: 0, maximum: 10_000_000_000, description: 'estimated readers' }),
      ),
    ),
    summary: Type.Optional(Type.String({ maxLength: 2000 })),
    sentiment: Type.Optional(
      Nullable(OneOf(SENTIMENTS, { description: 'a person’s value; null: take the suggestion' })),
    ),
    topics: Type.Optional(
      Type.Array(Type.String({ minLength: 1, maxLength: 60 }), { maxItems: 20 }),
    ),
    stakeholderIds: Type.Optional(Ids('stakeholders it concerns (each one you can see)')),
    customerIds: Type.Optional(Ids('customers it concerns (each one you can see)')),
  },
  { additionalProperties: false },
);
export type MentionBody = Static<typeof MentionBody>;
export const MentionPatch = Type.Partial(MentionBody, { additionalProperties: false });
export type MentionPatch = Static<typeof MentionPatch>;

export const MentionQuery = Type.Object(
  {
    country: Type.Optional(Country),
    sentiment: Type.Optional(OneOf(SENTIMENTS)),
    from: Type.Optional(Day),
    to: Type.Optional(Day),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
    offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
  },
  { additionalProperties: false },
);
export type MentionQuery = Static<typeof MentionQuery>;

const Named = Type.Object({ id: Type.String(), name: Type.String() });
export const MentionOut = Type.Object({
  id: Type.String(),
  country: Type.String(),
  title: Type.String(),
  source: Type.String(),
  url: Nullable(Type.String()),
  language: Type.String(),
  publishedOn: Type.String(),
  reach: Nullable(Type.Integer()),
  summary: Type.String(),
  sentiment: OneOf(SENTIMENTS, {
    description: 'the person’s value where given, else the suggestion',
  }),
  suggestedSentiment: Nullable(OneOf(SENTIMENTS)),
  suggestedScore: Nullable(Type.Integer()),
  personSentiment: Nullable(OneOf(SENTIMENTS)),
  topics: Type.Array(Type.String()),
  matchedNames: Type.Array(Type.String()),
  feedId: Nullable(Type.String()),
  stakeholders: Type.Array(Named, { description: 'linked stakeholders the caller can see' }),
  hiddenStakeholders: Type.Integer(),
  customers: Type.Array(Named, { description: 'linked customers the caller can see' }),
  hiddenCustomers: Type.Integer({ description: 'linked customers outside the caller’s scope' }),
  incidents: Type.Array(
    Type.Object({ id: Type.String(), title: Type.String(), status: Type.String() }),
    { description: 'crisis incidents it is linked to (shown to managers and admins only)' },
  ),
  canEdit: Type.Boolean(),
  updatedAt: Type.String(),
});
export type MentionOut = Static<typeof MentionOut>;

export const SummaryQuery = Type.Object(
  {
    country: Country,
    from: Type.Optional(Day),
    to: Type.Optional(Day),
    windowDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 90, default: 7 })),
    threshold: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000, default: 5 })),
  },
  { additionalProperties: false },
);
export type SummaryQuery = Static<typeof SummaryQuery>;

export const SummaryOut = Type.Object({
  country: Type.String(),
  from: Type.String(),
  to: Type.String(),
  total: Type.Integer(),
  negative: Type.Integer(),
  negativeShare: Type.Number({ description: 'per cent, one decimal' }),
  months: Type.Array(
    Type.Object({
      month: Type.String({ description: 'YYYY-MM' }),
      negative: Type.Integer(),
      neutral: Type.Integer(),
      positive: Type.Integer(),
    }),
  ),
  topSources: Type.Array(
    Type.Object({ source: Type.String(), count: Type.Integer(), negative: Type.Integer() }),
  ),
  alert: Type.Object({
    windowDays: Type.Integer(),
    threshold: Type.Integer(),
    current: Type.Integer(),
    raised: Type.Boolean(),
    worst: Nullable(Type.Object({ endsOn: Type.String(), count: Type.Integer() })),
  }),
});
export type SummaryOut = Static<typeof SummaryOut>;
