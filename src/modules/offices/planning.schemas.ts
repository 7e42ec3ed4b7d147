import { Type, type Static } from '@sinclair/typebox';
import { LeaveOut, OfficeOut } from './offices.schemas.ts';

const Window = Type.Object({
  startUtc: Type.String(),
  endUtc: Type.String(),
  minutes: Type.Integer(),
  hq: Type.Object({ date: Type.String(), start: Type.String(), end: Type.String() }),
  office: Type.Object({ date: Type.String(), start: Type.String(), end: Type.String() }),
});

export const PlanningQuery = Type.Object(
  {
    from: Type.Optional(Type.String({ maxLength: 10 })),
    days: Type.Optional(Type.Integer({ minimum: 1, maximum: 90, default: 28 })),
    lang: Type.Optional(Type.Union([Type.Literal('en'), Type.Literal('zh')])),
  },
  { additionalProperties: false },
);

export const PlanningOut = Type.Object({
  office: OfficeOut,
  hq: Type.Object({
    country: Type.String(),
    timeZone: Type.String(),
    hours: Type.Object({ start: Type.String(), end: Type.String() }),
  }),
  from: Type.String(),
  to: Type.String(),
  headcount: Type.Integer(),
  days: Type.Array(
    Type.Object({
      date: Type.String(),
      officeOpen: Type.Boolean(),
      officeHours: Type.Union([
        Type.Object({ start: Type.String(), end: Type.String() }),
        Type.Null(),
      ]),
      shortened: Type.Union([Type.Literal('half-day'), Type.Literal('ramadan'), Type.Null()]),
      closedBecause: Type.Array(Type.String()),
      hqOpen: Type.Boolean(),
      sharedMinutes: Type.Integer(),
      windows: Type.Array(Window),
      away: Type.Array(
        Type.Object({
          personId: Type.String(),
          name: Type.String(),
          kind: LeaveOut.properties.kind,
          status: LeaveOut.properties.status,
        }),
      ),
      working: Type.Integer(),
    }),
  ),
  closedDifferences: Type.Array(
    Type.Object({
      date: Type.String(),
      closed: Type.Union([Type.Literal('office'), Type.Literal('hq')]),
      because: Type.Array(Type.String()),
    }),
  ),
  stalls: Type.Array(
    Type.Object({
      kind: Type.Union(
        ['august', 'christmas', 'ramadan', 'lunar-new-year', 'golden-week', 'nowruz'].map((k) =>
          Type.Literal(k),
        ),
      ),
      start: Type.String(),
      end: Type.String(),
      peopleAway: Type.Integer(),
      peakAway: Type.Integer(),
      peakDate: Type.Union([Type.String(), Type.Null()]),
      headcount: Type.Integer(),
    }),
  ),
});

const PlanDay = PlanningOut.properties.days.items.properties;
/** Every visible office's planning over the same days (the planning view across offices). */
export const OverviewOut = Type.Object({
  from: Type.String(),
  to: Type.String(),
  hq: PlanningOut.properties.hq,
  offices: Type.Array(
    Type.Object({
      office: OfficeOut,
      headcount: Type.Integer(),
      /** the people away on any of the days, named once */
      away: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })),
      /** the shared windows with headquarters on the first day */
      firstDayWindows: Type.Array(Window),
      days: Type.Array(
        Type.Object({
          date: Type.String(),
          officeOpen: Type.Boolean(),
          shortened: PlanDay.shortened,
          closedBecause: Type.Array(Type.String()),
          hqOpen: Type.Boolean(),
          sharedMinutes: Type.Integer(),
          working: Type.Integer(),
          /** the people away that day (approved or requested leave), as indexes into `away` */
          away: Type.Array(Type.Integer()),
        }),
      ),
      closedDifferences: PlanningOut.properties.closedDifferences,
      stalls: PlanningOut.properties.stalls,
    }),
  ),
});

const Bilingual = Type.Object({ en: Type.String(), zh: Type.String() });
export const LeadershipOut = Type.Object({
  hq: Type.String(),
  office: Type.String(),
  items: Type.Array(
    Type.Object({
      ruleId: Type.String(),
      dimension: Type.String(),
      dimensionName: Bilingual,
      context: Type.String(),
      contextName: Bilingual,
      trigger: Type.Union([
        Type.Object({
          kind: Type.Literal('level'),
          level: Type.Union([Type.Literal('low'), Type.Literal('high')]),
          score: Type.Number(),
          threshold: Type.Number(),
        }),
        Type.Object({
          kind: Type.Literal('gap'),
          direction: Type.Union([Type.Literal('higher'), Type.Literal('lower')]),
          score: Type.Number(),
          hqScore: Type.Number(),
          gap: Type.Number(),
        }),
      ]),
      do: Bilingual,
      avoid: Bilingual,
    }),
  ),
  missing: Type.Array(
    Type.Object({
      dimension: Type.String(),
      side: Type.Union([Type.Literal('office'), Type.Literal('hq')]),
      note: Bilingual,
    }),
  ),
  source: Type.String(),
  disclaimer: Bilingual,
});

export const MeetingBody = Type.Object(
  {
    personIds: Type.Array(Type.String({ maxLength: 64 }), { minItems: 1, maxItems: 20 }),
    includeHq: Type.Optional(Type.Boolean()),
    from: Type.Optional(Type.String({ format: 'date-time' })),
    days: Type.Integer({ minimum: 1, maximum: 14 }),
    durationMinutes: Type.Integer({ minimum: 15, maximum: 240 }),
    lang: Type.Optional(Type.Union([Type.Literal('en'), Type.Literal('zh')])),
  },
  { additionalProperties: false },
);
export type MeetingBody = Static<typeof MeetingBody>;

export const MeetingOut = Type.Object({
  slots: Type.Array(
    Type.Object({
      startUtc: Type.String(),
      endUtc: Type.String(),
      outside: Type.Integer(),
      attendees: Type.Array(
        Type.Object({
          id: Type.String(),
          name: Type.String(),
          office: Type.Union([Type.String(), Type.Null()]),
          timeZone: Type.String(),
          date: Type.String(),
          start: Type.String(),
          end: Type.String(),
          inside: Type.Boolean(),
          outside: Type.Optional(
            Type.Union([Type.Literal('closed'), Type.Literal('leave'), Type.Literal('hours')]),
          ),
        }),
      ),
    }),
  ),
});
