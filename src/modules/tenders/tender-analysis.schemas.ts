import { Type, type Static } from '@sinclair/typebox';

const Unconverted = Type.Object({
  id: Type.String(),
  reference: Type.String(),
  currency: Type.String(),
  date: Type.String(),
});

const figure = {
  won: Type.Integer(),
  lost: Type.Integer(),
  cancelled: Type.Integer(),
  noBid: Type.Integer(),
  open: Type.Integer({ description: 'no result yet' }),
  winRate: Type.Union([Type.Null(), Type.Number({ description: 'won / (won + lost), 0–1' })]),
  lostValueMinor: Type.Integer({ description: 'our bids on lost tenders, reporting currency' }),
  unconverted: Type.Array(Unconverted, {
    description: 'lost tenders left out of the value: no exchange rate on their date',
  }),
  lostWithoutAmount: Type.Integer(),
};
const Names = Type.Object({ en: Type.String(), zh: Type.String() });

export const AnalysisQuery = Type.Object(
  {
    deadlineFrom: Type.Optional(Type.String({ format: 'date' })),
    deadlineTo: Type.Optional(Type.String({ format: 'date' })),
    country: Type.Optional(Type.String({ minLength: 2, maxLength: 2 })),
  },
  { additionalProperties: false },
);
export type AnalysisQuery = Static<typeof AnalysisQuery>;

export const AnalysisOut = Type.Object({
  reportingCurrency: Type.String(),
  total: Type.Object(figure),
  byReason: Type.Array(
    Type.Object({
      reasonId: Type.String(),
      code: Type.Union([Type.Null(), Type.String()]),
      name: Names,
      active: Type.Boolean(),
      ...figure,
    }),
  ),
  byCountry: Type.Array(Type.Object({ country: Type.String(), ...figure })),
  byCompetitor: Type.Array(
    Type.Object({
      name: Type.String(),
      tenders: Type.Integer({ description: 'tenders they bid in' }),
      withLocalPresence: Type.Integer(),
      lostTo: Type.Integer({ description: 'our losses they were awarded' }),
      ...figure,
    }),
  ),
  lostToLocalPresence: Type.Object({
    tenders: Type.Integer(),
    shareOfLosses: Type.Union([Type.Null(), Type.Number()]),
    lostValueMinor: Type.Integer(),
    unconverted: Type.Array(Unconverted),
    winnerUnknown: Type.Integer({ description: 'lost tenders whose winner is not recorded' }),
  }),
});
export type AnalysisOut = Static<typeof AnalysisOut>;
