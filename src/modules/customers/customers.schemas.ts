import { Type, type Static } from '@sinclair/typebox';
import { ZONE_SOURCES } from '../../domain/calendar/customer-zone.ts';
import { COMPANY_SIZES, STAGES, TIERS } from '../../domain/enums.ts';
import { Nullable, OneOf } from '../../http/schema-helpers.ts';
import { PageQuery } from '../../http/pagination.ts';
import { HEALTH_STATUSES } from '../../domain/relationship/health.ts';

const Text = (max: number) => Type.String({ maxLength: max });
const CustomFieldValue = Type.Union([Type.String({ maxLength: 2000 }), Type.Number(), Type.Null()]);

export const CustomerBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    nativeName: Type.Optional(Nullable(Text(200))),
    country: Type.String({ minLength: 2, maxLength: 2, description: 'ISO 3166-1 alpha-2' }),
    region: Type.Optional(Nullable(Text(100))),
    city: Type.Optional(Nullable(Text(100))),
    website: Type.Optional(Nullable(Text(300))),
    domain: Type.Optional(Nullable(Text(253))),
    industry: Type.Optional(Nullable(Text(100))),
    size: Type.Optional(Nullable(OneOf(COMPANY_SIZES))),
    languages: Type.Optional(
      Type.Array(Type.String({ minLength: 2, maxLength: 35 }), { maxItems: 10 }),
    ),
    timeZone: Type.Optional(Nullable(Text(64))),
    currency: Type.Optional(Nullable(Type.String({ pattern: '^[A-Z]{3}$' }))),
    stage: Type.Optional(OneOf(STAGES)),
    tier: Type.Optional(Nullable(OneOf(TIERS))),
    tags: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 50 }), { maxItems: 30 })),
    source: Type.Optional(Nullable(Text(100))),
    ownerId: Type.Optional(Type.String({ maxLength: 64 })),
    teamId: Type.Optional(Nullable(Type.String({ maxLength: 64 }))),
    customFields: Type.Optional(Type.Record(Type.String(), CustomFieldValue)),
    foundedOn: Type.Optional(
      Nullable(Type.String({ format: 'date', description: 'the company’s founding date' })),
    ),
    customerSince: Type.Optional(
      Nullable(
        Type.String({
          format: 'date',
          description: 'when the relationship began (also before Chuhai)',
        }),
      ),
    ),
  },
  { additionalProperties: false },
);
export type CustomerBody = Static<typeof CustomerBody>;

export const CustomerPatch = Type.Partial(CustomerBody, { additionalProperties: false });
export type CustomerPatch = Static<typeof CustomerPatch>;

const MarkedRanges = Type.Array(
  Type.Object({ start: Type.Integer({ minimum: 0 }), end: Type.Integer({ minimum: 0 }) }),
  { description: 'UTF-16 offsets [start, end) of the text that matched the search' },
);
export const CustomerHighlight = Type.Object({ name: MarkedRanges, nativeName: MarkedRanges });
export type CustomerHighlight = Static<typeof CustomerHighlight>;

export const CustomerOut = Type.Object({
  id: Type.String(),
  name: Type.String(),
  nativeName: Nullable(Type.String()),
  country: Type.String(),
  region: Nullable(Type.String()),
  city: Nullable(Type.String()),
  website: Nullable(Type.String()),
  domain: Nullable(Type.String()),
  industry: Nullable(Type.String()),
  size: Nullable(Type.String()),
  languages: Type.Array(Type.String()),
  timeZone: Nullable(Type.String()),
  /** how the zone was chosen: by a person, or from the region, city, phone, country, or assumed */
  timeZoneSource: Nullable(OneOf(ZONE_SOURCES)),
  currency: Nullable(Type.String()),
  stage: Type.String(),
  tier: Nullable(Type.String()),
  tags: Type.Array(Type.String()),
  source: Nullable(Type.String()),
  ownerId: Type.String(),
  teamId: Nullable(Type.String()),
  customFields: Type.Record(Type.String(), CustomFieldValue),
  foundedOn: Nullable(Type.String()),
  customerSince: Nullable(Type.String()),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  deletedAt: Nullable(Type.String()),
  lastTouchAt: Nullable(Type.String()),
  healthScore: Nullable(Type.Integer({ description: 'null while new or once churned' })),
  healthStatus: OneOf(HEALTH_STATUSES, {
    description: 'new: no touch yet, no score; churned: no score; scored: see healthScore',
  }),
  leadScore: Nullable(
    Type.Integer({
      description:
        'a lead or prospect: 0–100 against the ideal customer profile (GET /customers/{id}/lead-score explains it); null for other stages or not yet scored',
    }),
  ),
  tierLocked: Type.Boolean({ description: 'set by hand; value classification keeps it' }),
  rfm: Nullable(
    Type.String({ description: 'recency, frequency, monetary scores 1–5, e.g. "545"' }),
  ),
  lastOrderDate: Nullable(Type.String({ description: 'the last order that was not cancelled' })),
  revenueMinor: Nullable(
    Type.Integer({
      description:
        'revenue over the value classification period, in minor units of the reporting currency',
    }),
  ),
  /** in search results: where the query matched the names */
  highlight: Type.Optional(CustomerHighlight),
});
export type CustomerOut = Static<typeof CustomerOut>;

export const CustomerListQuery = Type.Object(
  {
    ...PageQuery,
    q: Type.Optional(Type.String({ maxLength: 100 })),
    country: Type.Optional(Type.String({ maxLength: 2 })),
    stage: Type.Optional(OneOf(STAGES)),
    tier: Type.Optional(OneOf(TIERS)),
    ownerId: Type.Optional(Type.String({ maxLength: 64 })),
    teamId: Type.Optional(Type.String({ maxLength: 64 })),
    tag: Type.Optional(Type.String({ maxLength: 50 })),
    deleted: Type.Optional(
      Type.Boolean({ description: 'list the trash (soft-deleted customers) instead' }),
    ),
    healthBelow: Type.Optional(
      Type.Integer({
        minimum: 0,
        maximum: 101,
        description: 'only customers whose health score is below this',
      }),
    ),
    sort: Type.Optional(
      Type.Union([Type.Literal('newest'), Type.Literal('health'), Type.Literal('lead')], {
        description:
          'newest first (default), weakest health first, or highest lead score first (customers without one last)',
      }),
    ),
  },
  { additionalProperties: false },
);
export type CustomerListQuery = Static<typeof CustomerListQuery>;
