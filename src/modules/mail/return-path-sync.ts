import type { Kysely } from 'kysely';
import type { DB, SmtpAccount } from '../../db/schema.ts';
import { nowIso } from '../../domain/ids.ts';
import { classifyMailProblem } from '../../domain/mail/mail-problem.ts';
import type { SecretBox } from '../../domain/secret-box.ts';
import { PermanentJobError, type JobKind } from '../jobs/job-kind.ts';
import { syncFolder, type FolderCounts, type SyncHooks } from './folder-sync.ts';
import { closeQuietly, serverFolders, type ImapSettings } from './imap.ts';
import { BOUNCE_SYNC_JOB, MailFailure, type MailSyncService } from './mail-sync.service.ts';
import { smtpAccountsRepository as accounts } from './smtp-accounts.repository.ts';
import type { FolderSource } from './sync-source.ts';

export { BOUNCE_SYNC_JOB };

/** The sealed IMAP password of an account's return-path mailbox is bound to this. */
export const returnPathBinding = (accountId: string) => `${accountId}:smtp-account-imap`;

/**
 * The return-path mailbox of a workspace SMTP account: where the bounces of the campaigns sent
 * through it arrive. Its INBOX is read like a user's mailbox by the same folder sync, for
 * delivery status notifications only (`mailbox: null`: nothing else is matched, fetched or
 * stored), each report applied by the campaigns' handler with the folder's bookmark
 * (`smtp_account_folders`, UIDVALIDITY/UID), so a report counts once across kills and re-syncs.
 */
export class ReturnPathSync {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly box: SecretBox,
    private readonly mail: MailSyncService,
  ) {}

  settings(a: SmtpAccount): ImapSettings | null {
    if (!a.imap_host || !a.imap_port || !a.imap_tls || !a.imap_username || !a.imap_secret)
      return null;
    return {
      host: a.imap_host,
      port: Number(a.imap_port),
      tls: a.imap_tls,
      username: a.imap_username,
      password: this.box.open(a.workspace_id, returnPathBinding(a.id), a.imap_secret),
    };
  }

  /** Connects and lists the folders; a failure is a MailFailure with its code (not recorded). */
  async test(a: SmtpAccount): Promise<'ok' | 'not_configured'> {
    const settings = this.settings(a);
    if (!settings) return 'not_configured';
    try {
      const client = await this.mail.connect(settings);
      try {
        await serverFolders(client);
      } finally {
        await closeQuietly(client);
      }
    } catch (err) {
      throw failure(err, settings.password);
    }
    return 'ok';
  }

  /** Reads the return-path INBOX for new delivery reports; the outcome is kept on the account. */
  async sync(workspaceId: string, accountId: string, hooks: SyncHooks = {}) {
    const a = await accounts.find(this.db, workspaceId, accountId);
    if (!a) throw new PermanentJobError('the SMTP account was deleted');
    const settings = this.settings(a);
    if (!settings) throw new PermanentJobError('the SMTP account has no return-path mailbox');
    await accounts.update(this.db, workspaceId, a.id, { bounce_status: 'syncing' });
    let counts: FolderCounts;
    try {
      const client = await this.mail.connect(settings);
      try {
        counts = await syncFolder(
          this.db,
          this.mail.activitiesService(),
          client,
          this.source(a),
          { path: 'INBOX', sent: false },
          hooks,
          this.mail.deliveryReportHandlers(),
        );
      } finally {
        await closeQuietly(client);
      }
    } catch (err) {
      if (hooks.signal?.aborted) {
        await accounts.update(this.db, workspaceId, a.id, { bounce_status: 'interrupted' });
        throw err;
      }
      const f = failure(err, settings.password);
      await accounts.update(this.db, workspaceId, a.id, {
        bounce_status: 'error',
        bounce_error_code: f.code,
        bounce_error_detail: f.message,
      });
      throw f;
    }
    await accounts.update(this.db, workspaceId, a.id, {
      bounce_status: 'ok',
      bounce_error_code: null,
      bounce_error_detail: null,
      bounce_synced_at: nowIso(),
      bounce_reports: counts.reports,
    });
    return counts;
  }

  private source(a: SmtpAccount): FolderSource {
    const ws = a.workspace_id;
    return {
      origin: { workspaceId: ws, kind: 'workspace', id: a.id },
      mailbox: null,
      own: [a.address, a.imap_username ?? a.address],
      // Its campaigns' mail went out after it was added: older mail cannot be theirs.
      syncSince: a.created_at.slice(0, 10),
      bookmarks: {
        get: (db, folder) => accounts.folder(db, ws, a.id, folder),
        save: (db, folder, uidvalidity, lastUid) =>
          accounts.saveFolder(db, {
            workspace_id: ws,
            account_id: a.id,
            folder,
            uidvalidity,
            last_uid: lastUid,
            updated_at: nowIso(),
          }),
      },
    };
  }

  jobKind(): JobKind<{ accountId: string }> {
    return {
      kind: BOUNCE_SYNC_JOB,
      maxAttempts: 3,
      leaseMs: 15 * 60_000,
      run: async (payload, ctx) => {
        if (!ctx.workspaceId) throw new PermanentJobError('a bounce sync needs its workspace');
        try {
          let settled = 0;
          await this.sync(ctx.workspaceId, payload.accountId, {
            signal: ctx.signal,
            afterMessage: () => {
              if (++settled % 100 === 0) void ctx.heartbeat().catch(() => {});
            },
          });
        } catch (err) {
          // A refused password will not heal by retrying; the account shows the problem.
          if (err instanceof MailFailure && err.code === 'mail_auth_failed')
            throw new PermanentJobError(err.message);
          throw err;
        }
      },
    };
  }
}

/** A connection's problem with its code; whatever the server echoed, never the password. */
function failure(err: unknown, password: string): MailFailure {
  if (err instanceof MailFailure) return err;
  const raw = err instanceof Error ? err.message : String(err);
  return new MailFailure(
    classifyMailProblem(err ?? {}),
    raw.split(password).join('***').slice(0, 500),
  );
}
