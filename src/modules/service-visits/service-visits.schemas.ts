import { Type, type Static } from '@sinclair/typebox';
import { TIERS } from '../../domain/enums.ts';
import { TICKET_TYPES } from '../../domain/service/tickets.ts';
import {
  CHECKLIST_TYPES,
  MAX_ANSWER_TEXT,
  MAX_VISIT_DAYS,
  VISIT_KINDS,
  VISIT_STATES,
  VISIT_TRIGGERS,
} from '../../domain/service/visits.ts';
import { Nullable, OneOf } from '../../http/schema-helpers.ts';

const Id = Type.String({ maxLength: 64 });
const Bilingual = Type.Object({ en: Type.String(), zh: Type.String() });

// ---- Rules ----

export const ChecklistItem = Type.Object(
  {
    key: Type.String({
      pattern: '^[a-z0-9_]{1,40}$',
      description: 'stable name of the item within the rule (a-z, 0-9, _): answers are keyed by it',
    }),
    label: Type.String({ minLength: 1, maxLength: 200 }),
    type: OneOf(CHECKLIST_TYPES, {
      description: 'yes_no: ticked or not; score: 1 to 5; text: words',
    }),
    required: Type.Optional(Type.Boolean({ default: false })),
  },
  { additionalProperties: false },
);

const RuleFields = {
  name: Type.String({ minLength: 1, maxLength: 120 }),
  trigger: OneOf(VISIT_TRIGGERS, {
    description:
      'ticket_solved: a ticket becomes solved (or is closed without being solved); installation_closed: an installation ticket is closed; order_shipped / order_delivered: an order is written with that status',
  }),
  kind: OneOf(VISIT_KINDS, { description: 'a call, or a visit in person' }),
  businessDays: Type.Integer({
    minimum: 1,
    maximum: MAX_VISIT_DAYS,
    description:
      'business days after the event, counted in the customer’s calendar (their zone, weekend, public holidays and the workspace’s overrides for their country)',
  }),
  ticketTypes: Type.Array(OneOf(TICKET_TYPES), {
    maxItems: TICKET_TYPES.length,
    description: 'ticket_solved only: the ticket types it applies to; empty: any',
  }),
  tiers: Type.Array(OneOf(TIERS), {
    maxItems: TIERS.length,
    description: 'customer tiers it applies to; empty: any',
  }),
  checklist: Type.Array(ChecklistItem, { maxItems: 20 }),
  enabled: Type.Boolean(),
};

export const RuleBody = Type.Object(
  {
    name: RuleFields.name,
    trigger: RuleFields.trigger,
    kind: RuleFields.kind,
    businessDays: RuleFields.businessDays,
    ticketTypes: Type.Optional(RuleFields.ticketTypes),
    tiers: Type.Optional(RuleFields.tiers),
    checklist: Type.Optional(RuleFields.checklist),
    enabled: Type.Optional(RuleFields.enabled),
  },
  { additionalProperties: false },
);
export type RuleBody = Static<typeof RuleBody>;

export const RulePatch = Type.Partial(RuleBody, { additionalProperties: false });
export type RulePatch = Static<typeof RulePatch>;

const ChecklistOut = Type.Array(
  Type.Object({
    key: Type.String(),
    label: Type.String(),
    type: OneOf(CHECKLIST_TYPES),
    required: Type.Boolean(),
  }),
);

export const RuleOut = Type.Object({
  id: Type.String(),
  name: Type.String(),
  trigger: OneOf(VISIT_TRIGGERS),
  kind: OneOf(VISIT_KINDS),
  businessDays: Type.Integer(),
  ticketTypes: Type.Array(Type.String()),
  tiers: Type.Array(Type.String()),
  checklist: ChecklistOut,
  enabled: Type.Boolean(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});
export type RuleOut = Static<typeof RuleOut>;

// ---- Visits ----

const Answer = Type.Union([
  Type.Boolean(),
  Type.Number(),
  Type.String({ maxLength: MAX_ANSWER_TEXT }),
]);

export const VisitOut = Type.Object({
  id: Type.String(),
  ruleId: Type.String(),
  name: Type.String({ description: 'the rule’s name when the visit was planned' }),
  trigger: OneOf(VISIT_TRIGGERS),
  kind: OneOf(VISIT_KINDS),
  checklist: ChecklistOut,
  source: Type.Object({
    kind: OneOf(['ticket', 'order'] as const),
    id: Type.String(),
    label: Type.String({ description: 'the ticket’s or order’s number' }),
  }),
  customerId: Type.String(),
  customerName: Type.String(),
  country: Type.String(),
  assigneeId: Type.String(),
  assigneeName: Nullable(Type.String()),
  followUpId: Type.String(),
  dueDate: Type.String({ description: 'YYYY-MM-DD in the customer’s calendar (the follow-up’s)' }),
  plannedDate: Type.String({ description: 'the date first planned' }),
  customerToday: Type.String({ description: 'today where the customer is' }),
  state: OneOf(VISIT_STATES, {
    description: 'overdue: still to do after its day has passed where the customer is (missed)',
  }),
  reason: Bilingual,
  eventAt: Type.String(),
  outcome: Nullable(
    Type.Object({
      at: Type.String(),
      byId: Nullable(Type.String()),
      byName: Nullable(Type.String()),
      activityId: Nullable(Type.String()),
      answers: Type.Record(Type.String(), Answer),
    }),
  ),
});
export type VisitOut = Static<typeof VisitOut>;

export const VisitListQuery = Type.Object(
  {
    state: Type.Optional(
      OneOf(['open', ...VISIT_STATES] as const, {
        description: 'open: planned and overdue; default: every state',
      }),
    ),
    customerId: Type.Optional(Id),
    scope: Type.Optional(
      OneOf(['mine', 'team', 'all'] as const, {
        description: 'mine: assigned to you; team / all: every visit you can see (the default)',
      }),
    ),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 10_000, default: 0 })),
  },
  { additionalProperties: false },
);
export type VisitListQuery = Static<typeof VisitListQuery>;

export const OutcomeBody = Type.Object(
  {
    answers: Type.Record(Type.String({ maxLength: 40 }), Answer, {
      description: 'by checklist key: true/false for yes_no, 1–5 for score, words for text',
    }),
    note: Type.Optional(
      Type.String({ maxLength: 2000, description: 'what was said, in your words' }),
    ),
    contactId: Type.Optional(Nullable(Id)),
    occurredAt: Type.Optional(
      Type.String({ format: 'date-time', description: 'ISO 8601 with offset; default: now' }),
    ),
  },
  { additionalProperties: false },
);
export type OutcomeBody = Static<typeof OutcomeBody>;

// ---- The customer page's service card ----

export const CustomerServiceOut = Type.Object({
  csat: Type.Object({
    answers: Type.Integer({ description: 'CSAT answers of this customer' }),
    average: Nullable(Type.Number({ description: 'of 1–5, one decimal' })),
    latest: Nullable(
      Type.Object({
        score: Type.Integer(),
        comment: Nullable(Type.String()),
        language: Type.String({ description: 'the comment’s language, shown, never translated' }),
        answeredAt: Type.String(),
        ticketId: Nullable(Type.String()),
        subject: Nullable(Type.String()),
      }),
    ),
  }),
  visits: Type.Array(VisitOut, {
    description: 'planned and overdue visits, then the last five done or cancelled',
  }),
});
export type CustomerServiceOut = Static<typeof CustomerServiceOut>;
