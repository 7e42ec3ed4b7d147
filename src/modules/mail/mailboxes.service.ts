import type { Kysely } from 'kysely';
import type { Executor } from '../../db/dialect.ts';
import type { DB, Mailbox } from '../../db/schema.ts';
import { newId, nowIso } from '../../domain/ids.ts';
import type { MailProblem } from '../../domain/mail/mail-vocabulary.ts';
import type { Scope } from '../../domain/scope.ts';
import { AppError, fieldError } from '../../http/errors.ts';
import { diff, recordAudit } from '../audit/audit.service.ts';
import { enqueueJob } from '../jobs/job-records.service.ts';
import { mailMessagesRepository } from './mail-messages.repository.ts';
import { MailFailure, MAIL_SYNC_JOB, type MailSyncService } from './mail-sync.service.ts';
import { mailboxesRepository as repo } from './mailboxes.repository.ts';
import { outboxRepository } from './outbox.repository.ts';
import { auditedMailbox, chosenFolders, mailboxChange, toMailboxOut } from './mailboxes.mapper.ts';
import type { MailboxBody, MailboxOut, MailboxPatch, MailboxTestOut } from './mailboxes.schemas.ts';
import type { SecretBox } from '../../domain/secret-box.ts';
import type { SmtpService } from './smtp.service.ts';

// Which field a failed connection points at, so the form can mark it.
const PROBLEM_FIELD: Record<MailProblem, string> = {
  mail_auth_failed: 'Password',
  mail_tls_failed: 'Tls',
  mail_host_not_found: 'Host',
  mail_host_unreachable: 'Port',
  mail_timeout: 'Port',
  mail_protocol_error: 'Host',
  mail_host_private: 'Host',
};

function connectionFailed(side: 'imap' | 'smtp', err: MailFailure): AppError {
  const path = `/${side}${PROBLEM_FIELD[err.code]}`;
  const problem =
    err.code === 'mail_protocol_error'
      ? fieldError(path, err.code, { detail: err.message })
      : fieldError(path, err.code);
  return new AppError(422, 'Connection failed', `${side.toUpperCase()}: ${err.message}`, [problem]);
}

/** A user's own mailboxes: nobody else, whatever their role, sees or changes one (404). */
export class MailboxesService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly box: SecretBox,
    private readonly sync: MailSyncService,
    private readonly smtp: SmtpService,
  ) {}

  async list(scope: Scope): Promise<{ items: MailboxOut[] }> {
    const rows = await repo.listOwn(this.db, scope.workspaceId, scope.userId);
    return { items: rows.map(toMailboxOut) };
  }

  async get(scope: Scope, id: string): Promise<MailboxOut> {
    return toMailboxOut(await this.own(scope, id));
  }

  async create(scope: Scope, body: MailboxBody): Promise<MailboxOut> {
    const now = nowIso();
    const id = newId();
    const row: Mailbox = {
      workspace_id: scope.workspaceId,
      id,
      owner_id: scope.userId,
      address: body.address.trim().toLowerCase(),
      imap_host: body.imapHost.trim(),
      imap_port: body.imapPort,
      imap_tls: body.imapTls,
      imap_username: body.imapUsername.trim(),
      imap_secret: this.seal(scope.workspaceId, id, 'imap', body.imapPassword),
      smtp_host: body.smtpHost?.trim() || null,
      smtp_port: body.smtpPort ?? null,
      smtp_tls: body.smtpTls ?? null,
      smtp_username: body.smtpUsername?.trim() || null,
      smtp_secret: body.smtpPassword
        ? this.seal(scope.workspaceId, id, 'smtp', body.smtpPassword)
        : null,
      sharing: body.sharing ?? 'metadata',
      sync_since: body.syncSince,
      status: 'new',
      last_error_code: null,
      last_error_detail: null,
      last_sync_at: null,
      last_sync_stored: 0,
      last_sync_skipped: 0,
      smtp_error_code: null,
      smtp_error_detail: null,
      created_at: now,
      updated_at: now,
      sync_folders: JSON.stringify(checkFolders(body.folders ?? [])),
    };
    await this.db.transaction().execute(async (tx) => {
      await repo.insert(tx, row);
      await recordAudit(tx, scope, {
        action: 'create',
        entityType: 'mailbox',
        entityId: id,
        changes: diff({}, auditedMailbox(row)),
      });
    });
    return toMailboxOut(row);
  }

  async patch(scope: Scope, id: string, body: MailboxPatch): Promise<MailboxOut> {
    return this.db.transaction().execute(async (tx) => {
      const before = await this.own(scope, id, tx);
      const next: Mailbox = { ...before, updated_at: nowIso() };
      if (body.address !== undefined) next.address = body.address.trim().toLowerCase();
      if (body.imapHost !== undefined) next.imap_host = body.imapHost.trim();
      if (body.imapPort !== undefined) next.imap_port = body.imapPort;
      if (body.imapTls !== undefined) next.imap_tls = body.imapTls;
      if (body.imapUsername !== undefined) next.imap_username = body.imapUsername.trim();
      if (body.imapPassword !== undefined)
        next.imap_secret = this.seal(scope.workspaceId, id, 'imap', body.imapPassword);
      if (body.smtpHost !== undefined) next.smtp_host = body.smtpHost?.trim() || null;
      if (body.smtpPort !== undefined) next.smtp_port = body.smtpPort;
      if (body.smtpTls !== undefined) next.smtp_tls = body.smtpTls;
      if (body.smtpUsername !== undefined) next.smtp_username = body.smtpUsername?.trim() || null;
      if (body.smtpPassword !== undefined)
        next.smtp_secret = body.smtpPassword
          ? this.seal(scope.workspaceId, id, 'smtp', body.smtpPassword)
          : null;
      // New SMTP settings void the old problem; the next test or send tells again.
      if (
        ['smtpHost', 'smtpPort', 'smtpTls', 'smtpUsername', 'smtpPassword'].some((k) => k in body)
      )
        Object.assign(next, { smtp_error_code: null, smtp_error_detail: null });
      if (body.sharing !== undefined) next.sharing = body.sharing;
      if (body.syncSince !== undefined) next.sync_since = body.syncSince;
      if (body.folders !== undefined)
        next.sync_folders = JSON.stringify(checkFolders(body.folders));
      await repo.update(tx, scope.workspaceId, id, mailboxChange(next));
      await recordAudit(tx, scope, {
        action: 'update',
        entityType: 'mailbox',
        entityId: id,
        changes: diff(auditedMailbox(before), auditedMailbox(next)),
      });
      return toMailboxOut(next);
    });
  }

  /** Disconnecting a mailbox removes its synced mail; the touches it logged stay as history. */
  async delete(scope: Scope, id: string): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      const before = await this.own(scope, id, tx);
      await mailMessagesRepository.deleteOfMailbox(tx, scope.workspaceId, id);
      // Its scheduled mail cannot be sent any more; the sent mail's touches stay on the timeline.
      await outboxRepository.deleteOfMailbox(tx, scope.workspaceId, id);
      await repo.delete(tx, scope.workspaceId, id);
      await recordAudit(tx, scope, {
        action: 'delete',
        entityType: 'mailbox',
        entityId: id,
        changes: diff(auditedMailbox(before), {}),
      });
    });
  }

  /**
   * Tests the IMAP connection, then the SMTP one when the mailbox has it; the first failure is
   * recorded on the mailbox and answered as a 422 naming the field (`/imap…` or `/smtp…`).
   */
  async test(scope: Scope, id: string): Promise<MailboxTestOut> {
    const mailbox = await this.own(scope, id);
    let listed: Awaited<ReturnType<MailSyncService['test']>>;
    try {
      listed = await this.sync.test(mailbox);
    } catch (err) {
      if (err instanceof MailFailure) throw connectionFailed('imap', err);
      throw err;
    }
    const chosen = new Set(chosenFolders(mailbox));
    const folders = listed.folders;
    const serverFolders = listed.server.map((f) => ({ ...f, chosen: chosen.has(f.path) }));
    const smtp = this.smtp.settings(mailbox);
    if (!smtp) return { ok: true, folders, serverFolders, smtp: 'not_configured' };
    try {
      await this.smtp.test(mailbox, smtp);
    } catch (err) {
      if (err instanceof MailFailure) throw connectionFailed('smtp', err);
      throw err;
    }
    return { ok: true, folders, serverFolders, smtp: 'ok' };
  }

  /** Queues a sync; a second request while one is queued or running is answered with null. */
  async requestSync(scope: Scope, id: string): Promise<{ jobId: string | null }> {
    await this.own(scope, id);
    const jobId = await enqueueJob(
      this.db,
      MAIL_SYNC_JOB,
      { mailboxId: id },
      { workspaceId: scope.workspaceId, dedupKey: id },
    );
    return { jobId };
  }

  private async own(scope: Scope, id: string, db: Executor = this.db) {
    const row = await repo.findOwn(db, scope.workspaceId, scope.userId, id);
    if (!row) throw AppError.notFound('Mailbox');
    return row;
  }

  private seal(workspaceId: string, id: string, field: 'imap' | 'smtp', password: string) {
    return this.box.seal(workspaceId, `${id}:${field}`, password);
  }
}

/**
 * The folders chosen besides INBOX and Sent: each once (`mail_folder_twice`), never INBOX, which
 * is always read (`mail_folder_always`). Whether the server has them is its answer to LIST; a
 * chosen folder the server no longer has is passed over by the sync.
 */
function checkFolders(folders: string[]): string[] {
  const errors = [];
  const seen = new Set<string>();
  for (const [i, raw] of folders.entries()) {
    const path = raw.trim();
    if (!path) errors.push(fieldError(`/folders/${i}`, 'required'));
    else if (path.toUpperCase() === 'INBOX')
      errors.push(fieldError(`/folders/${i}`, 'mail_folder_always'));
    else if (seen.has(path)) errors.push(fieldError(`/folders/${i}`, 'mail_folder_twice'));
    seen.add(path);
  }
  if (errors.length) throw AppError.validation(errors);
  return [...seen];
}
