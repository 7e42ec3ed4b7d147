import { Type, type Static } from '@sinclair/typebox';
import {
  INTERACTION_KINDS,
  MAX_PLAN_BUSINESS_DAYS,
  PLAN_STATUSES,
} from '../../domain/reputation/engagement.ts';
import { Nullable, OneOf } from '../../http/schema-helpers.ts';

export const InteractionBody = Type.Object(
  {
    kind: OneOf(INTERACTION_KINDS),
    occurredOn: Type.String({
      format: 'date',
      description: 'the day it happened; not after today in the stakeholder’s country',
    }),
    summary: Type.String({ minLength: 1, maxLength: 4000 }),
    people: Type.Optional(
      Type.String({ maxLength: 500, description: 'who took part on the stakeholder’s side' }),
    ),
  },
  { additionalProperties: false },
);
export type InteractionBody = Static<typeof InteractionBody>;

export const InteractionOut = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  occurredOn: Type.String(),
  summary: Type.String(),
  people: Type.String(),
  userId: Type.String({ description: 'who logged it' }),
  createdAt: Type.String(),
});
export type InteractionOut = Static<typeof InteractionOut>;

export const PlanBody = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: 300 }),
    dueDate: Type.Optional(
      Type.String({
        format: 'date',
        description:
          'the day asked for; moved to the next business day in the stakeholder’s country when closed',
      }),
    ),
    businessDays: Type.Optional(
      Type.Integer({
        minimum: 0,
        maximum: MAX_PLAN_BUSINESS_DAYS,
        description: 'instead of dueDate: business days after today in the stakeholder’s country',
      }),
    ),
    assigneeId: Type.Optional(
      Type.String({ maxLength: 64, description: 'left out: the stakeholder’s owner' }),
    ),
  },
  { additionalProperties: false },
);
export type PlanBody = Static<typeof PlanBody>;

export const PlanPatch = Type.Object(
  {
    title: Type.Optional(Type.String({ minLength: 1, maxLength: 300 })),
    dueDate: Type.Optional(Type.String({ format: 'date' })),
    status: Type.Optional(OneOf(PLAN_STATUSES)),
    assigneeId: Type.Optional(Type.String({ maxLength: 64 })),
  },
  { additionalProperties: false },
);
export type PlanPatch = Static<typeof PlanPatch>;

const Bilingual = Type.Object({ en: Type.String(), zh: Type.String() });

export const PlanOut = Type.Object({
  id: Type.String(),
  title: Type.String(),
  requestedDate: Type.String(),
  dueDate: Type.String(),
  reason: Nullable(Bilingual),
  assigneeId: Type.String(),
  status: OneOf(PLAN_STATUSES),
  overdue: Type.Boolean({ description: 'open and due before today in the stakeholder’s country' }),
  doneAt: Nullable(Type.String()),
  updatedAt: Type.String(),
});
export type PlanOut = Static<typeof PlanOut>;

export const EngagementOut = Type.Object({
  today: Type.String({ description: 'today in the stakeholder’s country' }),
  timeZone: Type.String(),
  canEdit: Type.Boolean(),
  interactions: Type.Array(InteractionOut, { description: 'newest first' }),
  plans: Type.Array(PlanOut, { description: 'open ones first, by due date' }),
});
export type EngagementOut = Static<typeof EngagementOut>;

export const InteractionParams = Type.Object({
  id: Type.String({ maxLength: 64 }),
  interactionId: Type.String({ maxLength: 64 }),
});
export const PlanParams = Type.Object({
  id: Type.String({ maxLength: 64 }),
  planId: Type.String({ maxLength: 64 }),
});
