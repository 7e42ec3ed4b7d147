import { Type, type Static } from '@sinclair/typebox';
import {
  CAMPAIGN_RECIPIENT_STATUSES,
  CAMPAIGN_STATUSES,
} from '../../domain/communication/campaign-vocabulary.ts';
import { Nullable, OneOf } from '../../http/schema-helpers.ts';

const Id = Type.String({ minLength: 1, maxLength: 64 });

export const ScheduleSpec = Type.Object(
  {
    mode: OneOf(['now', 'local'] as const),
    weekday: Type.Optional(
      Nullable(
        Type.Integer({
          minimum: 1,
          maximum: 7,
          description: 'ISO weekday at each recipient (1 Monday … 7 Sunday); null: the first day',
        }),
      ),
    ),
    time: Type.Optional(
      Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$', description: 'local HH:MM' }),
    ),
  },
  { additionalProperties: false },
);

export const CampaignBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    segmentId: Id,
    templateId: Id,
    mailboxId: Type.Optional(
      Nullable(Type.String({ ...Id, description: 'one of your own mailboxes with SMTP' })),
    ),
    smtpAccountId: Type.Optional(
      Nullable(
        Type.String({
          ...Id,
          description: 'a workspace SMTP account (GET /smtp-accounts), instead of a mailbox',
        }),
      ),
    ),
    schedule: ScheduleSpec,
    perMinute: Type.Optional(
      Type.Integer({ minimum: 1, maximum: 600, description: 'messages per minute (default 30)' }),
    ),
  },
  { additionalProperties: false },
);
export type CampaignBody = Static<typeof CampaignBody>;
export const CampaignPatchBody = Type.Partial(CampaignBody, { additionalProperties: false });
export type CampaignPatchBody = Static<typeof CampaignPatchBody>;

export const CampaignOut = Type.Object({
  id: Type.String(),
  name: Type.String(),
  segmentId: Type.String(),
  templateId: Type.String(),
  mailboxId: Nullable(Type.String({ description: 'the sender when it is a mailbox' })),
  smtpAccountId: Nullable(
    Type.String({ description: 'the sender when it is a workspace SMTP account' }),
  ),
  ownerId: Type.String(),
  schedule: Type.Object({
    mode: OneOf(['now', 'local'] as const),
    weekday: Nullable(Type.Integer()),
    time: Nullable(Type.String()),
  }),
  perMinute: Type.Integer(),
  status: OneOf(CAMPAIGN_STATUSES),
  recipients: Type.Integer(),
  approvalThreshold: Type.Integer(),
  approvedBy: Nullable(Type.String()),
  approvedAt: Nullable(Type.String()),
  scheduledAt: Nullable(Type.String()),
  finishedAt: Nullable(Type.String()),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});
export type CampaignOut = Static<typeof CampaignOut>;

export const CampaignList = Type.Object({ items: Type.Array(CampaignOut) });

const Counts = Type.Object({
  total: Type.Integer(),
  queued: Type.Integer(),
  sent: Type.Integer(),
  failed: Type.Integer(),
  bounced: Type.Integer({
    description:
      'came back in a delivery report: refused for good, or still soft after the retries',
  }),
  skippedUnsubscribed: Type.Integer(),
  skippedNoEmail: Type.Integer(),
  skippedBounced: Type.Integer({ description: 'not sent: the address bounced for good before' }),
  unsubscribed: Type.Integer({ description: 'unsubscribed through this campaign’s link' }),
  replied: Type.Integer({ description: 'a synced inbound reply in the thread the mail started' }),
});
export type Counts = Static<typeof Counts>;

export const ResultsOut = Type.Object({
  campaignId: Type.String(),
  status: OneOf(CAMPAIGN_STATUSES),
  totals: Counts,
  byCountry: Type.Array(Type.Composite([Type.Object({ country: Type.String() }), Counts])),
  recipientStatuses: Type.Array(OneOf(CAMPAIGN_RECIPIENT_STATUSES)),
});
export type ResultsOut = Static<typeof ResultsOut>;

export const TestSendOut = Type.Object({
  to: Type.String(),
  language: Type.String(),
  subject: Type.String(),
});

export const CampaignSettings = Type.Object(
  { approvalThreshold: Type.Integer({ minimum: 0, maximum: 100_000_000 }) },
  { additionalProperties: false },
);
export type CampaignSettings = Static<typeof CampaignSettings>;

export const TokenParams = Type.Object({ token: Type.String({ maxLength: 200 }) });

export const UnsubscribeOut = Type.Object({
  language: Type.String(),
  dir: OneOf(['ltr', 'rtl'] as const),
  labels: Type.Object({
    footer: Type.String(),
    title: Type.String(),
    question: Type.String(),
    confirm: Type.String(),
    done: Type.String(),
  }),
  unsubscribed: Type.Boolean(),
});
export type UnsubscribeOut = Static<typeof UnsubscribeOut>;
