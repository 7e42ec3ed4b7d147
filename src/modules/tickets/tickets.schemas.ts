import { Type, type Static } from '@sinclair/typebox';
import { TIERS } from '../../domain/enums.ts';
import {
  BREACH_STATES,
  MAX_SLA_MINUTES,
  SLA_CALENDARS,
  SLA_ROUTINGS,
  TICKET_CHANNELS,
  TICKET_PRIORITIES,
  TICKET_STATUSES,
  TICKET_TYPES,
} from '../../domain/service/tickets.ts';
import { Nullable, OneOf, ViewerTimeZone } from '../../http/schema-helpers.ts';

const Id = Type.String({ maxLength: 64 });
const Clock = Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$', description: 'local HH:MM' });
const Span = Type.Object({ start: Clock, end: Clock }, { additionalProperties: false });
const Minutes = Type.Integer({
  minimum: 1,
  maximum: MAX_SLA_MINUTES,
  description: 'business minutes (every minute for 24x7), at most a year',
});

// ---- SLA due preview ----

export const SlaDueBody = Type.Object(
  {
    country: Type.String({ minLength: 2, maxLength: 2, description: 'ISO 3166-1 alpha-2' }),
    region: Type.Optional(Nullable(Type.String({ maxLength: 10 }))),
    calendar: OneOf(SLA_CALENDARS, {
      description:
        'customer: the country’s calendar and zone with the workspace’s overrides; home: the home office’s; 24x7: every minute',
    }),
    start: Type.String({ maxLength: 40, description: 'ISO 8601 instant with Z or an offset' }),
    minutes: Type.Integer({ description: 'business minutes, 1 to 525600 (a year)' }),
    timeZone: Type.Optional(
      Type.String({
        maxLength: 64,
        description: 'the customer’s IANA zone; default: the country’s',
      }),
    ),
    hours: Type.Optional(Span),
    breaks: Type.Optional(Type.Array(Span, { maxItems: 4 })),
  },
  { additionalProperties: false },
);
export type SlaDueBody = Static<typeof SlaDueBody>;

const Reason = Type.Object({
  kind: Type.String(),
  name: Type.String({ description: 'holiday name, “weekend” or the workspace day’s name' }),
});
const Skipped = Type.Object({ date: Type.String(), reasons: Type.Array(Reason) });
const LocalTime = Type.Object({
  date: Type.String(),
  time: Type.String(),
  timeZone: Type.String(),
});

export const SlaDueOut = Type.Object({
  due: Type.String({ description: 'UTC instant' }),
  dueLocal: Nullable(LocalTime),
  calendar: OneOf(SLA_CALENDARS),
  country: Nullable(Type.String()),
  timeZone: Nullable(Type.String()),
  hours: Nullable(Span),
  explanation: Type.Object({ skipped: Type.Array(Skipped), text: Type.String() }),
});

// ---- SLA policies ----

const policyFields = {
  name: Type.String({ minLength: 1, maxLength: 120 }),
  priorities: Type.Optional(Type.Array(OneOf(TICKET_PRIORITIES), { maxItems: 4 })),
  types: Type.Optional(Type.Array(OneOf(TICKET_TYPES), { maxItems: 6 })),
  countries: Type.Optional(
    Type.Array(Type.String({ minLength: 2, maxLength: 2 }), { maxItems: 250 }),
  ),
  tiers: Type.Optional(Type.Array(OneOf(TIERS), { maxItems: 3 })),
  calendar: OneOf(SLA_CALENDARS),
  hours: Span,
  breaks: Type.Optional(Type.Array(Span, { maxItems: 4 })),
  firstResponseMinutes: Minutes,
  resolutionMinutes: Minutes,
  nextResponseMinutes: Type.Optional(
    Nullable(
      Type.Integer({
        minimum: 1,
        maximum: MAX_SLA_MINUTES,
        description:
          'business minutes to answer each message the customer writes after a public staff reply; null (default): no such target',
      }),
    ),
  ),
  // No schema defaults here: the patch is this schema made partial, and a default would put
  // the field back to it on every patch that does not name it. The service fills them in.
  warnPercent: Type.Optional(Type.Integer({ minimum: 1, maximum: 99, description: 'default 80' })),
  pauseStatuses: Type.Optional(Type.Array(OneOf(TICKET_STATUSES), { maxItems: 7 })),
  position: Type.Optional(Type.Integer({ minimum: 0, maximum: 10_000 })),
  routing: Type.Optional(
    OneOf(SLA_ROUTINGS, {
      description:
        'follow_sun: a new ticket without a team goes to the support team at work now (its zone, hours and holidays); default none',
    }),
  ),
  routingTeamIds: Type.Optional(
    Type.Array(Id, {
      maxItems: 50,
      description: 'the support teams follow the sun tries, in order; empty: all, by position',
    }),
  ),
};
export const SlaPolicyBody = Type.Object(policyFields, { additionalProperties: false });
export type SlaPolicyBody = Static<typeof SlaPolicyBody>;
export const SlaPolicyPatch = Type.Partial(SlaPolicyBody, { additionalProperties: false });
export type SlaPolicyPatch = Static<typeof SlaPolicyPatch>;

export const SlaPolicyOut = Type.Object({
  id: Type.String(),
  name: Type.String(),
  position: Type.Integer(),
  priorities: Type.Array(Type.String()),
  types: Type.Array(Type.String()),
  countries: Type.Array(Type.String()),
  tiers: Type.Array(Type.String()),
  calendar: OneOf(SLA_CALENDARS),
  hours: Span,
  breaks: Type.Array(Span),
  firstResponseMinutes: Type.Integer(),
  resolutionMinutes: Type.Integer(),
  nextResponseMinutes: Nullable(Type.Integer()),
  warnPercent: Type.Integer(),
  pauseStatuses: Type.Array(Type.String()),
  routing: OneOf(SLA_ROUTINGS),
  routingTeamIds: Type.Array(Type.String()),
  updatedAt: Type.String(),
});
export const SlaPolicyList = Type.Object({
  items: Type.Array(SlaPolicyOut),
  fallback: Type.Object(
    {
      name: Type.String(),
      calendar: OneOf(SLA_CALENDARS),
      hours: Span,
      firstResponseMinutes: Type.Integer(),
      resolutionMinutes: Type.Integer(),
      nextResponseMinutes: Nullable(Type.Integer()),
      warnPercent: Type.Integer(),
      pauseStatuses: Type.Array(Type.String()),
    },
    { description: 'what applies when no policy matches a ticket' },
  ),
});

// ---- tickets ----

export const TicketBody = Type.Object(
  {
    customerId: Id,
    contactId: Type.Optional(Nullable(Id)),
    subject: Type.String({ minLength: 1, maxLength: 200 }),
    description: Type.Optional(Type.String({ maxLength: 20_000, default: '' })),
    channel: OneOf(TICKET_CHANNELS),
    type: OneOf(TICKET_TYPES),
    priority: Type.Optional(OneOf(TICKET_PRIORITIES, { default: 'normal' })),
    assigneeId: Type.Optional(Nullable(Id)),
    assigneePersonId: Type.Optional(
      Nullable(
        Type.String({
          maxLength: 64,
          description:
            'the office person doing it (GET /office-people); one with a login becomes the assignee; null clears',
        }),
      ),
    ),
    teamId: Type.Optional(
      Nullable(
        Type.String({
          maxLength: 64,
          description: 'the support team handling it; unset: the policy’s routing decides',
        }),
      ),
    ),
  },
  { additionalProperties: false },
);
export type TicketBody = Static<typeof TicketBody>;

export const TicketPatch = Type.Object(
  {
    subject: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    type: Type.Optional(OneOf(TICKET_TYPES)),
    priority: Type.Optional(OneOf(TICKET_PRIORITIES)),
    status: Type.Optional(OneOf(TICKET_STATUSES)),
    assigneeId: Type.Optional(Nullable(Id)),
    assigneePersonId: Type.Optional(
      Nullable(
        Type.String({
          maxLength: 64,
          description:
            'the office person doing it (GET /office-people); one with a login becomes the assignee; null clears',
        }),
      ),
    ),
    contactId: Type.Optional(Nullable(Id)),
    teamId: Type.Optional(Nullable(Id)),
  },
  { additionalProperties: false },
);
export type TicketPatch = Static<typeof TicketPatch>;

export const CommentBody = Type.Object(
  {
    body: Type.String({ minLength: 1, maxLength: 20_000 }),
    public: Type.Boolean({
      description: 'true: a reply the customer sees; false: an internal note',
    }),
    from: Type.Optional(
      OneOf(['staff', 'customer'] as const, {
        default: 'staff',
        description:
          'customer: you record the customer’s own message (it reopens a solved ticket and ends “pending customer”)',
      }),
    ),
  },
  { additionalProperties: false },
);
export type CommentBody = Static<typeof CommentBody>;

export const CommentOut = Type.Object({
  id: Type.String(),
  from: OneOf(['staff', 'customer'] as const),
  authorId: Nullable(Type.String()),
  authorName: Nullable(Type.String()),
  public: Type.Boolean(),
  body: Type.String(),
  createdAt: Type.String(),
});

const Target = Type.Object({
  minutes: Type.Integer(),
  due: Nullable(Type.String({ description: 'null while a pause holds the clock' })),
  dueCustomer: Nullable(LocalTime),
  dueViewer: Nullable(LocalTime),
  warnAt: Nullable(Type.String()),
  metAt: Nullable(Type.String()),
  state: OneOf(BREACH_STATES),
  minutesLeft: Nullable(
    Type.Integer({ description: 'business minutes left while it runs (negative: overdue)' }),
  ),
  pausedMinutes: Type.Integer(),
  skipped: Type.Array(Skipped),
});

const NextTarget = Type.Composite([
  Target,
  Type.Object({
    startedAt: Type.String({
      description: 'when the customer wrote after a public staff reply (this cycle’s start)',
    }),
  }),
]);

export const TicketOut = Type.Object({
  id: Type.String(),
  number: Type.String(),
  customerId: Type.String(),
  customerName: Type.String(),
  contactId: Nullable(Type.String()),
  subject: Type.String(),
  description: Type.String(),
  channel: OneOf(TICKET_CHANNELS),
  type: OneOf(TICKET_TYPES),
  priority: OneOf(TICKET_PRIORITIES),
  status: OneOf(TICKET_STATUSES),
  assigneeId: Nullable(Type.String()),
  assigneeName: Nullable(Type.String()),
  /** the office person doing it (0079), who may have no login */
  assigneePersonId: Nullable(Type.String()),
  assigneePersonName: Nullable(Type.String()),
  teamId: Nullable(Type.String()),
  teamName: Nullable(Type.String()),
  sla: Type.Object({
    policyId: Nullable(Type.String()),
    policyName: Type.String(),
    calendar: OneOf(SLA_CALENDARS),
    country: Type.String(),
    timeZone: Type.String(),
    hours: Span,
    breaks: Type.Array(Span),
    pauseStatuses: Type.Array(Type.String()),
    paused: Type.Boolean(),
    state: OneOf(BREACH_STATES),
    firstResponse: Target,
    resolution: Target,
    nextResponse: Type.Union([Type.Null(), NextTarget], {
      description:
        'the current or last next-response cycle; null: the policy sets none, or the customer has not written since a public reply',
    }),
  }),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});
export type TicketOut = Static<typeof TicketOut>;

/** Who to answer: what an agent, who sees no customer record, needs of the ticket's contact. */
export const TicketContactOut = Type.Object({
  id: Type.String(),
  name: Type.String(),
  title: Nullable(Type.String()),
  emails: Type.Array(Type.String()),
  phones: Type.Array(Type.String()),
  language: Nullable(Type.String({ description: 'the contact’s preferred language' })),
});

export const TicketDetailOut = Type.Composite([
  TicketOut,
  Type.Object({
    customerCountry: Type.String(),
    customerTimeZone: Nullable(Type.String()),
    contact: Nullable(TicketContactOut),
    comments: Type.Array(CommentOut),
    statusChanges: Type.Array(
      Type.Object({
        from: Nullable(Type.String()),
        to: Type.String(),
        at: Type.String(),
        byUserId: Nullable(Type.String()),
      }),
    ),
  }),
]);

export const TicketListQuery = Type.Object(
  {
    status: Type.Optional(
      Type.String({
        maxLength: 200,
        description: 'comma-separated statuses, or “active” for every status but solved and closed',
      }),
    ),
    priority: Type.Optional(OneOf(TICKET_PRIORITIES)),
    assigneeId: Type.Optional(Id),
    teamId: Type.Optional(Type.String({ maxLength: 64, description: 'a support team, or “none”' })),
    customerId: Type.Optional(Id),
    breach: Type.Optional(OneOf(BREACH_STATES)),
    sort: Type.Optional(OneOf(['timeLeft', 'created'] as const, { default: 'timeLeft' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000, default: 0 })),
    timeZone: ViewerTimeZone,
  },
  { additionalProperties: false },
);
export type TicketListQuery = Static<typeof TicketListQuery>;
