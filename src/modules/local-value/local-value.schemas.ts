import { Type, type Static } from '@sinclair/typebox';
import { LOCAL_VALUE_KINDS } from '../../domain/reputation/local-value.ts';
import { Nullable, OneOf } from '../../http/schema-helpers.ts';

const Country = Type.String({ minLength: 2, maxLength: 2, description: 'ISO 3166-1 alpha-2' });
const Day = Type.String({ format: 'date', maxLength: 10 });
const Count = (description: string) =>
  Type.Integer({ minimum: 0, maximum: 10_000_000, description });
const Minor = (description: string) =>
  Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER, description });
const Text = (max: number, description?: string) =>
  Type.String({ maxLength: max, ...(description ? { description } : {}) });

const figureFields = {
  headcount: Type.Optional(
    Nullable(Count('direct jobs: people employed; training: people trained')),
  ),
  localNationals: Type.Optional(Nullable(Count('direct jobs: of the headcount, local nationals'))),
  management: Type.Optional(Nullable(Count('direct jobs: of the headcount, in management'))),
  womenInManagement: Type.Optional(Nullable(Count('direct jobs: of management, women'))),
  quantity: Type.Optional(Nullable(Count('indirect jobs: jobs estimated; training: hours'))),
  method: Type.Optional(Nullable(Text(1000, 'indirect jobs: how they were estimated'))),
  amountMinor: Type.Optional(
    Nullable(
      Minor('the local part in minor units: local spend, the partner’s share, taxes, investment'),
    ),
  ),
  totalMinor: Type.Optional(
    Nullable(Minor('the whole: total spend, or the project’s value (from a linked deal or order)')),
  ),
  currency: Type.Optional(Nullable(Type.String({ minLength: 3, maxLength: 3 }))),
  partnerName: Type.Optional(Nullable(Text(200))),
  dealId: Type.Optional(Nullable(Text(64, 'revenue share: the project as a deal you can see'))),
  orderId: Type.Optional(Nullable(Text(64, 'revenue share: the project as an order you can see'))),
  description: Type.Optional(Text(2000)),
  sourceDocument: Type.String({
    minLength: 1,
    maxLength: 500,
    description: 'where the figure comes from: a document name, reference or URL',
  }),
  ownerId: Type.Optional(Text(64, 'who answers for the figure; left out: you')),
};

export const EntryBody = Type.Object(
  {
    country: Country,
    periodStart: Day,
    periodEnd: Day,
    kind: OneOf(LOCAL_VALUE_KINDS),
    ...figureFields,
  },
  { additionalProperties: false },
);
export type EntryBody = Static<typeof EntryBody>;
export const EntryPatch = Type.Partial(EntryBody, { additionalProperties: false });
export type EntryPatch = Static<typeof EntryPatch>;

const Year = Type.Integer({ minimum: 2000, maximum: 2100 });
export const LedgerQuery = Type.Object(
  { country: Type.Optional(Country), year: Type.Optional(Year) },
  { additionalProperties: false },
);
export const SummaryQuery = Type.Object(
  { country: Country, year: Type.Optional(Year) },
  { additionalProperties: false },
);
export type SummaryQuery = Static<typeof SummaryQuery>;
export const REPORT_LANGUAGES = ['en', 'zh-CN', 'local'] as const;
export const ReportQuery = Type.Object(
  {
    country: Country,
    year: Type.Optional(Year),
    lang: Type.Optional(
      Type.String({
        maxLength: 35,
        default: 'en',
        description:
          'en, zh-CN, or the country’s language (pt for MZ, BR…; "local" picks it); others fall back to English with a note',
      }),
    ),
    format: Type.Optional(OneOf(['html', 'pdf'] as const, { default: 'html' })),
  },
  { additionalProperties: false },
);
export type ReportQuery = Static<typeof ReportQuery>;
export const TenderValueQuery = Type.Object(
  { year: Type.Optional(Year) },
  { additionalProperties: false },
);

export const EntryOut = Type.Object({
  id: Type.String(),
  country: Type.String(),
  periodStart: Type.String(),
  periodEnd: Type.String(),
  kind: OneOf(LOCAL_VALUE_KINDS),
  headcount: Nullable(Type.Integer()),
  localNationals: Nullable(Type.Integer()),
  management: Nullable(Type.Integer()),
  womenInManagement: Nullable(Type.Integer()),
  quantity: Nullable(Type.Integer()),
  method: Nullable(Type.String()),
  amountMinor: Nullable(Type.Integer()),
  totalMinor: Nullable(Type.Integer()),
  currency: Nullable(Type.String()),
  sharePercent: Nullable(Type.Number({ description: 'amount of total, rounded down to 0.01' })),
  convertedMinor: Nullable(
    Type.Integer({ description: 'amountMinor in the reporting currency on periodEnd' }),
  ),
  partnerName: Nullable(Type.String()),
  dealId: Nullable(Type.String()),
  orderId: Nullable(Type.String()),
  description: Type.String(),
  sourceDocument: Type.String(),
  enteredBy: Type.Object({ id: Type.String(), name: Type.String() }),
  ownerId: Type.String(),
  canEdit: Type.Boolean(),
  updatedAt: Type.String(),
});
export type EntryOut = Static<typeof EntryOut>;

const Totals = Type.Object({
  byCurrency: Type.Array(Type.Object({ currency: Type.String(), amountMinor: Type.Integer() })),
  converted: Type.Object({ currency: Type.String(), amountMinor: Type.Integer() }),
  unconverted: Type.Array(Type.String(), { description: 'currencies without a rate on the day' }),
});
const Percent = Nullable(Type.Number());
export const SummaryOut = Type.Object({
  country: Type.String(),
  year: Type.Integer(),
  reportingCurrency: Type.String(),
  entries: Type.Integer(),
  directJobs: Nullable(
    Type.Object({
      asOf: Type.String(),
      headcount: Type.Integer(),
      localNationals: Nullable(Type.Integer()),
      localNationalsPercent: Percent,
      management: Nullable(Type.Integer()),
      womenInManagement: Nullable(Type.Integer()),
      womenInManagementPercent: Percent,
    }),
  ),
  indirectJobs: Nullable(
    Type.Object({ asOf: Type.String(), jobs: Type.Integer(), methods: Type.Array(Type.String()) }),
  ),
  training: Type.Object({ hours: Type.Integer(), people: Nullable(Type.Integer()) }),
  localPurchasing: Type.Object({ local: Totals, total: Totals, sharePercent: Percent }),
  revenueShare: Type.Object({
    projects: Type.Array(
      Type.Object({
        partnerName: Type.String(),
        currency: Type.String(),
        projectValueMinor: Type.Integer(),
        partnerMinor: Type.Integer(),
        sharePercent: Percent,
      }),
    ),
    partner: Totals,
    projectValue: Totals,
    sharePercent: Percent,
  }),
  taxesPaid: Totals,
  communityInvestment: Totals,
  technologyTransfer: Type.Object({ spend: Totals, items: Type.Array(Type.String()) }),
});
export type SummaryOut = Static<typeof SummaryOut>;

export const TenderValueOut = Type.Object({
  tenderId: Type.String(),
  country: Type.String(),
  year: Nullable(Type.Integer({ description: 'the latest year with figures when not asked' })),
  summary: Nullable(SummaryOut),
});
