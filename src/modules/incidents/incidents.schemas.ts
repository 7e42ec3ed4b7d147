import { Type, type Static } from '@sinclair/typebox';
import {
  INCIDENT_KINDS,
  INCIDENT_SEVERITIES,
  INCIDENT_STATUSES,
} from '../../domain/reputation/incidents.ts';
import { Nullable, OneOf } from '../../http/schema-helpers.ts';

const Country = Type.String({ minLength: 2, maxLength: 2 });
const fields = {
  title: Type.String({ minLength: 1, maxLength: 200 }),
  kind: OneOf(INCIDENT_KINDS),
  severity: OneOf(INCIDENT_SEVERITIES),
  countries: Type.Array(Country, { minItems: 1, maxItems: 20, uniqueItems: true }),
  summary: Type.Optional(Type.String({ maxLength: 5000 })),
  ownerId: Type.Optional(Type.String({ maxLength: 64 })),
  firstSeenAt: Type.Optional(
    Type.String({ maxLength: 40, description: 'ISO 8601 instant; now when left out' }),
  ),
  stakeholderIds: Type.Optional(
    Type.Array(Type.String({ maxLength: 64 }), { maxItems: 50, uniqueItems: true }),
  ),
};
export const IncidentBody = Type.Object(
  {
    ...fields,
    mentionIds: Type.Optional(
      Type.Array(Type.String({ maxLength: 64 }), {
        maxItems: 50,
        uniqueItems: true,
        description: 'mentions to link at once (e.g. the one it was opened from)',
      }),
    ),
    customerIds: Type.Optional(
      Type.Array(Type.String({ maxLength: 64 }), {
        maxItems: 50,
        uniqueItems: true,
        description: 'customers to link at once (beyond the customers of its markets)',
      }),
    ),
  },
  { additionalProperties: false },
);
export type IncidentBody = Static<typeof IncidentBody>;
export const IncidentPatch = Type.Partial(
  Type.Object({ ...fields, status: OneOf(INCIDENT_STATUSES) }),
  { additionalProperties: false },
);
export type IncidentPatch = Static<typeof IncidentPatch>;
export const IncidentQuery = Type.Object(
  {
    status: Type.Optional(OneOf(INCIDENT_STATUSES)),
    country: Type.Optional(Country),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 100 })),
  },
  { additionalProperties: false },
);
export const NoteBody = Type.Object(
  { body: Type.String({ minLength: 1, maxLength: 2000 }) },
  { additionalProperties: false },
);
export const ChecklistBody = Type.Object({ done: Type.Boolean() }, { additionalProperties: false });
export const StatementBody = Type.Object(
  {
    language: Type.String({ minLength: 2, maxLength: 35 }),
    body: Type.String({ minLength: 1, maxLength: 5000 }),
  },
  { additionalProperties: false },
);
export type StatementBody = Static<typeof StatementBody>;

export const IncidentOut = Type.Object({
  id: Type.String(),
  title: Type.String(),
  kind: OneOf(INCIDENT_KINDS),
  severity: OneOf(INCIDENT_SEVERITIES),
  countries: Type.Array(Type.String()),
  summary: Type.String(),
  status: OneOf(INCIDENT_STATUSES),
  nextStatuses: Type.Array(OneOf(INCIDENT_STATUSES)),
  ownerId: Type.String(),
  ownerName: Nullable(Type.String()),
  firstSeenAt: Type.String(),
  firstResponseAt: Nullable(Type.String()),
  minutesToFirstResponse: Nullable(Type.Integer()),
  activatedAt: Nullable(Type.String()),
  checklist: Type.Array(
    Type.Object({
      key: Type.String(),
      label: Type.Object({ en: Type.String(), zh: Type.String() }),
      done: Type.Boolean(),
      doneBy: Nullable(Type.String()),
      doneAt: Nullable(Type.String()),
    }),
  ),
  stakeholderIds: Type.Array(Type.String()),
  canEdit: Type.Boolean(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});
export type IncidentOut = Static<typeof IncidentOut>;

export const StatementOut = Type.Object({
  id: Type.String(),
  language: Type.String(),
  body: Type.String(),
  status: Type.Union([Type.Literal('draft'), Type.Literal('approved')]),
  authorId: Type.String(),
  approvedBy: Nullable(Type.String()),
  approvedAt: Nullable(Type.String()),
  updatedAt: Type.String(),
});
export type StatementOut = Static<typeof StatementOut>;

export const LinkedMention = Type.Object({
  id: Type.String(),
  title: Type.String(),
  source: Type.String(),
  url: Nullable(Type.String()),
  country: Type.String(),
  language: Type.String(),
  publishedOn: Type.String(),
  sentiment: Type.String(),
  linkedAt: Type.String(),
});

export const LinkedCustomer = Type.Object({
  id: Type.String(),
  name: Type.String(),
  country: Type.String(),
  ownerId: Type.String(),
  ownerName: Nullable(Type.String()),
  linkedAt: Type.String(),
});

export const IncidentDetail = Type.Intersect([
  IncidentOut,
  Type.Object({
    actions: Type.Array(
      Type.Object({
        id: Type.String(),
        kind: Type.String(),
        body: Type.String(),
        actorId: Nullable(Type.String()),
        actorName: Nullable(Type.String()),
        at: Type.String(),
      }),
    ),
    statements: Type.Array(StatementOut),
    mentions: Type.Array(LinkedMention, { description: 'linked mentions, newest first' }),
    customers: Type.Array(LinkedCustomer, {
      description: 'linked customers the reader may see, by name (trashed ones are left out)',
    }),
    hiddenCustomers: Type.Integer({ description: 'linked customers the reader may not see' }),
  }),
]);
export type IncidentDetail = Static<typeof IncidentDetail>;
