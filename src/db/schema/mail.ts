import type { Selectable } from 'kysely';
import type { MailSharing, MailTls } from '../../domain/mail/mail-vocabulary.ts';
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
  created_at: string;
  updated_at: string;
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
}

export type Mailbox = Selectable<MailboxTable>;
export type MailboxFolder = Selectable<MailboxFolderTable>;
export type MailMessage = Selectable<MailMessageTable>;
