import { ZONE_SOURCES } from '../../domain/calendar/customer-zone.ts';
import { Type } from '@sinclair/typebox';
import { Nullable, OneOf } from '../../http/schema-helpers.ts';
import { SlowSeasonOut } from '../countries/countries.schemas.ts';
import { CorrectionReasonOut } from '../countries/accuracy.schemas.ts';

const Bilingual = Type.Object({ en: Type.String(), zh: Type.String() });
const Hours = Type.Object({ start: Type.String(), end: Type.String() });

/** Why a day is closed (or open against the rule). */
export const DayReasonOut = Type.Union([
  Type.Object({
    kind: Type.Literal('weekend'),
    weekday: Type.Integer({ description: 'ISO weekday, 1 = Monday … 7 = Sunday' }),
  }),
  Type.Object({
    kind: Type.Literal('holiday'),
    name: Type.String(),
    localName: Type.String(),
    type: Type.Union(
      ['public', 'bank', 'school', 'optional', 'observance'].map((t) => Type.Literal(t)),
    ),
  }),
  Type.Object({ kind: Type.Literal('workspace-holiday'), name: Type.String() }),
  Type.Object({ kind: Type.Literal('workspace-working-day'), name: Type.String() }),
  Type.Object({
    kind: Type.Literal('business-week'),
    weekday: Type.Integer({ description: 'ISO weekday of the official weekend worked' }),
    until: Type.String({ description: 'local HH:MM the worked weekend day closes' }),
  }),
  CorrectionReasonOut,
]);

/** One day in a country's business calendar. */
export const DayStatusOut = Type.Object({
  date: Type.String(),
  working: Type.Boolean(),
  closesAt: Type.Optional(
    Type.String({ description: 'a half day: the local HH:MM business closes (working is true)' }),
  ),
  reasons: Type.Array(DayReasonOut),
});

export const DayExplainedOut = Type.Composite([
  Type.Object({ country: Type.String(), region: Nullable(Type.String()) }),
  DayStatusOut,
  Type.Object({
    explanation: Type.Object(
      { en: Type.String(), zh: Type.String() },
      { description: 'what the day is and why, naming the source of any correction' },
    ),
  }),
]);

export const NextBusinessDayOut = Type.Object({
  country: Type.String(),
  region: Nullable(Type.String()),
  from: Type.String(),
  date: Type.String(),
  skipped: Type.Array(DayStatusOut, { description: 'the closed days passed over, with reasons' }),
  explanation: Nullable(Bilingual),
});

const LocalTime = Type.Object({
  date: Type.String(),
  time: Type.String({ description: 'HH:MM' }),
  hour: Type.Integer(),
  minute: Type.Integer(),
});
const Side = Type.Object({ date: Type.String(), start: Type.String(), end: Type.String() });

export const ContactWindowOut = Type.Object({
  startUtc: Type.String(),
  endUtc: Type.String(),
  minutes: Type.Integer(),
  home: Side,
  customer: Side,
});

export const ContactWindowsOut = Type.Object({
  customer: Type.Object({
    id: Type.String(),
    country: Type.String(),
    region: Nullable(Type.String()),
    regionName: Nullable(
      Type.String({
        description: 'the region named in the reader’s language (null: none, or free text)',
      }),
    ),
    timeZone: Type.String(),
    /** how the zone was chosen; 'assumed' means the page should ask for the state */
    timeZoneSource: Nullable(OneOf(ZONE_SOURCES)),
    hours: Hours,
  }),
  home: Type.Object({ country: Type.String(), timeZone: Type.String(), hours: Hours }),
  now: Type.Object({ utc: Type.String(), customer: LocalTime, home: LocalTime }),
  today: DayStatusOut,
  slowSeason: Nullable(SlowSeasonOut),
  days: Type.Array(
    Type.Object({
      date: Type.String({ description: 'the customer’s local date' }),
      customerDay: DayStatusOut,
      windows: Type.Array(ContactWindowOut),
    }),
  ),
});

export const UpcomingHolidaysOut = Type.Object({
  from: Type.String(),
  to: Type.String(),
  items: Type.Array(
    Type.Object({
      date: Type.String(),
      country: Type.String(),
      countryName: Bilingual,
      name: Type.String(),
      localName: Type.String(),
      source: Type.Union([
        Type.Literal('library'),
        Type.Literal('workspace'),
        Type.Literal('correction', { description: 'a cited correction of the library' }),
      ]),
      regions: Type.Array(Type.String(), { description: 'set only for a regional holiday' }),
      regionNames: Type.Array(Type.String(), {
        description: 'the same regions named in the reader’s language, in the same order',
      }),
      customers: Type.Integer({ description: 'your customers it affects' }),
    }),
  ),
});
