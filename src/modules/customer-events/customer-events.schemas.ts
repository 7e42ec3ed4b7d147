import { Type, type Static } from '@sinclair/typebox';
import { CUSTOMER_EVENT_TYPES } from '../../db/schema.ts';
import { Nullable, OneOf } from '../../http/schema-helpers.ts';
import { InvitationMailOut } from './invitation-mail.schemas.ts';

const Texts = Type.Record(Type.String({ minLength: 2, maxLength: 35 }), Type.String(), {
  description: 'per language tag, e.g. { "en": "…", "zh-CN": "…", "es": "…" }',
});
const Instant = Type.String({ format: 'date-time', description: 'ISO 8601 with offset' });

export const EventBody = Type.Object(
  {
    type: OneOf(CUSTOMER_EVENT_TYPES),
    title: Texts,
    description: Type.Optional(Texts),
    venue: Type.Optional(Nullable(Type.String({ maxLength: 300 }))),
    venueCountry: Type.Optional(Nullable(Type.String({ minLength: 2, maxLength: 2 }))),
    timeZone: Type.String({ maxLength: 64, description: 'the venue’s zone (online: the host’s)' }),
    onlineUrl: Type.Optional(Nullable(Type.String({ maxLength: 500 }))),
    startsAt: Instant,
    endsAt: Instant,
    rsvpDeadline: Type.Optional(Nullable(Instant)),
    capacity: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 100_000 }))),
    maxGuests: Type.Optional(Type.Integer({ minimum: 0, maximum: 20 })),
    ownerId: Type.Optional(Type.String({ maxLength: 64 })),
    currency: Type.String({ pattern: '^[A-Z]{3}$' }),
    budgetMinor: Type.Optional(Nullable(Type.Integer({ minimum: 0 }))),
    costMinor: Type.Optional(Nullable(Type.Integer({ minimum: 0 }))),
  },
  { additionalProperties: false },
);
export type EventBody = Static<typeof EventBody>;
export const EventPatchBody = Type.Partial(EventBody, { additionalProperties: false });
export type EventPatchBody = Static<typeof EventPatchBody>;

export const EventOut = Type.Object({
  id: Type.String(),
  type: Type.String(),
  title: Type.Record(Type.String(), Type.String()),
  description: Type.Record(Type.String(), Type.String()),
  venue: Nullable(Type.String()),
  venueCountry: Nullable(Type.String()),
  timeZone: Type.String(),
  onlineUrl: Nullable(Type.String()),
  startsAt: Type.String(),
  endsAt: Type.String(),
  local: Type.Object(
    {
      startDate: Type.String(),
      startTime: Type.String(),
      endDate: Type.String(),
      endTime: Type.String(),
    },
    { description: 'the venue’s wall clock' },
  ),
  rsvpDeadline: Nullable(Type.String()),
  capacity: Nullable(Type.Integer()),
  maxGuests: Type.Integer(),
  seatsTaken: Type.Integer({ description: 'confirmed invitees and their guests (all customers)' }),
  answered: Type.Integer({
    description: 'invitations answered, all customers (a count: deleting asks first when > 0)',
  }),
  coming: Type.Integer({ description: 'invitations answered yes, all customers' }),
  ownerId: Type.String(),
  currency: Type.String(),
  budgetMinor: Nullable(Type.Integer()),
  costMinor: Nullable(Type.Integer()),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});
export type EventOut = Static<typeof EventOut>;

export const EventListQuery = Type.Object(
  {
    past: Type.Optional(Type.Boolean({ description: 'ended events, latest first' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
  },
  { additionalProperties: false },
);
export type EventListQuery = Static<typeof EventListQuery>;

export const InviteBody = Type.Object(
  {
    contactIds: Type.Optional(Type.Array(Type.String({ maxLength: 64 }), { maxItems: 1000 })),
    segmentId: Type.Optional(
      Type.String({ maxLength: 64, description: 'its customers’ primary contacts' }),
    ),
  },
  { additionalProperties: false },
);
export type InviteBody = Static<typeof InviteBody>;

export const InvitationOut = Type.Object({
  id: Type.String(),
  eventId: Type.String(),
  customerId: Type.String(),
  customerName: Type.String(),
  country: Type.String(),
  contactId: Type.String(),
  contactName: Type.String(),
  language: Type.String(),
  status: Type.String(),
  guests: Type.Integer(),
  dietary: Nullable(Type.String()),
  visaLetter: Type.Boolean(),
  respondedAt: Nullable(Type.String()),
  checkedInAt: Nullable(Type.String()),
  reminderAt: Nullable(
    Type.String({ description: '10:00 on the invitee’s last business day before the event' }),
  ),
  invitee: Type.Object(
    { date: Type.String(), time: Type.String(), timeZone: Type.String() },
    { description: 'the event’s start on the invitee’s clock' },
  ),
  mail: InvitationMailOut,
});
export type InvitationOut = Static<typeof InvitationOut>;

export const InvitedOut = Type.Object({
  created: Type.Array(
    Type.Object({
      invitation: InvitationOut,
      link: Type.String({ description: 'the RSVP link, shown once (only its hash is kept)' }),
    }),
  ),
  skipped: Type.Integer({ description: 'contacts already invited' }),
});

export const CustomerInvitationsOut = Type.Object({
  items: Type.Array(
    Type.Object({
      invitationId: Type.String(),
      contactId: Type.String(),
      contactName: Type.String(),
      status: Type.String({ description: 'invited, yes, no, maybe or waitlisted' }),
      guests: Type.Integer(),
      checkedInAt: Nullable(Type.String()),
      event: Type.Object({
        id: Type.String(),
        type: Type.String(),
        title: Type.Record(Type.String(), Type.String()),
        venue: Nullable(Type.String()),
        venueCountry: Nullable(Type.String()),
        timeZone: Type.String(),
        startsAt: Type.String(),
        endsAt: Type.String(),
      }),
    }),
  ),
});
export type CustomerInvitationsOut = Static<typeof CustomerInvitationsOut>;

// One of the two: the row ticked in the guest list, or the code the guest shows at the door
// (the RSVP link or its token, scanned or typed; a handheld scanner types it like a keyboard).
export const CheckInBody = Type.Object(
  {
    invitationId: Type.Optional(Type.String({ maxLength: 64 })),
    code: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })),
  },
  { additionalProperties: false },
);

const Followed = Type.Object({
  count: Type.Integer(),
  valueMinor: Type.Integer({ description: 'converted to the reporting currency (minor units)' }),
});

export const ResultsOut = Type.Object({
  byCountry: Type.Array(
    Type.Object({
      country: Type.String(),
      invited: Type.Integer(),
      responded: Type.Integer(),
      confirmed: Type.Integer(),
      attended: Type.Integer(),
    }),
  ),
  attended: Type.Integer(),
  costPerAttendeeMinor: Nullable(Type.Integer({ description: 'in the event’s currency' })),
  reporting: Type.Object({
    currency: Type.String({ description: 'the workspace’s reporting currency' }),
    costMinor: Nullable(
      Type.Integer({ description: 'the cost converted at the event’s first day' }),
    ),
    costPerAttendeeMinor: Nullable(Type.Integer()),
    costUnconverted: Type.Boolean({
      description: 'the cost’s currency has no rate on the event’s first day',
    }),
  }),
  followUp: Type.Object(
    {
      from: Type.String({ description: 'the event’s first day (venue clock)' }),
      to: Type.String({ description: '90 days after its last day' }),
      customers: Type.Integer({ description: 'attending customers you can see' }),
      deals: Type.Object({
        count: Type.Integer(),
        valueMinor: Type.Integer(),
        won: Type.Integer(),
        wonValueMinor: Type.Integer(),
      }),
      quotes: Followed,
      orders: Followed,
      unconverted: Type.Integer({
        description: 'deals, quotes and orders left out of the values: no rate on their date',
      }),
    },
    {
      description:
        'deals, quotes (each once, at its latest revision) and orders (not cancelled) of the attending customers',
    },
  ),
});
export type ResultsOut = Static<typeof ResultsOut>;
