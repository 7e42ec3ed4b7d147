import { Type, type Static } from '@sinclair/typebox';
import { DIRECTIONS } from '../../domain/enums.ts';
import { OUTBOX_STATUSES } from '../../domain/mail/mail-vocabulary.ts';
import { Nullable, OneOf } from '../../http/schema-helpers.ts';
import { Outgoing } from './outbox.schemas.ts';

const Party = Type.Object({ address: Type.String(), name: Nullable(Type.String()) });

export const MessageQuery = Type.Object(
  {
    customerId: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 64,
        description: 'one customer’s mail; else all you may see',
      }),
    ),
    dealId: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 64,
        description:
          'the mail written from this deal and the replies in its threads (a deal you may see, else 404)',
      }),
    ),
    ticketId: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 64,
        description:
          'the mail written from this ticket and the replies in its threads (a ticket you may see, else 404)',
      }),
    ),
    status: Type.Optional(
      OneOf([...OUTBOX_STATUSES, 'all'] as const, {
        description:
          'your outbox instead of synced mail: your outgoing messages with this status (all: every status)',
      }),
    ),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
  },
  { additionalProperties: false },
);
export type MessageQuery = Static<typeof MessageQuery>;

export const MessageOut = Type.Object({
  id: Type.String(),
  mailboxId: Type.String(),
  threadId: Type.String({ description: 'the Message-ID of the thread’s first message' }),
  direction: OneOf(DIRECTIONS),
  customerId: Type.String(),
  customerName: Type.String(),
  contactId: Nullable(Type.String()),
  dealId: Nullable(Type.String({ description: 'the deal it was written from (sent by Chuhai)' })),
  ticketId: Nullable(
    Type.String({ description: 'the ticket it was written from (sent by Chuhai)' }),
  ),
  suggestedContact: Nullable(
    Type.String({
      description:
        'an address at the customer’s domain that is no contact yet (inbound mail matched by domain): add it as a contact?',
    }),
  ),
  from: Party,
  to: Type.Array(Party),
  cc: Type.Array(Party),
  subject: Type.String(),
  sentAt: Type.String(),
  access: Type.Union([Type.Literal('full'), Type.Literal('metadata')], {
    description:
      'metadata: the mailbox’s owner shares only subject, people and time; body and attachments are null',
  }),
  body: Nullable(Type.String()),
  outgoing: Nullable(Outgoing),
  attachments: Nullable(
    Type.Array(
      Type.Object({
        filename: Nullable(Type.String()),
        contentType: Type.String(),
        size: Type.Integer(),
      }),
    ),
  ),
});
export type MessageOut = Static<typeof MessageOut>;
