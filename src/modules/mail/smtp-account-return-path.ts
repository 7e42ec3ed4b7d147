import type { SmtpAccount } from '../../db/schema.ts';
import { AppError, fieldError } from '../../http/errors.ts';
import type { SmtpAccountPatch } from './smtp-accounts.schemas.ts';

const SIDE = ['imap_host', 'imap_port', 'imap_tls', 'imap_username', 'imap_secret'] as const;
const FIELD: Record<(typeof SIDE)[number], string> = {
  imap_host: '/imapHost',
  imap_port: '/imapPort',
  imap_tls: '/imapTls',
  imap_username: '/imapUsername',
  imap_secret: '/imapPassword',
};

/**
 * Writes the return-path mailbox's fields of a create or patch onto the row: `imapHost: null`
 * removes the whole side (password included); otherwise each field given replaces the saved
 * one, the password sealed by `seal`.
 */
export function applyReturnPath(
  row: SmtpAccount,
  body: SmtpAccountPatch,
  seal: (password: string) => string,
): void {
  if (body.imapHost === null) {
    for (const k of SIDE) row[k] = null;
    return;
  }
  if (body.imapHost !== undefined) row.imap_host = body.imapHost.trim();
  if (body.imapPort !== undefined) row.imap_port = body.imapPort;
  if (body.imapTls !== undefined) row.imap_tls = body.imapTls;
  if (body.imapUsername !== undefined) row.imap_username = body.imapUsername?.trim() || null;
  if (body.imapPassword !== undefined)
    row.imap_secret = body.imapPassword ? seal(body.imapPassword) : null;
}

/** A return-path mailbox is all five fields or none: each one missing is `required`. */
export function checkReturnPath(row: SmtpAccount): void {
  const set = SIDE.filter((k) => row[k] !== null && row[k] !== '');
  if (set.length === 0 || set.length === SIDE.length) return;
  throw AppError.validation(
    SIDE.filter((k) => !set.includes(k)).map((k) => fieldError(FIELD[k], 'required')),
  );
}
