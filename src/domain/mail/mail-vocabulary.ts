/** How a mail connection is secured: implicit TLS, STARTTLS upgrade, or plain (local servers). */
export const MAIL_TLS = ['tls', 'starttls', 'none'] as const;
export type MailTls = (typeof MAIL_TLS)[number];

/** What colleagues who may see the customer see of a mailbox's mail; the owner sees all. */
export const MAIL_SHARING = ['metadata', 'full'] as const;
export type MailSharing = (typeof MAIL_SHARING)[number];

/** Stable codes for a failed connection or sync, recorded on the mailbox and shown translated. */
export const MAIL_PROBLEMS = [
  'mail_auth_failed',
  'mail_tls_failed',
  'mail_host_not_found',
  'mail_host_unreachable',
  'mail_timeout',
  'mail_protocol_error',
  // a host that resolves to a private, loopback or link-local address (CHUHAI_MAIL_ALLOW_PRIVATE_HOSTS)
  'mail_host_private',
] as const;
export type MailProblem = (typeof MAIL_PROBLEMS)[number];

/** An outgoing message's life: scheduled → sending → sent | failed; cancelled while scheduled. */
export const OUTBOX_STATUSES = ['scheduled', 'sending', 'sent', 'failed', 'cancelled'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/** When to send: at once, at the recipient's next business morning, or at a chosen instant. */
export const SEND_AT_MODES = ['now', 'local-morning', 'instant'] as const;
export type SendAtMode = (typeof SEND_AT_MODES)[number];
