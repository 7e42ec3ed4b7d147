import { Type, type Static } from '@sinclair/typebox';
import { ACTIVITY_SOURCES, ACTIVITY_TYPES, DIRECTIONS } from '../../domain/enums.ts';
import { PAYMENT_FLAGS } from '../../domain/relationship/payment-change.ts';
import { Nullable, OneOf } from '../../http/schema-helpers.ts';
import { PageQuery } from '../../http/pagination.ts';

const ActivityType = OneOf(ACTIVITY_TYPES);
const Direction = OneOf(DIRECTIONS);

export const ActivityBody = Type.Object(
  {
    customerId: Type.String({ maxLength: 64 }),
    contactId: Type.Optional(Nullable(Type.String({ maxLength: 64 }))),
    type: ActivityType,
    channel: Type.Optional(
      Nullable(
        Type.String({
          maxLength: 30,
          description: 'for messages: whatsapp, wechat, line, telegram…',
        }),
      ),
    ),
    direction: Direction,
    occurredAt: Type.String({ format: 'date-time', description: 'ISO 8601 with offset' }),
    summary: Type.String({ minLength: 1, maxLength: 4000 }),
    outcome: Type.Optional(Nullable(Type.String({ maxLength: 500 }))),
  },
  { additionalProperties: false },
);
export type ActivityBody = Static<typeof ActivityBody>;

export const ActivityOut = Type.Object({
  id: Type.String(),
  customerId: Type.String(),
  customerName: Type.String(),
  contactId: Nullable(Type.String()),
  type: ActivityType,
  channel: Nullable(Type.String()),
  direction: Direction,
  occurredAt: Type.String(),
  summary: Type.String(),
  outcome: Nullable(Type.String()),
  authorId: Type.String(),
  createdAt: Type.String(),
  source: OneOf(ACTIVITY_SOURCES, {
    description:
      'user: logged by a signed-in user; web_form: unverified text from a public form; import: a notes cell of an imported customer list; survey: a CSAT or NPS answer in the customer’s own words',
  }),
  flags: Type.Array(OneOf(PAYMENT_FLAGS), {
    description: 'raised on web-form text that mentions bank details or asks for payment',
  }),
});
export type ActivityOut = Static<typeof ActivityOut>;

export const ActivityQuery = Type.Object(
  {
    ...PageQuery,
    customerId: Type.Optional(Type.String({ maxLength: 64 })),
    contactId: Type.Optional(Type.String({ maxLength: 64 })),
    type: Type.Optional(ActivityType),
    from: Type.Optional(Type.String({ format: 'date-time' })),
    to: Type.Optional(Type.String({ format: 'date-time' })),
  },
  { additionalProperties: false },
);
export type ActivityQuery = Static<typeof ActivityQuery>;

export const FollowUpOut = Type.Object({
  id: Type.String(),
  customerId: Type.String(),
  customerName: Type.String(),
  country: Type.String(),
  assigneeId: Type.String(),
  assigneePersonId: Nullable(
    Type.String({ description: 'the office person doing it (may have no login), or null' }),
  ),
  kind: Type.String(),
  dueDate: Type.String({ description: 'YYYY-MM-DD in the customer’s calendar' }),
  dueTime: Nullable(Type.String()),
  status: Type.String(),
  reason: Type.Object({ en: Type.String(), zh: Type.String() }),
  note: Nullable(Type.String()),
});
export type FollowUpOut = Static<typeof FollowUpOut>;
