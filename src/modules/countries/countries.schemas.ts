import { Type, type Static } from '@sinclair/typebox';
import { Nullable } from '../../http/schema-helpers.ts';
import { RowError } from '../../http/types.ts';
import { CalendarAccuracyOut } from './accuracy.schemas.ts';

export const Lang = Type.Optional(
  Type.Union([Type.Literal('en'), Type.Literal('zh')], {
    description: 'language of holiday names and guidance (default en)',
  }),
);
export const CountryParams = Type.Object({ code: Type.String({ minLength: 1, maxLength: 8 }) });
const Bilingual = Type.Object({ en: Type.String(), zh: Type.String() });
const Score = Nullable(Type.Number());
export const HofstedeOut = Type.Object({
  pdi: Score,
  idv: Score,
  mas: Score,
  uai: Score,
  lto: Score,
  ivr: Score,
});
const Dimension = Type.Union(
  ['pdi', 'idv', 'mas', 'uai', 'lto', 'ivr'].map((d) => Type.Literal(d)),
);
const Source = Type.Union([Type.Literal('dataset'), Type.Literal('workspace')]);

export const HolidayOut = Type.Object({
  date: Type.String(),
  name: Type.String({
    description:
      'in the reader’s language: Chinese from the reviewed table (English where it has none), or English',
  }),
  localName: Type.String({
    description: 'in the country’s own language; equal to name when they agree (show it when not)',
  }),
  type: Type.String({
    description:
      'public, bank, school, optional, observance; workspace / working_day for the workspace’s own; half_day or working_day for a correction',
  }),
  closed: Type.Boolean({ description: 'closes business in this workspace’s calendar' }),
  source: Type.Union([
    Type.Literal('library'),
    Type.Literal('workspace'),
    Type.Literal('correction', {
      description: 'a reviewed correction of the library; the name ends with its official source',
    }),
  ]),
  id: Type.Optional(Type.String({ description: 'id of a workspace entry, to remove it' })),
});
export type HolidayOut = Static<typeof HolidayOut>;

export const SlowSeasonOut = Type.Object({
  kind: Type.String(),
  start: Type.String(),
  end: Type.String(),
  names: Type.Optional(Type.Array(Type.String())),
});

export const CountrySummary = Type.Object({
  code: Type.String(),
  name: Bilingual,
  hasHolidays: Type.Boolean(),
  hofstedeScores: Type.Integer({ description: 'how many of the six dimensions have a score' }),
  workspaceOverrides: Type.Boolean(),
});

export const CountryProfile = Type.Object({
  code: Type.String(),
  name: Bilingual,
  languages: Type.Array(Type.String()),
  currency: Nullable(Type.String()),
  timeZones: Type.Array(Type.String()),
  weekend: Type.Array(Type.Integer(), { description: 'ISO weekdays, 1 = Monday … 7 = Sunday' }),
  businessHours: Type.Object({
    start: Type.String(),
    end: Type.String(),
    source: Type.Union([Type.Literal('default'), Type.Literal('workspace')]),
  }),
  hofstede: HofstedeOut,
  hofstedeSources: Type.Record(Type.String(), Source),
  hofstedeCitation: Type.String(),
  notes: Nullable(Type.String()),
  regions: Type.Record(Type.String(), Type.String()),
  coverage: Type.Object({
    holidays: Type.Boolean(),
    hofstede: Type.Integer(),
    workspaceDays: Type.Integer(),
  }),
  year: Type.Integer(),
  holidays: Type.Array(HolidayOut),
  slowSeasons: Type.Array(SlowSeasonOut),
  calendarAccuracy: CalendarAccuracyOut,
  workingWeekend: Type.Array(Type.Object({ weekday: Type.Integer(), until: Type.String() }), {
    description: 'official weekend days this workspace works, until a time',
  }),
});
export type CountryProfile = Static<typeof CountryProfile>;

export const OverrideBody = Type.Object(
  {
    hofstede: Type.Optional(
      Type.Partial(
        Type.Object({
          pdi: Nullable(Type.Integer({ minimum: 0, maximum: 120 })),
          idv: Nullable(Type.Integer({ minimum: 0, maximum: 120 })),
          mas: Nullable(Type.Integer({ minimum: 0, maximum: 120 })),
          uai: Nullable(Type.Integer({ minimum: 0, maximum: 120 })),
          lto: Nullable(Type.Integer({ minimum: 0, maximum: 120 })),
          ivr: Nullable(Type.Integer({ minimum: 0, maximum: 120 })),
        }),
        { additionalProperties: false },
      ),
    ),
    notes: Type.Optional(Nullable(Type.String({ maxLength: 4000 }))),
    workingWeekend: Type.Optional(
      Type.Array(
        Type.Object(
          {
            weekday: Type.Integer({ minimum: 1, maximum: 7, description: 'ISO weekday' }),
            until: Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$' }),
          },
          { additionalProperties: false },
        ),
        {
          maxItems: 2,
          description:
            'the business week: official weekend days the workspace works, until a time ([] = the official week)',
        },
      ),
    ),
    officialSchedule: Type.Optional(
      Type.Boolean({
        description:
          'false: this country’s shipped official schedule (China’s 调休) does not apply',
      }),
    ),
    businessHours: Type.Optional(
      Nullable(
        Type.Object(
          {
            start: Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$' }),
            end: Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$' }),
          },
          { additionalProperties: false },
        ),
      ),
    ),
  },
  { additionalProperties: false },
);
export type OverrideBody = Static<typeof OverrideBody>;

export const DayBody = Type.Object(
  {
    date: Type.String({ format: 'date' }),
    kind: Type.Union([Type.Literal('holiday'), Type.Literal('working_day')]),
    name: Type.String({ minLength: 1, maxLength: 200 }),
    nameEn: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
    region: Type.Optional(Type.String({ maxLength: 10 })),
  },
  { additionalProperties: false },
);
export type DayBody = Static<typeof DayBody>;

export const ImportBody = Type.Object(
  {
    format: Type.Union([Type.Literal('csv'), Type.Literal('ics')]),
    content: Type.String({ minLength: 1, maxLength: 2_000_000 }),
    replaceLibraryYear: Type.Optional(
      Type.Integer({
        minimum: 1970,
        maximum: 2100,
        description:
          'the file is the complete official schedule of this year: library holidays of that year are not used',
      }),
    ),
    source: Type.Optional(Type.String({ maxLength: 200 })),
  },
  { additionalProperties: false },
);
export type ImportBody = Static<typeof ImportBody>;

export const ImportOut = Type.Object({
  created: Type.Integer(),
  updated: Type.Integer(),
  errors: Type.Array(RowError),
});

export const PlaybookItemOut = Type.Object({
  ruleId: Type.String(),
  dimension: Dimension,
  dimensionName: Bilingual,
  context: Type.Union(
    ['first-contact', 'meetings', 'negotiation', 'email', 'decision-making', 'follow-up'].map((c) =>
      Type.Literal(c),
    ),
  ),
  contextName: Bilingual,
  trigger: Type.Union(
    [
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
        homeScore: Type.Number(),
        gap: Type.Number(),
      }),
    ],
    { description: 'what fired the rule, with the scores that did it' },
  ),
  do: Bilingual,
  avoid: Bilingual,
});

export const PlaybookOut = Type.Object({
  home: Type.String({ description: 'the home country (a)' }),
  target: Type.String({ description: 'the country being approached (b)' }),
  items: Type.Array(PlaybookItemOut),
  missing: Type.Array(
    Type.Object({
      dimension: Dimension,
      dimensionName: Bilingual,
      side: Type.Union([Type.Literal('target'), Type.Literal('home')]),
      note: Bilingual,
    }),
    { description: 'dimensions without a score on either side, so no rule could fire' },
  ),
  disclaimer: Bilingual,
});
