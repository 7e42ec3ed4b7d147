import { Type, type Static } from '@sinclair/typebox';
import {
  ACTIVITY_TYPES,
  DEAL_CONTACT_ROLES,
  DEAL_REASONS,
  DIRECTIONS,
  REASON_ATTRIBUTIONS,
  STAGE_KINDS,
} from '../../domain/enums.ts';
import { MAX_AMOUNT_MINOR } from '../../domain/value/money.ts';
import { PageQuery } from '../../http/pagination.ts';
import { Nullable, OneOf } from '../../http/schema-helpers.ts';

const Id = Type.String({ maxLength: 64 });
const Amount = Type.Integer({
  minimum: 0,
  maximum: MAX_AMOUNT_MINOR,
  description: 'in minor units of the currency, e.g. 1250000 for EUR 12,500.00',
});
const Currency = Type.String({ minLength: 3, maxLength: 3, description: 'ISO 4217, e.g. EUR' });

const ContactIn = Type.Object(
  { contactId: Id, role: OneOf(DEAL_CONTACT_ROLES) },
  { additionalProperties: false },
);
const ReasonIn = Type.Object(
  {
    reason: OneOf(DEAL_REASONS),
    attribution: OneOf(REASON_ATTRIBUTIONS, {
      description: 'stated_by_buyer: the buyer said so; judged_by_rep: the rep’s own reading',
    }),
    note: Type.Optional(Nullable(Type.String({ maxLength: 500 }))),
  },
  { additionalProperties: false },
);
const CompetitorIn = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    amountMinor: Type.Optional(Nullable(Amount)),
    currency: Type.Optional(Nullable(Currency)),
    note: Type.Optional(Nullable(Type.String({ maxLength: 500 }))),
  },
  { additionalProperties: false },
);

const editable = {
  title: Type.String({ minLength: 1, maxLength: 200 }),
  amountMinor: Amount,
  currency: Currency,
  expectedCloseDate: Type.String({ format: 'date' }),
  pipelineId: Id,
  stageId: Id,
  probability: Type.Integer({ minimum: 0, maximum: 100 }),
  ownerId: Id,
  source: Nullable(Type.String({ maxLength: 200 })),
  nextStep: Nullable(Type.String({ maxLength: 500 })),
  contacts: Type.Array(ContactIn, { maxItems: 50 }),
  reasons: Type.Array(ReasonIn, { maxItems: DEAL_REASONS.length }),
  competitors: Type.Array(CompetitorIn, { maxItems: 30 }),
};

export const DealBody = Type.Object(
  {
    customerId: Id,
    title: editable.title,
    amountMinor: editable.amountMinor,
    currency: editable.currency,
    expectedCloseDate: editable.expectedCloseDate,
    pipelineId: Type.Optional(editable.pipelineId),
    stageId: Type.Optional(editable.stageId),
    probability: Type.Optional(editable.probability),
    ownerId: Type.Optional(editable.ownerId),
    source: Type.Optional(editable.source),
    nextStep: Type.Optional(editable.nextStep),
    contacts: Type.Optional(editable.contacts),
    reasons: Type.Optional(editable.reasons),
    competitors: Type.Optional(editable.competitors),
  },
  { additionalProperties: false },
);
export type DealBody = Static<typeof DealBody>;

export const DealPatchBody = Type.Partial(Type.Object(editable), {
  additionalProperties: false,
  minProperties: 1,
});
export type DealPatchBody = Static<typeof DealPatchBody>;

export const DealQuery = Type.Object(
  {
    ...PageQuery,
    pipelineId: Type.Optional(Id),
    stageId: Type.Optional(Id),
    ownerId: Type.Optional(Id),
    country: Type.Optional(Type.String({ minLength: 2, maxLength: 2 })),
    customerId: Type.Optional(Id),
    status: Type.Optional(OneOf(STAGE_KINDS)),
    segmentId: Type.Optional(
      Type.String({ maxLength: 64, description: 'only deals of customers in this saved segment' }),
    ),
  },
  { additionalProperties: false },
);
export type DealQuery = Static<typeof DealQuery>;

export const DealOut = Type.Object({
  id: Type.String(),
  customerId: Type.String(),
  customerName: Type.String(),
  customerCountry: Type.String(),
  title: Type.String(),
  amountMinor: Type.Integer(),
  currency: Type.String(),
  expectedCloseDate: Type.String(),
  pipelineId: Type.String(),
  stageId: Type.String(),
  status: OneOf(STAGE_KINDS),
  probability: Type.Integer(),
  ownerId: Type.String(),
  source: Nullable(Type.String()),
  nextStep: Nullable(Type.String()),
  stageEnteredAt: Type.String(),
  daysInStage: Type.Integer(),
  rotting: Type.Boolean({
    description: 'open and idle (no stage move, no touch) longer than the pipeline’s limit',
  }),
  closedAt: Nullable(Type.String()),
  repeatOfId: Nullable(Type.String({ description: 'the won deal this repeat order follows' })),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});
export type DealOut = Static<typeof DealOut>;

export const DealFull = Type.Intersect([
  DealOut,
  Type.Object({
    contacts: Type.Array(
      Type.Object({
        contactId: Type.String(),
        role: OneOf(DEAL_CONTACT_ROLES),
        name: Type.String(),
      }),
    ),
    reasons: Type.Array(
      Type.Object({
        reason: OneOf(DEAL_REASONS),
        attribution: OneOf(REASON_ATTRIBUTIONS),
        note: Nullable(Type.String()),
      }),
    ),
    competitors: Type.Array(
      Type.Object({
        name: Type.String(),
        amountMinor: Nullable(Type.Integer()),
        currency: Nullable(Type.String()),
        note: Nullable(Type.String()),
      }),
    ),
  }),
]);
export type DealFull = Static<typeof DealFull>;

export const TimelineItem = Type.Object({
  kind: Type.Union([
    Type.Literal('activity'),
    Type.Literal('created'),
    Type.Literal('stage'),
    Type.Literal('change'),
  ]),
  at: Type.String(),
  actorId: Nullable(Type.String()),
  activity: Nullable(
    Type.Object({
      id: Type.String(),
      type: OneOf(ACTIVITY_TYPES),
      direction: OneOf(DIRECTIONS),
      summary: Type.String(),
      outcome: Nullable(Type.String()),
      contactId: Nullable(Type.String()),
    }),
  ),
  changes: Type.Array(
    Type.Object({ field: Type.String(), before: Type.Unknown(), after: Type.Unknown() }),
  ),
});
export type TimelineItem = Static<typeof TimelineItem>;

export const DealDetail = Type.Intersect([
  DealFull,
  Type.Object({
    timeline: Type.Array(TimelineItem, {
      description:
        'newest first: the customer’s activities and the deal’s changes from the audit log',
    }),
  }),
]);
