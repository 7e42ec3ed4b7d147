import { Type, type Static } from '@sinclair/typebox';
import { Nullable } from '../../http/schema-helpers.ts';

export const RsvpParams = Type.Object({ token: Type.String({ minLength: 20, maxLength: 100 }) });

export const RsvpBody = Type.Object(
  {
    answer: Type.Union([Type.Literal('yes'), Type.Literal('no'), Type.Literal('maybe')]),
    guests: Type.Optional(Type.Integer({ minimum: 0, maximum: 20 })),
    dietary: Type.Optional(Nullable(Type.String({ maxLength: 500 }))),
    visaLetter: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type RsvpBody = Static<typeof RsvpBody>;

const Clock = Type.Object({ date: Type.String(), time: Type.String(), timeZone: Type.String() });

/** Only what the invitee needs: nothing about other guests, the budget or internal notes. */
export const RsvpOut = Type.Object({
  language: Type.String(),
  dir: Type.Union([Type.Literal('ltr'), Type.Literal('rtl')]),
  labels: Type.Record(Type.String(), Type.String()),
  event: Type.Object({
    type: Type.String(),
    title: Type.String(),
    description: Type.String(),
    venue: Nullable(Type.String()),
    online: Type.Boolean(),
    startsAt: Type.String(),
    endsAt: Type.String(),
    venueClock: Clock,
    yourClock: Clock,
    maxGuests: Type.Integer(),
    open: Type.Boolean({ description: 'answers still accepted' }),
  }),
  invitation: Type.Object({
    name: Type.String(),
    status: Type.String(),
    guests: Type.Integer(),
    dietary: Nullable(Type.String()),
    visaLetter: Type.Boolean(),
  }),
});
export type RsvpOut = Static<typeof RsvpOut>;
