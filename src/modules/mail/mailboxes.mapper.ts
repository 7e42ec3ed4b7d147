import type { Mailbox } from '../../db/schema.ts';
import type { MailboxOut } from './mailboxes.schemas.ts';

/** A mailbox as the API shows it: no password, not even sealed; only whether SMTP has one. */
export const toMailboxOut = (m: Mailbox): MailboxOut => ({
  id: m.id,
  address: m.address,
  imapHost: m.imap_host,
  imapPort: m.imap_port,
  imapTls: m.imap_tls,
  imapUsername: m.imap_username,
  smtpHost: m.smtp_host,
  smtpPort: m.smtp_port,
  smtpTls: m.smtp_tls,
  smtpUsername: m.smtp_username,
  hasSmtpPassword: m.smtp_secret !== null,
  sharing: m.sharing,
  syncSince: m.sync_since,
  status: m.status,
  lastError: m.last_error_code
    ? { code: m.last_error_code, detail: m.last_error_detail ?? '' }
    : null,
  smtpError: m.smtp_error_code
    ? { code: m.smtp_error_code, detail: m.smtp_error_detail ?? '' }
    : null,
  lastSyncAt: m.last_sync_at,
  lastSyncStored: m.last_sync_stored,
  lastSyncSkipped: m.last_sync_skipped,
  folders: chosenFolders(m),
  createdAt: m.created_at,
});

/** The folders the owner chose to sync besides INBOX and Sent (0089). */
export function chosenFolders(m: Pick<Mailbox, 'sync_folders'>): string[] {
  try {
    const list: unknown = JSON.parse(m.sync_folders || '[]');
    return Array.isArray(list) ? list.filter((f): f is string => typeof f === 'string') : [];
  } catch {
    return [];
  }
}

/** Audited fields: never a password, not even encrypted. */
export const auditedMailbox = (m: Mailbox) => ({
  address: m.address,
  imapHost: m.imap_host,
  imapPort: m.imap_port,
  imapTls: m.imap_tls,
  imapUsername: m.imap_username,
  smtpHost: m.smtp_host,
  sharing: m.sharing,
  syncSince: m.sync_since,
  folders: chosenFolders(m).join(', '),
});

/** The columns a patch may write: never the keys, the owner or the creation time. */
export function mailboxChange(m: Mailbox) {
  const change: Partial<Mailbox> = { ...m };
  for (const key of ['workspace_id', 'id', 'owner_id', 'created_at'] as const) delete change[key];
  return change;
}
