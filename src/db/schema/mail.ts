import type { ColumnType, Insertable, Selectable } from 'kysely';
import type {
  MailSharing,
  MailTls,
  OutboxStatus,
  SendAtMode,
} from '../../domain/mail/mail-vocabulary.ts';
import type { Direction } from '../../domain/enums.ts';

// Mailboxes (0034) and synced messages (0035).

export interface MailboxTable {
  workspace_id: string;
  id: string;
  owner_id: string;
  address: string;
  imap_host: string;
  imap_port: number;
  imap_tls: MailTls;
  imap_username: string;
  /** AES-256-GCM box of the password (never returned, never logged) */
  imap_secret: string;
  smtp_host: string | null;
  smtp_port: number | null;
  smtp_tls: MailTls | null;
  smtp_username: string | null;
  smtp_secret: string | null;
  sharing: MailSharing;
  /** YYYY-MM-DD: mail older than this is not fetched */
  sync_since: string;
  /** new | ok | error | syncing */
  status: string;
  last_error_code: string | null;
  last_error_detail: string | null;
  last_sync_at: string | null;
  last_sync_stored: number;
  last_sync_skipped: number;
  /** the SMTP side's last problem (0043), apart from the sync's */
  smtp_error_code: string | null;
  smtp_error_detail: string | null;
  created_at: string;
  updated_at: string;
  /** JSON: folder paths synced besides INBOX and Sent, chosen by the owner (0089) */
  sync_folders: ColumnType<string, string | undefined, string>;
}

export interface MailboxFolderTable {
  workspace_id: string;
  mailbox_id: string;
  folder: string;
  uidvalidity: string;
  last_uid: number;
  updated_at: string;
}

export interface MailMessageTable {
  workspace_id: string;
  id: string;
  mailbox_id: string;
  folder: string;
  uidvalidity: string;
  uid: number;
  message_id: string | null;
  thread_id: string;
  in_reply_to: string | null;
  direction: Direction;
  customer_id: string;
  contact_id: string | null;
  /** how the customer was found: a contact's address, or the customer's web domain */
  matched_by: 'email' | 'domain';
  from_address: string;
  from_name: string | null;
  /** JSON: [{ address, name }] */
  to_addresses: string;
  cc_addresses: string;
  subject: string;
  sent_at: string;
  body_text: string;
  /** JSON: [{ filename, contentType, size }] */
  attachments: string;
  activity_id: string | null;
  created_at: string;
  /** the follow-up opened because this inbound message went unanswered (0062) */
  follow_up_id: ColumnType<string | null, string | null | undefined, string | null>;
  /** null (not due, or answered in time), `opened`, or `answered` (closed by a reply) */
  follow_up_state: ColumnType<
    'opened' | 'answered' | null,
    'opened' | 'answered' | null | undefined,
    'opened' | 'answered' | null
  >;
  /** the deal or ticket the message was written from (0081) */
  deal_id: ColumnType<string | null, string | null | undefined, string | null>;
  ticket_id: ColumnType<string | null, string | null | undefined, string | null>;
}

/** Outgoing mail (0044): scheduled, sending, sent, failed or cancelled. */
export interface MailOutboxTable {
  workspace_id: string;
  id: string;
  owner_id: string;
  mailbox_id: string;
  customer_id: string;
  contact_id: string;
  template_id: string | null;
  from_address: string;
  from_name: string | null;
  to_address: string;
  to_name: string | null;
  subject: string;
  body_text: string;
  language: string | null;
  /** JSON: the render service's reason for the language */
  language_reason: string | null;
  /** what the sender asked: now, local-morning or instant */
  send_at: SendAtMode;
  planned_at: string;
  /** the recipient's zone when planned, to show their local time */
  time_zone: string | null;
  status: OutboxStatus;
  attempts: number;
  last_error_code: string | null;
  last_error_detail: string | null;
  /** the RFC 5322 Message-ID, fixed at creation so a retry sends the same message */
  message_id: string;
  in_reply_to: string | null;
  /** JSON: the References header's ids */
  references: string;
  /** the synced message (mail_messages.id) this answers */
  reply_to_id: string | null;
  /** the quote whose PDF is attached, rendered when the message is sent (0062) */
  quote_id: string | null;
  /** the deal or ticket the message was written from (0081) */
  deal_id: ColumnType<string | null, string | null | undefined, string | null>;
  ticket_id: ColumnType<string | null, string | null | undefined, string | null>;
  sent_at: string | null;
  cancelled_at: string | null;
  created_at: string;
  updated_at: string;
}

/** A workspace SMTP account (0073): an admin's sender for campaigns, apart from users' mailboxes. */
export interface SmtpAccountTable {
  workspace_id: string;
  id: string;
  name: string;
  address: string;
  from_name: string | null;
  smtp_host: string;
  smtp_port: number;
  smtp_tls: MailTls;
  smtp_username: string | null;
  /** AES-256-GCM box of the password (never returned, never logged) */
  smtp_secret: string | null;
  error_code: string | null;
  error_detail: string | null;
  tested_at: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  /** the return-path mailbox read for bounces (0089): all null when there is none */
  imap_host: ColumnType<string | null, string | null | undefined, string | null>;
  imap_port: ColumnType<number | null, number | null | undefined, number | null>;
  imap_tls: ColumnType<MailTls | null, MailTls | null | undefined, MailTls | null>;
  imap_username: ColumnType<string | null, string | null | undefined, string | null>;
  /** AES-256-GCM box of the IMAP password (never returned, never logged) */
  imap_secret: ColumnType<string | null, string | null | undefined, string | null>;
  /** the last bounce sync: ok | error | syncing, null before the first */
  bounce_status: ColumnType<string | null, string | null | undefined, string | null>;
  bounce_error_code: ColumnType<string | null, string | null | undefined, string | null>;
  bounce_error_detail: ColumnType<string | null, string | null | undefined, string | null>;
  bounce_synced_at: ColumnType<string | null, string | null | undefined, string | null>;
  /** delivery reports the last bounce sync applied to campaigns */
  bounce_reports: ColumnType<number, number | undefined, number>;
}

/** A workspace SMTP account's return-path folder bookmark (0089), as mailbox_folders. */
export interface SmtpAccountFolderTable {
  workspace_id: string;
  account_id: string;
  folder: string;
  uidvalidity: string;
  last_uid: number;
  updated_at: string;
}

export type SmtpAccount = Selectable<SmtpAccountTable>;
export type Mailbox = Selectable<MailboxTable>;
export type MailboxFolder = Selectable<MailboxFolderTable>;
export type MailMessage = Selectable<MailMessageTable>;
export type NewMailMessage = Insertable<MailMessageTable>;
export type MailOutbox = Selectable<MailOutboxTable>;
