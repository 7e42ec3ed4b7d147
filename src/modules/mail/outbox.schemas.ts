import { Type, type Static } from '@sinclair/typebox';
import { OUTBOX_STATUSES, SEND_AT_MODES } from '../../domain/mail/mail-vocabulary.ts';
import { Nullable, OneOf } from '../../http/schema-helpers.ts';
import { LanguageReason } from '../templates/templates.schemas.ts';

const Id = Type.String({ minLength: 1, maxLength: 64 });

export const ComposeBody = Type.Object(
  {
    mailboxId: Type.Optional(
      Type.String({ ...Id, description: 'one of your mailboxes with SMTP; default the first' }),
    ),
    contactId: Id,
    templateId: Type.Optional(
      Type.String({
        ...Id,
        description: 'rendered in the contact’s language; subject and body, when given, win',
      }),
    ),
    subject: Type.Optional(Type.String({ minLength: 1, maxLength: 998 })),
    body: Type.Optional(Type.String({ minLength: 1, maxLength: 100_000 })),
    sendAt: Type.Optional(
      Type.String({
        maxLength: 40,
        description:
          'now (default), local-morning (the contact’s next business morning) or an ISO instant with its offset',
      }),
    ),
    replyToMessageId: Type.Optional(
      Type.String({ ...Id, description: 'a synced message this answers (threading headers)' }),
    ),
    quoteId: Type.Optional(
      Type.String({
        ...Id,
        description:
          'a quote of the contact’s customer: its PDF is attached, and its merge fields fill the template',
      }),
    ),
    dealId: Type.Optional(
      Type.String({
        ...Id,
        description:
          'the deal it is written from (one you may see, of the contact’s customer): its merge fields fill the template, and the mail is listed on the deal',
      }),
    ),
    ticketId: Type.Optional(
      Type.String({
        ...Id,
        description:
          'the ticket it is written from (one you may see, of the contact’s customer): its merge fields fill the template, and the mail is listed on the ticket',
      }),
    ),
  },
  { additionalProperties: false },
);
export type ComposeBody = Static<typeof ComposeBody>;

export const Outgoing = Type.Object(
  {
    status: OneOf(OUTBOX_STATUSES),
    sendAt: OneOf(SEND_AT_MODES, { description: 'what the sender asked for' }),
    plannedAt: Type.String({ description: 'the instant it is (or was) to be sent' }),
    timeZone: Nullable(Type.String({ description: 'the recipient’s zone, for their local time' })),
    plannedLocal: Nullable(
      Type.String({ description: 'plannedAt on the recipient’s clock, YYYY-MM-DD HH:MM' }),
    ),
    templateId: Nullable(Type.String()),
    quoteId: Nullable(Type.String({ description: 'the quote whose PDF is attached' })),
    language: Nullable(Type.String({ description: 'the template variant sent' })),
    languageReason: Nullable(LanguageReason),
    attempts: Type.Integer(),
    error: Nullable(Type.Object({ code: Type.String(), detail: Type.String() })),
    sentAt: Nullable(Type.String()),
    cancelledAt: Nullable(Type.String()),
  },
  { description: 'your own outgoing message: null for synced mail' },
);
export type Outgoing = Static<typeof Outgoing>;
