import { Type, type Static } from '@sinclair/typebox';
import { SUMMARY_GROUPS as GROUPS } from '../../domain/service/feedback.ts';
import { SURVEY_KINDS } from '../../domain/service/survey-labels.ts';
import { SURVEY_MAIL_STATUSES } from '../../db/schema.ts';
import { Nullable, OneOf } from '../../http/schema-helpers.ts';

const Id = Type.String({ maxLength: 64 });

// ---- public survey page ----

export const TokenParams = Type.Object({ token: Type.String({ minLength: 1, maxLength: 120 }) });

const Labels = Type.Object({
  csatQuestion: Type.String(),
  npsQuestion: Type.String(),
  low: Type.String(),
  high: Type.String(),
  csatComment: Type.String(),
  npsComment: Type.String(),
  request: Type.String(),
  submit: Type.String(),
  thanks: Type.String(),
  changeUntil: Type.String(),
  closed: Type.String(),
});

export const PublicSurveyOut = Type.Object({
  kind: OneOf(SURVEY_KINDS, { description: 'csat: 1–5 about one ticket; nps: 0–10' }),
  language: Type.String({ description: 'the language the page is written in' }),
  rtl: Type.Boolean({ description: 'written right to left (Arabic)' }),
  labels: Labels,
  scale: Type.Object({ min: Type.Integer(), max: Type.Integer() }),
  subject: Nullable(Type.String({ description: 'CSAT: the ticket’s subject; NPS: null' })),
  answer: Nullable(
    Type.Object({
      score: Type.Integer(),
      comment: Nullable(Type.String()),
      answeredAt: Type.String(),
      changeableUntil: Type.String({ description: 'seven days after the first answer' }),
      locked: Type.Boolean(),
    }),
  ),
});
export type PublicSurveyOut = Static<typeof PublicSurveyOut>;

export const PublicAnswerBody = Type.Object(
  {
    score: Type.Integer({ minimum: 0, maximum: 10, description: 'CSAT 1–5, NPS 0–10' }),
    comment: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
    language: Type.Optional(
      Type.String({ maxLength: 35, description: 'the language the comment is written in' }),
    ),
  },
  { additionalProperties: false },
);
export type PublicAnswerBody = Static<typeof PublicAnswerBody>;

// ---- NPS rounds ----

export const RoundBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 120 }),
    segmentId: Id,
    sendTime: Type.String({ maxLength: 5, description: 'local HH:MM on each customer’s clock' }),
    productId: Type.Optional(
      Nullable(
        Type.String({
          maxLength: 64,
          description:
            'the product the round asks about: its answers are counted per product in the summary (groupBy=product)',
        }),
      ),
    ),
  },
  { additionalProperties: false },
);
export type RoundBody = Static<typeof RoundBody>;

const MailStatus = OneOf(SURVEY_MAIL_STATUSES, {
  description: 'the link’s mail: queued, sent or failed; null: not mailed (no SMTP account chosen)',
});

const Nps = Type.Object({
  answers: Type.Integer(),
  promoters: Type.Integer(),
  passives: Type.Integer(),
  detractors: Type.Integer(),
  nps: Nullable(Type.Integer({ description: 'null under the minimum count' })),
});
const Csat = Type.Object({
  answers: Type.Integer(),
  average: Nullable(Type.Number({ description: 'mean of 1–5; null under the minimum count' })),
  satisfiedPercent: Nullable(Type.Integer({ description: 'share of 4 and 5' })),
});

export const RoundOut = Type.Object({
  id: Type.String(),
  name: Type.String(),
  segmentId: Type.String(),
  segmentName: Type.String(),
  sendTime: Type.String(),
  planned: Type.Integer({ description: 'surveys planned, one per primary contact' }),
  skipped: Type.Integer({ description: 'customers without a contact to ask' }),
  firstPlannedAt: Nullable(Type.String()),
  lastPlannedAt: Nullable(Type.String()),
  answered: Type.Integer(),
  figure: Type.Object({ ...Nps.properties }, { description: 'answers in the caller’s scope' }),
  productId: Nullable(Type.String()),
  productName: Nullable(
    Type.String({ description: 'the product’s SKU when the round was planned' }),
  ),
  mail: Type.Object(
    {
      queued: Type.Integer(),
      sent: Type.Integer(),
      failed: Type.Integer(),
      notMailed: Type.Integer({ description: 'planned without an SMTP account: not mailed' }),
    },
    { description: 'the round’s survey mails (all of them, whoever reads)' },
  ),
  createdAt: Type.String(),
});
export type RoundOut = Static<typeof RoundOut>;

export const RoundSurveyOut = Type.Object({
  id: Type.String(),
  customerId: Type.String(),
  customerName: Type.String(),
  country: Type.String(),
  contactId: Nullable(Type.String()),
  language: Type.String(),
  plannedAt: Type.String({ description: 'when the link is to be sent (UTC)' }),
  plannedLocal: Type.String({ description: 'that instant on the customer’s clock' }),
  timeZone: Type.String(),
  link: Type.String({ description: 'the public survey page (prefix the app’s address)' }),
  score: Nullable(Type.Integer()),
  mailStatus: Nullable(MailStatus),
  mailError: Nullable(Type.String({ description: 'why the mail failed (a stable code)' })),
  mailedAt: Nullable(Type.String()),
});

export const RoundDetailOut = Type.Object({
  ...RoundOut.properties,
  surveys: Type.Array(RoundSurveyOut, { description: 'the first 200 in the caller’s scope' }),
});

// ---- summary ----

export const SummaryQuery = Type.Object(
  {
    groupBy: Type.Optional(OneOf(GROUPS, { description: 'default country' })),
    from: Type.Optional(Type.String({ format: 'date', description: 'first day (UTC), inclusive' })),
    to: Type.Optional(Type.String({ format: 'date', description: 'last day (UTC), inclusive' })),
    minAnswers: Type.Optional(
      Type.Integer({ minimum: 1, maximum: 1000, description: 'default 5' }),
    ),
  },
  { additionalProperties: false },
);
export type SummaryQuery = Static<typeof SummaryQuery>;

const Group = Type.Object({
  key: Type.String({
    description: 'country code, tier, owner id, YYYY-MM or product id (empty: no product)',
  }),
  label: Type.String({ description: 'the owner’s name, the product’s SKU; otherwise the key' }),
  nps: Nps,
  csat: Csat,
});

export const SummaryOut = Type.Object({
  groupBy: OneOf(GROUPS),
  minAnswers: Type.Integer(),
  from: Nullable(Type.String()),
  to: Nullable(Type.String()),
  items: Type.Array(Group),
  total: Type.Object({ nps: Nps, csat: Csat }),
});
export type SummaryOut = Static<typeof SummaryOut>;

// ---- a ticket's CSAT ----

export const TicketCsatOut = Type.Object({
  survey: Nullable(
    Type.Object({
      id: Type.String(),
      language: Type.String(),
      plannedAt: Type.String(),
      link: Type.String(),
      mailStatus: Nullable(MailStatus),
      mailError: Nullable(Type.String()),
      mailedAt: Nullable(Type.String()),
      answer: Nullable(
        Type.Object({
          score: Type.Integer(),
          comment: Nullable(Type.String()),
          language: Type.String({ description: 'the comment’s language, shown beside it' }),
          answeredAt: Type.String(),
          changeableUntil: Type.String(),
        }),
      ),
    }),
  ),
});
export type TicketCsatOut = Static<typeof TicketCsatOut>;

// ---- service settings ----

export const ServiceSettingsBody = Type.Object(
  {
    surveySmtpAccountId: Nullable(
      Type.String({
        maxLength: 64,
        description:
          'the workspace SMTP account survey links are mailed through (Admin → SMTP accounts); null: links are not mailed',
      }),
    ),
  },
  { additionalProperties: false },
);
export type ServiceSettingsBody = Static<typeof ServiceSettingsBody>;

export const ServiceSettingsOut = Type.Object({
  surveySmtpAccountId: Nullable(Type.String()),
  surveyAccount: Nullable(
    Type.Object({
      id: Type.String(),
      name: Type.String(),
      address: Type.String(),
      failing: Type.Boolean({ description: 'its last test or send failed' }),
    }),
  ),
  surveyMail: OneOf(['on', 'off', 'account_gone'] as const, {
    description:
      'on: new surveys are mailed; off: no account chosen, nothing is mailed; account_gone: the chosen account was deleted, nothing is mailed',
  }),
});
export type ServiceSettingsOut = Static<typeof ServiceSettingsOut>;
