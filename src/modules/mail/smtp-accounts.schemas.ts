import { Type, type Static } from '@sinclair/typebox';
import { MAIL_TLS } from '../../domain/mail/mail-vocabulary.ts';
import { Nullable, OneOf } from '../../http/schema-helpers.ts';

const fields = {
  name: Type.String({ minLength: 1, maxLength: 200, description: 'e.g. "Marketing relay"' }),
  address: Type.String({ format: 'email', maxLength: 320, description: 'the From address' }),
  fromName: Type.Optional(
    Nullable(Type.String({ maxLength: 200, description: 'the From name, e.g. the company' })),
  ),
  smtpHost: Type.String({ minLength: 1, maxLength: 253, description: 'e.g. smtp.example.com' }),
  smtpPort: Type.Integer({ minimum: 1, maximum: 65535 }),
  smtpTls: OneOf(MAIL_TLS, { description: 'tls: implicit TLS (465); starttls (587); none' }),
  smtpUsername: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 320 }))),
  smtpPassword: Type.Optional(
    Nullable(
      Type.String({
        minLength: 1,
        maxLength: 1000,
        description: 'password or app password; stored encrypted, never returned',
      }),
    ),
  ),
  // The return-path mailbox (0089): where bounces of the account's campaigns arrive, read over
  // IMAP for delivery status notifications only. All five, or none (imapHost null removes it).
  imapHost: Type.Optional(
    Nullable(
      Type.String({
        minLength: 1,
        maxLength: 253,
        description: 'IMAP server of the return-path mailbox (bounces), e.g. imap.example.com',
      }),
    ),
  ),
  imapPort: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 65535 }))),
  imapTls: Type.Optional(Nullable(OneOf(MAIL_TLS))),
  imapUsername: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 320 }))),
  imapPassword: Type.Optional(
    Nullable(
      Type.String({
        minLength: 1,
        maxLength: 1000,
        description: 'the return-path mailbox’s password; stored encrypted, never returned',
      }),
    ),
  ),
};

export const SmtpAccountBody = Type.Object(fields, { additionalProperties: false });
export type SmtpAccountBody = Static<typeof SmtpAccountBody>;

export const SmtpAccountPatch = Type.Partial(Type.Object(fields), {
  additionalProperties: false,
  minProperties: 1,
});
export type SmtpAccountPatch = Static<typeof SmtpAccountPatch>;

export const SmtpAccountOut = Type.Object({
  id: Type.String(),
  name: Type.String(),
  address: Type.String(),
  fromName: Nullable(Type.String()),
  smtpHost: Type.String(),
  smtpPort: Type.Integer(),
  smtpTls: OneOf(MAIL_TLS),
  smtpUsername: Nullable(Type.String()),
  hasPassword: Type.Boolean(),
  lastError: Nullable(
    Type.Object(
      { code: Type.String(), detail: Type.String() },
      { description: 'the last test or campaign send that failed; null once one succeeds' },
    ),
  ),
  testedAt: Nullable(Type.String({ description: 'the last successful connection test' })),
  imapHost: Nullable(Type.String({ description: 'the return-path mailbox, null when none' })),
  imapPort: Nullable(Type.Integer()),
  imapTls: Nullable(OneOf(MAIL_TLS)),
  imapUsername: Nullable(Type.String()),
  hasImapPassword: Type.Boolean(),
  bounceSync: Nullable(
    Type.Object(
      {
        status: Type.String({ description: 'syncing, ok or error' }),
        lastError: Nullable(Type.Object({ code: Type.String(), detail: Type.String() })),
        syncedAt: Nullable(Type.String({ description: 'the last bounce sync that succeeded' })),
        reports: Type.Integer({ description: 'bounces the last sync applied to campaigns' }),
      },
      { description: 'the return-path mailbox’s last bounce sync; null before the first' },
    ),
  ),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});
export type SmtpAccountOut = Static<typeof SmtpAccountOut>;

export const SmtpAccountTestOut = Type.Object({
  ok: Type.Literal(true),
  imap: OneOf(['ok', 'not_configured'] as const, {
    description: 'ok: the return-path mailbox accepted the login; not_configured: there is none',
  }),
});
export type SmtpAccountTestOut = Static<typeof SmtpAccountTestOut>;

export const BounceSyncOut = Type.Object({
  jobId: Nullable(Type.String({ description: 'null when a bounce sync is already queued' })),
});
