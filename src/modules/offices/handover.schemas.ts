import { Type, type Static } from '@sinclair/typebox';

export const HandOverQuery = Type.Object(
  {
    from: Type.Optional(Type.String({ maxLength: 10 })),
    days: Type.Optional(Type.Integer({ minimum: 1, maximum: 60, default: 14 })),
    lang: Type.Optional(Type.Union([Type.Literal('en'), Type.Literal('zh')])),
  },
  { additionalProperties: false },
);

export const HandOverOut = Type.Object({
  from: Type.String(),
  to: Type.String(),
  items: Type.Array(
    Type.Object({
      /** a follow-up (hand over with PATCH /follow-ups/{id}) or a ticket (PATCH /tickets/{id}) */
      kind: Type.Union([Type.Literal('follow-up'), Type.Literal('ticket')]),
      followUpId: Type.Union([Type.String(), Type.Null()]),
      ticketId: Type.Union([Type.String(), Type.Null()]),
      ticketNumber: Type.Union([Type.String(), Type.Null()]),
      subject: Type.Union([Type.String(), Type.Null()]),
      customerId: Type.String(),
      customerName: Type.String(),
      dueDate: Type.String(),
      /** the responsible user (null: a ticket only an office person is on) */
      assigneeId: Type.Union([Type.String(), Type.Null()]),
      /** the office person whose calendar flagged it: the one assigned, else the user's own */
      personId: Type.String(),
      /** set when the work is assigned to an office person (who may have no login) */
      assigneePersonId: Type.Union([Type.String(), Type.Null()]),
      personName: Type.String(),
      officeId: Type.String(),
      officeName: Type.String(),
      flag: Type.Union([Type.Literal('office-closed'), Type.Literal('on-leave')]),
      /** for leave: approved, or still a request (never its kind or reason) */
      leaveStatus: Type.Union([Type.Literal('approved'), Type.Literal('requested'), Type.Null()]),
      /** for a closed office: why ("Eid al-Adha", "weekend", "office closing day") */
      because: Type.Array(Type.String()),
    }),
  ),
});
export type HandOverOut = Static<typeof HandOverOut>;
