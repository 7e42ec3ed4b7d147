import { Type, type Static } from '@sinclair/typebox';
import { TENDER_RESULTS, TENDER_STATUSES } from '../../domain/enums.ts';
import { Nullable, OneOf } from '../../http/schema-helpers.ts';

// Amounts and percentages are checked by the service (minor units that fit, 0–100 with two
// decimals, weights adding up to 100), which names the failing path and a code of its own.
const Currency = Type.String({ minLength: 3, maxLength: 3, description: 'ISO 4217, e.g. USD' });
const Amount = Type.Integer({ minimum: 0, description: 'minor units, e.g. 1250000 = 12,500.00' });
const Percent = Type.Number({ description: 'a percentage from 0 to 100, two decimals at most' });
const LocalDateTime = Type.String({
  pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}$',
  description: 'wall-clock time in the buyer’s zone as published, e.g. 2026-10-08T17:00',
});
const Text = (max: number) => Type.String({ minLength: 1, maxLength: max });

export const MoneyIn = Type.Object(
  { amountMinor: Amount, currency: Currency },
  { additionalProperties: false },
);
export const MoneyOut = Type.Object({ amountMinor: Type.Integer(), currency: Type.String() });

const Document = Type.Object(
  { name: Text(200), done: Type.Optional(Type.Boolean({ default: false })) },
  { additionalProperties: false },
);
const Criterion = Type.Object(
  { name: Text(120), weight: Type.Number({ description: 'weights add up to 100' }) },
  { additionalProperties: false },
);
const Competitor = Type.Object(
  {
    name: Text(160),
    amountMinor: Type.Optional(Nullable(Amount)),
    currency: Type.Optional(Nullable(Currency)),
    localPresence: Type.Optional(
      Type.Boolean({ description: 'a branch, plant, partner or joint venture in the country' }),
    ),
    awarded: Type.Optional(Type.Boolean({ description: 'they won the tender' })),
  },
  { additionalProperties: false },
);
const DeclaredLocalContent = Type.Object(
  {
    currency: Currency,
    valueMinor: Type.Integer({ minimum: 0, description: 'the value quoted, local taxes included' }),
    localTaxesMinor: Type.Integer({ minimum: 0, description: 'local indirect taxes in it' }),
    importedMinor: Type.Integer({ minimum: 0, description: 'imported content in it' }),
  },
  { additionalProperties: false },
);

const fields = {
  reference: Text(80),
  title: Text(200),
  country: Type.Optional(
    Type.String({ minLength: 2, maxLength: 2, description: 'default: the buyer’s country' }),
  ),
  issuingBody: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
  submissionDeadline: LocalDateTime,
  deadlineTimeZone: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 64,
      description: 'IANA zone the deadlines are published in; default: the buyer’s zone',
    }),
  ),
  clarificationDeadline: Type.Optional(Nullable(LocalDateTime)),
  bidBond: Type.Optional(Nullable(MoneyIn)),
  requiredDocuments: Type.Optional(Type.Array(Document, { maxItems: 60 })),
  localContent: Type.Optional(
    Type.Object(
      {
        requiredPercent: Type.Optional(Nullable(Percent)),
        notes: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
        declared: Type.Optional(Nullable(DeclaredLocalContent)),
      },
      { additionalProperties: false },
    ),
  ),
  pricePreferencePercent: Type.Optional(Nullable(Percent)),
  requiresLocalPartner: Type.Optional(Type.Boolean()),
  requiresJointVenture: Type.Optional(Type.Boolean()),
  requiresLocalBranch: Type.Optional(Type.Boolean()),
  evaluationCriteria: Type.Optional(Type.Array(Criterion, { maxItems: 30 })),
  bid: Type.Optional(Nullable(MoneyIn)),
  competitors: Type.Optional(Type.Array(Competitor, { maxItems: 40 })),
  result: Type.Optional(Nullable(OneOf(TENDER_RESULTS))),
  resultDate: Type.Optional(Nullable(Type.String({ format: 'date' }))),
  resultNote: Type.Optional(Nullable(Type.String({ maxLength: 4000 }))),
  reasonIds: Type.Optional(Type.Array(Type.String({ maxLength: 64 }), { maxItems: 20 })),
  reminderBusinessDays: Type.Optional(
    Type.Integer({
      minimum: 0,
      maximum: 30,
      description: 'remind this many home-office business days before each deadline (default 5)',
    }),
  ),
};

export const TenderBody = Type.Object(
  { customerId: Type.String({ maxLength: 64 }), ...fields },
  { additionalProperties: false },
);
export type TenderBody = Static<typeof TenderBody>;

export const TenderPatch = Type.Partial(Type.Object(fields), {
  additionalProperties: false,
  minProperties: 1,
});
export type TenderPatch = Static<typeof TenderPatch>;

const Moment = Type.Object({
  timeZone: Type.String(),
  date: Type.String(),
  time: Type.String(),
  offsetMinutes: Type.Integer(),
});
export const DeadlineOut = Type.Object({
  at: Type.String({ description: 'the instant, UTC' }),
  buyer: Moment,
  viewer: Moment,
  home: Moment,
  passed: Type.Boolean(),
  calendarDaysLeft: Type.Integer(),
  businessDaysLeft: Type.Integer({
    description: 'home-office business days from today up to the deadline’s date',
  }),
});
export type DeadlineOut = Static<typeof DeadlineOut>;

const Names = Type.Object({ en: Type.String(), zh: Type.String() });
export const ReasonOut = Type.Object({
  id: Type.String(),
  code: Nullable(Type.String()),
  name: Names,
  active: Type.Boolean(),
  position: Type.Integer(),
});
export type ReasonOut = Static<typeof ReasonOut>;

export const TenderOut = Type.Object({
  id: Type.String(),
  customerId: Type.String(),
  customerName: Type.String(),
  ownerId: Type.String(),
  reference: Type.String(),
  title: Type.String(),
  country: Type.String(),
  issuingBody: Nullable(Type.String()),
  status: OneOf(TENDER_STATUSES),
  deadlineTimeZone: Type.String(),
  submissionDeadline: Type.String({ description: 'local wall-clock time in deadlineTimeZone' }),
  clarificationDeadline: Nullable(Type.String()),
  deadline: DeadlineOut,
  clarification: Nullable(DeadlineOut),
  homeCountry: Type.String(),
  bidBond: Nullable(MoneyOut),
  requiredDocuments: Type.Array(Type.Object({ name: Type.String(), done: Type.Boolean() })),
  localContent: Type.Object({
    requiredPercent: Nullable(Type.Number()),
    notes: Nullable(Type.String()),
    declared: Nullable(
      Type.Object({
        currency: Type.String(),
        valueMinor: Type.Integer(),
        localTaxesMinor: Type.Integer(),
        importedMinor: Type.Integer(),
        baseMinor: Type.Integer({ description: 'value without local indirect taxes' }),
        percent: Type.Number({ description: 'rounded down to two decimals' }),
        class: Nullable(Type.Object({ code: Type.String(), name: Names })),
        rule: Nullable(Type.Object({ name: Names, source: Type.String() })),
        meetsRequirement: Nullable(Type.Boolean()),
      }),
    ),
  }),
  pricePreferencePercent: Nullable(Type.Number()),
  requiresLocalPartner: Type.Boolean(),
  requiresJointVenture: Type.Boolean(),
  requiresLocalBranch: Type.Boolean(),
  evaluationCriteria: Type.Array(Type.Object({ name: Type.String(), weight: Type.Number() })),
  bid: Nullable(MoneyOut),
  competitors: Type.Array(
    Type.Object({
      name: Type.String(),
      amountMinor: Nullable(Type.Integer()),
      currency: Nullable(Type.String()),
      localPresence: Type.Boolean(),
      awarded: Type.Boolean(),
    }),
  ),
  result: Nullable(OneOf(TENDER_RESULTS)),
  resultDate: Nullable(Type.String()),
  resultNote: Nullable(Type.String()),
  reasons: Type.Array(ReasonOut),
  reminderBusinessDays: Type.Integer(),
  reminders: Type.Array(
    Type.Object({
      kind: OneOf(['submission', 'clarification'] as const),
      followUpId: Type.String(),
      dueDate: Type.String(),
      status: Type.String(),
    }),
  ),
  warnings: Type.Array(
    OneOf(['deadline_passed'] as const, {
      description: 'deadline_passed: the deadline is past and no result is recorded',
    }),
  ),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});
export type TenderOut = Static<typeof TenderOut>;

export const TenderListQuery = Type.Object(
  {
    status: Type.Optional(OneOf(TENDER_STATUSES)),
    result: Type.Optional(OneOf(TENDER_RESULTS)),
    country: Type.Optional(Type.String({ minLength: 2, maxLength: 2 })),
    customerId: Type.Optional(Type.String({ maxLength: 64 })),
    deadlineFrom: Type.Optional(
      Type.String({ format: 'date', description: 'a date in the home office’s clock' }),
    ),
    deadlineTo: Type.Optional(Type.String({ format: 'date' })),
    order: Type.Optional(OneOf(['asc', 'desc'] as const, { description: 'by deadline' })),
    timeZone: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    cursor: Type.Optional(Type.String({ maxLength: 120 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  },
  { additionalProperties: false },
);
export type TenderListQuery = Static<typeof TenderListQuery>;

export const ReasonBody = Type.Object(
  { nameEn: Text(80), nameZh: Text(80) },
  { additionalProperties: false },
);
export type ReasonBody = Static<typeof ReasonBody>;

export const ReasonPatch = Type.Object(
  {
    nameEn: Type.Optional(Text(80)),
    nameZh: Type.Optional(Text(80)),
    active: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type ReasonPatch = Static<typeof ReasonPatch>;
