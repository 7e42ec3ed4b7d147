import { Type } from '@sinclair/typebox';
import { Nullable } from '../../http/schema-helpers.ts';

const Bilingual = Type.Object({ en: Type.String(), zh: Type.String() });

export const CitationOut = Type.Object({
  short: Type.String({ description: 'how explanations name it, e.g. "Law No. 2136-IX, art. 6"' }),
  title: Type.String(),
  date: Type.String({ description: 'date of the act or notice' }),
  url: Type.String(),
  checked: Type.String({ description: 'how the citation was checked' }),
});

const Kind = Type.Union(
  ['span', 'substitute', 'abolished', 'moved', 'half-day', 'business-saturday'].map((k) =>
    Type.Literal(k),
  ),
);

/** A reviewed correction of the holiday library, with its official source. */
export const CorrectionOut = Type.Object({
  kind: Kind,
  date: Type.String(),
  from: Type.Optional(Type.String({ description: 'moved: the library’s date' })),
  closesAt: Type.Optional(Type.String({ description: 'half-day: local HH:MM it closes' })),
  name: Bilingual,
  schedule: Type.Optional(
    Type.Boolean({
      description: 'part of a shipped official schedule (the workspace may opt out)',
    }),
  ),
  source: CitationOut,
});

/** A day where the engine and the second source disagree and no official source settled it. */
export const UnresolvedOut = Type.Object({
  date: Type.String(),
  engine: Type.Union([Type.Literal('closed'), Type.Literal('open')]),
  secondSource: Type.Union([Type.Literal('closed'), Type.Literal('open')]),
  secondSourceName: Nullable(Type.String()),
  searched: Type.String({ description: 'what was searched before listing it' }),
});

export const CalendarAccuracyOut = Type.Object({
  secondSource: Type.String({ description: 'the independent source compared, with its version' }),
  officialSchedule: Type.Boolean({
    description: 'whether shipped official schedules apply in this workspace (default true)',
  }),
  hasOfficialSchedule: Type.Boolean({ description: 'whether one ships for this country and year' }),
  corrections: Type.Array(CorrectionOut),
  unresolved: Type.Array(UnresolvedOut),
});

/** Why a day is what it is, when a reviewed correction decided it. */
export const CorrectionReasonOut = Type.Object({
  kind: Type.Literal('correction'),
  correction: Kind,
  name: Type.String(),
  closes: Type.Boolean(),
  closesAt: Type.Optional(Type.String()),
  source: CitationOut,
});
