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
] as const;
export type MailProblem = (typeof MAIL_PROBLEMS)[number];
