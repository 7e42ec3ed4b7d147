import { Type, type Static } from '@sinclair/typebox';
import { STAGES, TIERS } from '../../domain/enums.ts';
import { HEALTH_STATUSES } from '../../domain/relationship/health.ts';
import { Nullable, OneOf, ViewerTimeZone } from '../../http/schema-helpers.ts';
import { FollowUpOut } from './activities.schemas.ts';

const Time = Type.String({
  pattern: '^([01]\\d|2[0-3]):[0-5]\\d$',
  description: 'HH:MM in the customer’s time zone',
});

export const FollowUpQuery = Type.Object(
  {
    scope: Type.Optional(
      Type.Union([Type.Literal('mine'), Type.Literal('team'), Type.Literal('all')], {
        default: 'mine',
      }),
    ),
    due: Type.Optional(
      Type.Union([Type.Literal('today'), Type.Literal('overdue'), Type.Literal('upcoming')]),
    ),
    customerId: Type.Optional(Type.String({ maxLength: 64 })),
    timeZone: ViewerTimeZone,
  },
  { additionalProperties: false },
);
export type FollowUpQuery = Static<typeof FollowUpQuery>;

const WindowOut = Type.Object({
  startUtc: Type.String(),
  endUtc: Type.String(),
  home: Type.Object({ date: Type.String(), start: Type.String(), end: Type.String() }),
  customer: Type.Object({ date: Type.String(), start: Type.String(), end: Type.String() }),
});

export const InboxFollowUp = Type.Intersect([
  FollowUpOut,
  Type.Object({
    customerToday: Type.String({ description: 'today in the customer’s calendar' }),
    customerTime: Type.String(),
    timeZone: Type.String(),
    bucket: Type.Union([Type.Literal('overdue'), Type.Literal('today'), Type.Literal('upcoming')]),
    nextWindow: Nullable(WindowOut),
  }),
]);
export type InboxFollowUp = Static<typeof InboxFollowUp>;

const InboxScope = Type.Optional(
  Type.Union([Type.Literal('mine'), Type.Literal('team'), Type.Literal('all')], {
    description:
      'whose follow-ups: the caller’s (default), their team’s (managers), everyone’s (admins)',
  }),
);
const InboxDue = Type.Optional(
  Type.Union([Type.Literal('today'), Type.Literal('overdue')], {
    description: 'only today’s or only overdue; without it, today’s first, then overdue',
  }),
);

/** The first page's size in `GET /inbox`, and a page's in `GET /inbox/follow-ups`. */
export const InboxLimit = Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 20 }));

export const InboxQuery = Type.Object(
  { scope: InboxScope, due: InboxDue, limit: InboxLimit, timeZone: ViewerTimeZone },
  { additionalProperties: false },
);

export const InboxPageQuery = Type.Object(
  {
    scope: InboxScope,
    due: InboxDue,
    limit: InboxLimit,
    cursor: Type.Optional(
      Type.String({ maxLength: 200, description: 'nextCursor of the previous page' }),
    ),
    timeZone: ViewerTimeZone,
  },
  { additionalProperties: false },
);
export type InboxPageQuery = Static<typeof InboxPageQuery>;

export const InboxTotals = Type.Object(
  {
    today: Type.Integer({ description: 'due today in the customer’s calendar' }),
    overdue: Type.Integer({ description: 'due before today in the customer’s calendar' }),
  },
  { description: 'every open follow-up in view, not only this page’s' },
);

export const InboxPage = Type.Object({
  items: Type.Array(InboxFollowUp, {
    description: 'today’s by the next window both sides are at work, then overdue, oldest first',
  }),
  totals: InboxTotals,
  nextCursor: Nullable(Type.String()),
});
export type InboxPage = Static<typeof InboxPage>;

export const FollowUpCreate = Type.Object(
  {
    customerId: Type.String({ maxLength: 64 }),
    dueDate: Type.String({ format: 'date' }),
    dueTime: Type.Optional(Nullable(Time)),
    assigneeId: Type.Optional(Type.String({ maxLength: 64 })),
    assigneePersonId: Type.Optional(
      Nullable(
        Type.String({
          maxLength: 64,
          description:
            'the office person doing it (GET /office-people); one with a login becomes the assignee, staff without one leave `assigneeId` responsible; null clears',
        }),
      ),
    ),
    note: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
  },
  { additionalProperties: false },
);
export type FollowUpCreate = Static<typeof FollowUpCreate>;

export const FollowUpPatch = Type.Object(
  {
    status: Type.Optional(
      Type.Union([
        Type.Literal('open'),
        Type.Literal('done'),
        Type.Literal('snoozed'),
        Type.Literal('cancelled'),
      ]),
    ),
    dueDate: Type.Optional(Type.String({ format: 'date', description: 'required when snoozing' })),
    dueTime: Type.Optional(Nullable(Time)),
    assigneeId: Type.Optional(Type.String({ maxLength: 64 })),
    assigneePersonId: Type.Optional(
      Nullable(
        Type.String({
          maxLength: 64,
          description:
            'the office person doing it (GET /office-people); one with a login becomes the assignee, staff without one leave `assigneeId` responsible; null clears',
        }),
      ),
    ),
    note: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
  },
  { additionalProperties: false },
);
export type FollowUpPatch = Static<typeof FollowUpPatch>;

export const PolicyIn = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 100 }),
    stage: Type.Optional(Nullable(OneOf(STAGES))),
    tier: Type.Optional(Nullable(OneOf(TIERS))),
    segmentId: Type.Optional(
      Nullable(
        Type.String({
          maxLength: 64,
          description: 'only customers in this saved segment (and the stage and tier, if set)',
        }),
      ),
    ),
    days: Type.Integer({ minimum: 1, maximum: 730 }),
    firstContactDays: Type.Optional(
      Nullable(
        Type.Integer({
          minimum: 1,
          maximum: 60,
          description:
            'a new customer is first contacted within this many business days of creation, in their calendar; null: `days` after creation',
        }),
      ),
    ),
    avoidSlowSeasons: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export const PoliciesBody = Type.Object(
  { items: Type.Array(PolicyIn, { minItems: 1, maxItems: 50 }) },
  { additionalProperties: false },
);
export type PoliciesBody = Static<typeof PoliciesBody>;
export const PolicyOut = Type.Object({
  name: Type.String(),
  stage: Nullable(Type.String()),
  tier: Nullable(Type.String()),
  segmentId: Nullable(Type.String()),
  days: Type.Integer(),
  firstContactDays: Nullable(Type.Integer()),
  avoidSlowSeasons: Type.Boolean(),
});

export const ColdCustomer = Type.Object(
  {
    customerId: Type.String(),
    name: Type.String(),
    country: Type.String(),
    lastTouchAt: Nullable(Type.String()),
    cadenceDays: Type.Integer(),
    daysSilent: Nullable(Type.Integer({ description: 'null when never touched' })),
    healthScore: Nullable(Type.Number()),
    healthStatus: OneOf(HEALTH_STATUSES),
  },
  {
    description:
      'a customer gone cold: silent longer than their cadence, or never contacted and the first contact overdue',
  },
);

export const HolidayTodayCustomer = Type.Object(
  {
    customerId: Type.String(),
    name: Type.String(),
    country: Type.String(),
    date: Type.String({ description: 'today in the customer’s calendar' }),
    holidays: Type.Array(Type.String()),
  },
  { description: 'a customer with a holiday today' },
);
