import { Type, type Static } from '@sinclair/typebox';
import { Nullable, OneOf } from '../../http/schema-helpers.ts';

export const SlotsQuery = Type.Object(
  {
    contactId: Type.String({ maxLength: 64 }),
    after: Type.Optional(
      Type.String({ format: 'date-time', description: 'an ISO instant; default now' }),
    ),
    count: Type.Optional(Type.Integer({ minimum: 1, maximum: 10, default: 3 })),
  },
  { additionalProperties: false },
);
export type SlotsQuery = Static<typeof SlotsQuery>;

const ClosedDay = Type.Object({
  date: Type.String(),
  working: Type.Boolean(),
  closesAt: Type.Optional(Type.String()),
  reasons: Type.Array(
    Type.Object({
      kind: Type.String({ description: 'weekend, holiday, workspace-holiday, correction, …' }),
      name: Type.Optional(Type.String()),
      weekday: Type.Optional(Type.Integer()),
    }),
  ),
});

export const Slot = Type.Object({
  at: Type.String({ description: 'the instant to send (UTC)' }),
  local: Type.Object({
    date: Type.String(),
    time: Type.String(),
    weekday: Type.Integer({ description: 'ISO: 1 = Monday … 7 = Sunday' }),
    utcOffsetMinutes: Type.Integer(),
  }),
  skipped: Type.Array(ClosedDay, { description: 'closed days passed over, with why' }),
});

export const SlotsOut = Type.Object({
  contactId: Type.String(),
  customerId: Type.String(),
  country: Type.String(),
  region: Nullable(Type.String()),
  timeZone: Type.String(),
  hours: Type.Object({
    start: Type.String(),
    end: Type.String(),
    source: OneOf(['workspace', 'default'] as const),
  }),
  after: Type.String(),
  nextInHours: Slot,
  mornings: Type.Array(Slot, { description: 'their next local mornings (09:30) on business days' }),
});
export type SlotsOut = Static<typeof SlotsOut>;
