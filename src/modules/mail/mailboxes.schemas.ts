import { Type, type Static } from '@sinclair/typebox';
import { MAIL_SHARING, MAIL_TLS } from '../../domain/mail/mail-vocabulary.ts';
import { Nullable, OneOf } from '../../http/schema-helpers.ts';

const Host = Type.String({ minLength: 1, maxLength: 253, description: 'e.g. imap.example.com' });
const Port = Type.Integer({ minimum: 1, maximum: 65535 });
const Tls = OneOf(MAIL_TLS, { description: 'tls: implicit TLS (993/465); starttls; none' });
const Username = Type.String({ minLength: 1, maxLength: 320 });
const Password = Type.String({
  minLength: 1,
  maxLength: 1000,
  description: 'password or app password; stored encrypted, never returned',
});

const fields = {
  address: Type.String({ format: 'email', maxLength: 320, description: 'the mailbox’s address' }),
  imapHost: Host,
  imapPort: Port,
  imapTls: Tls,
  imapUsername: Username,
  imapPassword: Password,
  smtpHost: Type.Optional(Nullable(Host)),
  smtpPort: Type.Optional(Nullable(Port)),
  smtpTls: Type.Optional(Nullable(Tls)),
  smtpUsername: Type.Optional(Nullable(Username)),
  smtpPassword: Type.Optional(Nullable(Password)),
  sharing: Type.Optional(
    OneOf(MAIL_SHARING, {
      description:
        'what colleagues who may see the customer see: metadata (subject, people, time) or full content',
    }),
  ),
  syncSince: Type.String({ format: 'date', description: 'fetch mail from this date on' }),
  folders: Type.Optional(
    Type.Array(Type.String({ minLength: 1, maxLength: 500 }), {
      maxItems: 50,
      description:
        'folders to sync besides INBOX and Sent (paths as the server lists them: POST /mailboxes/{id}/test answers serverFolders)',
    }),
  ),
};

export const MailboxBody = Type.Object(fields, { additionalProperties: false });
export type MailboxBody = Static<typeof MailboxBody>;

export const MailboxPatch = Type.Partial(Type.Object(fields), {
  additionalProperties: false,
  minProperties: 1,
});
export type MailboxPatch = Static<typeof MailboxPatch>;

export const MailboxOut = Type.Object({
  id: Type.String(),
  address: Type.String(),
  imapHost: Type.String(),
  imapPort: Type.Integer(),
  imapTls: OneOf(MAIL_TLS),
  imapUsername: Type.String(),
  smtpHost: Nullable(Type.String()),
  smtpPort: Nullable(Type.Integer()),
  smtpTls: Nullable(OneOf(MAIL_TLS)),
  smtpUsername: Nullable(Type.String()),
  hasSmtpPassword: Type.Boolean(),
  sharing: OneOf(MAIL_SHARING),
  syncSince: Type.String(),
  status: Type.String({ description: 'new, syncing, ok or error' }),
  lastError: Nullable(Type.Object({ code: Type.String(), detail: Type.String() })),
  smtpError: Nullable(
    Type.Object(
      { code: Type.String(), detail: Type.String() },
      { description: 'the last SMTP test or send that failed; null once one succeeds' },
    ),
  ),
  lastSyncAt: Nullable(Type.String()),
  lastSyncStored: Type.Integer({ description: 'messages stored by the last sync' }),
  lastSyncSkipped: Type.Integer({
    description: 'messages the last sync counted but did not store (no customer matched)',
  }),
  folders: Type.Array(Type.String(), {
    description: 'the folders chosen to sync besides INBOX and Sent',
  }),
  createdAt: Type.String(),
});
export type MailboxOut = Static<typeof MailboxOut>;

export const MailboxTestOut = Type.Object({
  ok: Type.Literal(true),
  folders: Type.Array(Type.String(), { description: 'the folders a sync reads' }),
  serverFolders: Type.Array(
    Type.Object({
      path: Type.String(),
      name: Type.String(),
      specialUse: Nullable(Type.String({ description: 'RFC 6154, e.g. \\Sent, \\Junk' })),
      always: Type.Boolean({ description: 'INBOX and Sent: always synced' }),
      chosen: Type.Boolean({ description: 'chosen to sync besides INBOX and Sent' }),
    }),
    { description: 'every folder the server lists (IMAP LIST), to choose more to sync' },
  ),
  smtp: OneOf(['ok', 'not_configured'] as const, {
    description: 'ok: the SMTP server accepted the login; not_configured: the mailbox cannot send',
  }),
});
export type MailboxTestOut = Static<typeof MailboxTestOut>;

export const SyncOut = Type.Object({
  jobId: Nullable(
    Type.String({ description: 'null when a sync of this mailbox is already queued' }),
  ),
});
