import { LEAVE_KINDS } from '../../domain/offices/leave-sheet.ts';
import { Type, type Static } from '@sinclair/typebox';
import { OneOf } from '../../http/schema-helpers.ts';

const Country = Type.String({ minLength: 2, maxLength: 2 });
const Time = Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' });
const DateText = Type.String({ format: 'date' });
const Name = Type.String({ minLength: 1, maxLength: 120 });

export const ClosingDay = Type.Object(
  { date: DateText, name: Type.String({ minLength: 1, maxLength: 120 }) },
  { additionalProperties: false },
);

export const OfficeBody = Type.Object(
  {
    name: Name,
    country: Country,
    region: Type.Optional(Type.Union([Type.String({ maxLength: 10 }), Type.Null()])),
    city: Name,
    timeZone: Type.String({ minLength: 1, maxLength: 64 }),
    hours: Type.Object({ start: Time, end: Time }, { additionalProperties: false }),
    ramadanHoursLess: Type.Optional(Type.Integer({ minimum: 0, maximum: 4 })),
    managerId: Type.Optional(Type.Union([Type.String({ maxLength: 64 }), Type.Null()])),
    markets: Type.Optional(Type.Array(Country, { maxItems: 60 })),
    closingDays: Type.Optional(Type.Array(ClosingDay, { maxItems: 60 })),
  },
  { additionalProperties: false },
);
export type OfficeBody = Static<typeof OfficeBody>;
export const OfficePatch = Type.Partial(OfficeBody, { additionalProperties: false });
export type OfficePatch = Static<typeof OfficePatch>;

export const PersonBody = Type.Object(
  {
    name: Name,
    userId: Type.Optional(Type.Union([Type.String({ maxLength: 64 }), Type.Null()])),
    countryOfWork: Country,
    languages: Type.Optional(
      Type.Array(Type.String({ minLength: 2, maxLength: 35 }), { maxItems: 10 }),
    ),
    role: Type.String({ minLength: 1, maxLength: 80 }),
    startDate: DateText,
  },
  { additionalProperties: false },
);
export type PersonBody = Static<typeof PersonBody>;

export { LEAVE_KINDS };
export const LEAVE_STATUSES = ['requested', 'approved', 'rejected'] as const;

export const LeaveBody = Type.Object(
  {
    personId: Type.String({ maxLength: 64 }),
    kind: OneOf(LEAVE_KINDS),
    from: DateText,
    to: DateText,
    reason: Type.Optional(Type.Union([Type.String({ maxLength: 500 }), Type.Null()])),
  },
  { additionalProperties: false },
);
export type LeaveBody = Static<typeof LeaveBody>;

export const DecisionBody = Type.Object(
  { decision: Type.Union([Type.Literal('approved'), Type.Literal('rejected')]) },
  { additionalProperties: false },
);
export type DecisionBody = Static<typeof DecisionBody>;

export const PersonOut = Type.Object({
  id: Type.String(),
  officeId: Type.String(),
  userId: Type.Union([Type.String(), Type.Null()]),
  name: Type.String(),
  countryOfWork: Type.String(),
  languages: Type.Array(Type.String()),
  role: Type.String(),
  startDate: Type.String(),
});
export type PersonOut = Static<typeof PersonOut>;

/** A person the caller may assign follow-ups and tickets to, with their office's place. */
export const AssignablePersonOut = Type.Intersect([
  PersonOut,
  Type.Object({
    officeName: Type.String(),
    city: Type.String(),
    country: Type.String(),
    timeZone: Type.String(),
  }),
]);
export type AssignablePersonOut = Static<typeof AssignablePersonOut>;

export const LeaveOut = Type.Object({
  id: Type.String(),
  officeId: Type.String(),
  personId: Type.String(),
  kind: OneOf(LEAVE_KINDS),
  from: Type.String(),
  to: Type.String(),
  /** null for callers other than the office's manager and admins */
  reason: Type.Union([Type.String(), Type.Null()]),
  status: OneOf(LEAVE_STATUSES),
  requestedBy: Type.String(),
  decidedBy: Type.Union([Type.String(), Type.Null()]),
});
export type LeaveOut = Static<typeof LeaveOut>;

export const OfficeOut = Type.Object({
  id: Type.String(),
  name: Type.String(),
  country: Type.String(),
  region: Type.Union([Type.String(), Type.Null()]),
  city: Type.String(),
  timeZone: Type.String(),
  hours: Type.Object({ start: Type.String(), end: Type.String() }),
  ramadanHoursLess: Type.Integer(),
  managerId: Type.Union([Type.String(), Type.Null()]),
  markets: Type.Array(Type.String()),
  closingDays: Type.Array(ClosingDay),
  /** whether the caller may edit the office and decide its leave */
  canManage: Type.Boolean(),
});
export type OfficeOut = Static<typeof OfficeOut>;

export const OfficeDetail = Type.Composite([
  OfficeOut,
  Type.Object({ people: Type.Array(PersonOut), leave: Type.Array(LeaveOut) }),
]);
export type OfficeDetail = Static<typeof OfficeDetail>;
