import { Type, type Static } from '@sinclair/typebox';

const HHMM = '^([01]\\d|2[0-3]):[0-5]\\d$';
const HolidayType = Type.Union(
  ['public', 'bank', 'school', 'optional', 'observance'].map((t) => Type.Literal(t)),
);

export const WorkspaceSettings = Type.Object({
  name: Type.String(),
  homeCountry: Type.String(),
  homeTimeZone: Type.String(),
  homeHours: Type.Object({ start: Type.String(), end: Type.String() }),
  closedHolidayTypes: Type.Array(Type.String()),
  closedHolidayNames: Type.Array(Type.String()),
  passportRetentionDays: Type.Integer({
    description: 'days passport data for visa letters is kept after an event ends',
  }),
});
export const SettingsPatch = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    homeCountry: Type.Optional(Type.String({ minLength: 2, maxLength: 2 })),
    homeTimeZone: Type.Optional(Type.String({ maxLength: 64 })),
    homeHours: Type.Optional(
      Type.Object(
        { start: Type.String({ pattern: HHMM }), end: Type.String({ pattern: HHMM }) },
        { additionalProperties: false },
      ),
    ),
    closedHolidayTypes: Type.Optional(Type.Array(HolidayType, { minItems: 1, maxItems: 5 })),
    closedHolidayNames: Type.Optional(
      Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 50 }),
    ),
    passportRetentionDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 365 })),
  },
  { additionalProperties: false },
);
export type SettingsPatch = Static<typeof SettingsPatch>;
