import { Type, type Static } from '@sinclair/typebox';
import { Nullable } from '../../http/schema-helpers.ts';

export const SendInvitationsBody = Type.Object(
  {
    invitationIds: Type.Optional(
      Type.Array(Type.String({ maxLength: 64 }), {
        minItems: 1,
        maxItems: 2000,
        description: 'left out: every invitation you can see not mailed yet and not declined',
      }),
    ),
    mailboxId: Type.Optional(
      Type.String({
        maxLength: 64,
        description: 'one of your own mailboxes; left out: the event owner’s first that can send',
      }),
    ),
    templateId: Type.Optional(
      Type.String({
        maxLength: 64,
        description:
          'a workspace template for the invitation (each variant must use {rsvpLink}); left out: the built-in text in the invitee’s language. Reminders use the built-in text.',
      }),
    ),
  },
  { additionalProperties: false },
);
export type SendInvitationsBody = Static<typeof SendInvitationsBody>;

export const SentInvitationsOut = Type.Object({
  queued: Type.Integer({ description: 'invitation mails queued, each with its reminder' }),
  skipped: Type.Array(
    Type.Object({
      invitationId: Type.String(),
      reason: Type.Union([Type.Literal('contact_no_email'), Type.Literal('queued')]),
    }),
  ),
  mailboxId: Type.String(),
});

/** Where an invitation's mails stand (null: never mailed). */
export const InvitationMailOut = Nullable(
  Type.Object({
    status: Type.String({ description: 'queued, sent or failed' }),
    sentAt: Nullable(Type.String()),
    reminderStatus: Nullable(
      Type.String({ description: 'queued, sent, skipped (declined or checked in) or failed' }),
    ),
    reminderSentAt: Nullable(Type.String()),
    error: Nullable(Type.String({ description: 'the last failure’s code' })),
  }),
);
