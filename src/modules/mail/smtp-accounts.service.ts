import type { Kysely } from 'kysely';
import type { Executor } from '../../db/dialect.ts';
import type { DB, SmtpAccount } from '../../db/schema.ts';
import { newId, nowIso } from '../../domain/ids.ts';
import { requireRole, type Scope } from '../../domain/scope.ts';
import type { SecretBox } from '../../domain/secret-box.ts';
import { AppError, fieldError } from '../../http/errors.ts';
import { diff, recordAudit } from '../audit/audit.service.ts';
import { enqueueJob } from '../jobs/job-records.service.ts';
import { MailFailure } from './mail-sync.service.ts';
import { BOUNCE_SYNC_JOB, returnPathBinding, type ReturnPathSync } from './return-path-sync.ts';
import { applyReturnPath, checkReturnPath } from './smtp-account-return-path.ts';
import { smtpAccountsRepository as repo } from './smtp-accounts.repository.ts';
import type {
  SmtpAccountBody,
  SmtpAccountOut,
  SmtpAccountPatch,
  SmtpAccountTestOut,
} from './smtp-accounts.schemas.ts';
import { accountBinding, type SmtpService } from './smtp.service.ts';

const PROBLEM_FIELD: Record<string, string> = {
  mail_auth_failed: '/smtpPassword',
  mail_tls_failed: '/smtpTls',
  mail_host_not_found: '/smtpHost',
  mail_host_private: '/smtpHost',
  mail_protocol_error: '/smtpHost',
  mail_host_unreachable: '/smtpPort',
  mail_timeout: '/smtpPort',
};

function connectionFailed(side: 'smtp' | 'imap', err: MailFailure): AppError {
  const path = (PROBLEM_FIELD[err.code] ?? '/smtpHost').replace('/smtp', `/${side}`);
  const problem =
    err.code === 'mail_protocol_error'
      ? fieldError(path, err.code, { detail: err.message })
      : fieldError(path, err.code);
  return new AppError(422, 'Connection failed', `${side.toUpperCase()}: ${err.message}`, [problem]);
}

/** An account as the API shows it: no password, not even sealed; only whether it has one. */
export const toSmtpAccountOut = (a: SmtpAccount): SmtpAccountOut => ({
  id: a.id,
  name: a.name,
  address: a.address,
  fromName: a.from_name,
  smtpHost: a.smtp_host,
  smtpPort: Number(a.smtp_port),
  smtpTls: a.smtp_tls,
  smtpUsername: a.smtp_username,
  hasPassword: a.smtp_secret !== null,
  lastError: a.error_code ? { code: a.error_code, detail: a.error_detail ?? '' } : null,
  testedAt: a.tested_at,
  imapHost: a.imap_host,
  imapPort: a.imap_port === null ? null : Number(a.imap_port),
  imapTls: a.imap_tls,
  imapUsername: a.imap_username,
  hasImapPassword: a.imap_secret !== null,
  bounceSync: a.bounce_status
    ? {
        status: a.bounce_status,
        lastError: a.bounce_error_code
          ? { code: a.bounce_error_code, detail: a.bounce_error_detail ?? '' }
          : null,
        syncedAt: a.bounce_synced_at,
        reports: Number(a.bounce_reports),
      }
    : null,
  createdAt: a.created_at,
  updatedAt: a.updated_at,
});

/** Audited fields: never the password, not even sealed; only that it was set or changed. */
const audited = (a: SmtpAccount) => ({
  name: a.name,
  address: a.address,
  fromName: a.from_name,
  smtpHost: a.smtp_host,
  smtpPort: Number(a.smtp_port),
  smtpTls: a.smtp_tls,
  smtpUsername: a.smtp_username,
  hasPassword: a.smtp_secret !== null,
  imapHost: a.imap_host,
  imapPort: a.imap_port === null ? null : Number(a.imap_port),
  imapTls: a.imap_tls,
  imapUsername: a.imap_username,
  hasImapPassword: a.imap_secret !== null,
});

/**
 * The workspace's SMTP accounts for campaigns: admins configure, test and remove them; managers
 * (who build campaigns) read them to pick one. Reps get 403.
 */
export class SmtpAccountsService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly box: SecretBox,
    private readonly smtp: SmtpService,
    private readonly returnPath: ReturnPathSync,
  ) {}

  async list(scope: Scope): Promise<{ items: SmtpAccountOut[] }> {
    requireRole(scope, 'admin', 'manager');
    return { items: (await repo.list(this.db, scope.workspaceId)).map(toSmtpAccountOut) };
  }

  async get(scope: Scope, id: string): Promise<SmtpAccountOut> {
    requireRole(scope, 'admin', 'manager');
    return toSmtpAccountOut(await this.find(scope, id));
  }

  async create(scope: Scope, body: SmtpAccountBody): Promise<SmtpAccountOut> {
    requireRole(scope, 'admin');
    const at = nowIso();
    const id = newId();
    const row: SmtpAccount = {
      workspace_id: scope.workspaceId,
      id,
      name: body.name.trim(),
      address: body.address.trim().toLowerCase(),
      from_name: body.fromName?.trim() || null,
      smtp_host: body.smtpHost.trim(),
      smtp_port: body.smtpPort,
      smtp_tls: body.smtpTls,
      smtp_username: body.smtpUsername?.trim() || null,
      smtp_secret: body.smtpPassword ? this.seal(scope.workspaceId, id, body.smtpPassword) : null,
      error_code: null,
      error_detail: null,
      tested_at: null,
      created_by: scope.userId,
      created_at: at,
      updated_at: at,
      imap_host: null,
      imap_port: null,
      imap_tls: null,
      imap_username: null,
      imap_secret: null,
      bounce_status: null,
      bounce_error_code: null,
      bounce_error_detail: null,
      bounce_synced_at: null,
      bounce_reports: 0,
    };
    applyReturnPath(row, body, (p) => this.sealImap(scope.workspaceId, id, p));
    checkReturnPath(row);
    checkLogin(row);
    await this.db.transaction().execute(async (tx) => {
      await repo.insert(tx, row);
      await recordAudit(tx, scope, {
        action: 'create',
        entityType: 'smtp_account',
        entityId: id,
        changes: diff({}, audited(row)),
      });
    });
    return toSmtpAccountOut(row);
  }

  async patch(scope: Scope, id: string, body: SmtpAccountPatch): Promise<SmtpAccountOut> {
    requireRole(scope, 'admin');
    return this.db.transaction().execute(async (tx) => {
      const before = await this.find(scope, id, tx);
      const next: SmtpAccount = { ...before, updated_at: nowIso() };
      if (body.name !== undefined) next.name = body.name.trim();
      if (body.address !== undefined) next.address = body.address.trim().toLowerCase();
      if (body.fromName !== undefined) next.from_name = body.fromName?.trim() || null;
      if (body.smtpHost !== undefined) next.smtp_host = body.smtpHost.trim();
      if (body.smtpPort !== undefined) next.smtp_port = body.smtpPort;
      if (body.smtpTls !== undefined) next.smtp_tls = body.smtpTls;
      if (body.smtpUsername !== undefined) next.smtp_username = body.smtpUsername?.trim() || null;
      if (body.smtpPassword !== undefined)
        next.smtp_secret = body.smtpPassword
          ? this.seal(scope.workspaceId, id, body.smtpPassword)
          : null;
      applyReturnPath(next, body, (p) => this.sealImap(scope.workspaceId, id, p));
      checkReturnPath(next);
      checkLogin(next);
      // Another return-path mailbox: read from its start, its last problem void.
      if (next.imap_host !== before.imap_host || next.imap_username !== before.imap_username) {
        await repo.forgetFolders(tx, scope.workspaceId, id);
        Object.assign(next, {
          bounce_status: null,
          bounce_error_code: null,
          bounce_error_detail: null,
          bounce_synced_at: null,
          bounce_reports: 0,
        });
      } else if (['imapPort', 'imapTls', 'imapPassword'].some((k) => k in body))
        Object.assign(next, { bounce_error_code: null, bounce_error_detail: null });
      // New connection settings void the last problem and test; the next test or send tells.
      const connection = ['smtpHost', 'smtpPort', 'smtpTls', 'smtpUsername', 'smtpPassword'];
      if (connection.some((k) => k in body))
        Object.assign(next, { error_code: null, error_detail: null, tested_at: null });
      const { workspace_id: _w, id: _i, created_by: _c, created_at: _a, ...change } = next;
      await repo.update(tx, scope.workspaceId, id, change);
      const changes = diff(audited(before), audited(next));
      if (body.smtpPassword && before.smtp_secret)
        changes.password = { before: 'set', after: 'changed' };
      if (body.imapPassword && before.imap_secret)
        changes.imapPassword = { before: 'set', after: 'changed' };
      await recordAudit(tx, scope, {
        action: 'update',
        entityType: 'smtp_account',
        entityId: id,
        changes,
      });
      return toSmtpAccountOut(next);
    });
  }

  /** Campaigns that named it can no longer send (their send job stops, as for a removed mailbox). */
  async delete(scope: Scope, id: string): Promise<void> {
    requireRole(scope, 'admin');
    await this.db.transaction().execute(async (tx) => {
      const before = await this.find(scope, id, tx);
      await repo.delete(tx, scope.workspaceId, id);
      await recordAudit(tx, scope, {
        action: 'delete',
        entityType: 'smtp_account',
        entityId: id,
        changes: diff(audited(before), {}),
      });
    });
  }

  /**
   * Connects, upgrades to TLS as set and logs in; then, when the account has a return-path
   * mailbox, logs in to it over IMAP. A failure is answered as a 422 naming the field
   * (`/smtp…` or `/imap…`); the SMTP side's is kept on the account.
   */
  async test(scope: Scope, id: string): Promise<SmtpAccountTestOut> {
    requireRole(scope, 'admin');
    const account = await this.find(scope, id);
    try {
      await this.smtp.testAccount(account);
    } catch (err) {
      if (!(err instanceof MailFailure)) throw err;
      throw connectionFailed('smtp', err);
    }
    try {
      return { ok: true, imap: await this.returnPath.test(account) };
    } catch (err) {
      if (!(err instanceof MailFailure)) throw err;
      throw connectionFailed('imap', err);
    }
  }

  /** Queues a read of the return-path mailbox for bounces (admins); 409 when there is none. */
  async requestBounceSync(scope: Scope, id: string): Promise<{ jobId: string | null }> {
    requireRole(scope, 'admin');
    const account = await this.find(scope, id);
    if (!account.imap_host)
      throw AppError.conflict('The SMTP account has no return-path mailbox', [
        fieldError('/imapHost', 'smtp_account_no_return_path'),
      ]);
    const jobId = await enqueueJob(
      this.db,
      BOUNCE_SYNC_JOB,
      { accountId: id },
      { workspaceId: scope.workspaceId, dedupKey: id },
    );
    return { jobId };
  }

  private async find(scope: Scope, id: string, db: Executor = this.db) {
    const row = await repo.find(db, scope.workspaceId, id);
    if (!row) throw AppError.notFound('SMTP account');
    return row;
  }

  private seal(workspaceId: string, id: string, password: string) {
    return this.box.seal(workspaceId, accountBinding(id), password);
  }

  private sealImap(workspaceId: string, id: string, password: string) {
    return this.box.seal(workspaceId, returnPathBinding(id), password);
  }
}

/** A user name needs its password and a password its user name (AUTH sends both). */
function checkLogin(a: SmtpAccount): void {
  if (a.smtp_username && !a.smtp_secret)
    throw AppError.validation([fieldError('/smtpPassword', 'required')]);
  if (a.smtp_secret && !a.smtp_username)
    throw AppError.validation([fieldError('/smtpUsername', 'required')]);
}
