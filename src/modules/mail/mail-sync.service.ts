import type { Kysely } from 'kysely';
import type { DB, Mailbox } from '../../db/schema.ts';
import { nowIso } from '../../domain/ids.ts';
import { classifyMailProblem } from '../../domain/mail/mail-problem.ts';
import type { MailProblem } from '../../domain/mail/mail-vocabulary.ts';
import { PermanentJobError, type JobKind } from '../jobs/job-kind.ts';
import { enqueueJob } from '../jobs/job-records.service.ts';
import type { ActivitiesService } from '../relationship/activities.service.ts';
import {
  syncFolder,
  type DeliveryReportHandler,
  type FolderCounts,
  type SyncHooks,
} from './folder-sync.ts';
import {
  closeQuietly,
  connectImap,
  serverFolders,
  syncFolders,
  type ImapSettings,
  type ServerFolder,
} from './imap.ts';
import { chosenFolders } from './mailboxes.mapper.ts';
import { mailboxSource } from './sync-source.ts';
import { smtpAccountsRepository as smtpAccounts } from './smtp-accounts.repository.ts';

/** A workspace SMTP account's return-path sync (return-path-sync.ts, which imports this file). */
export const BOUNCE_SYNC_JOB = 'mail.bounce-sync';
import { vetMailHost, type HostPolicy } from './mail-hosts.ts';
import { mailboxesRepository as mailboxes } from './mailboxes.repository.ts';
import type { SecretBox } from '../../domain/secret-box.ts';

export const MAIL_SYNC_JOB = 'mail.sync';
export const MAIL_SYNC_ALL = 'mail.sync-all';

/** A failed connection or sync, with its stable code and a detail safe to show and store. */
export class MailFailure extends Error {
  constructor(
    readonly code: MailProblem,
    detail: string,
  ) {
    super(detail);
  }
}

/** Connects, syncs and tests mailboxes; records each outcome on the mailbox. */
export class MailSyncService {
  private readonly reportHandlers: DeliveryReportHandler[] = [];

  constructor(
    private readonly db: Kysely<DB>,
    private readonly box: SecretBox,
    private readonly activities: ActivitiesService,
    /** Which IMAP hosts may be connected to: the same rule as SMTP's (no private network). */
    private readonly hosts: HostPolicy,
  ) {}

  async connect(settings: ImapSettings) {
    return connectImap(settings, await vetMailHost(this.hosts, settings.host));
  }

  /** Bounces found by a sync go to these (campaigns register theirs in the composition root). */
  onDeliveryReport(handler: DeliveryReportHandler): void {
    this.reportHandlers.push(handler);
  }

  activitiesService(): ActivitiesService {
    return this.activities;
  }

  /** The registered handlers, for the return-path sync of workspace SMTP accounts. */
  deliveryReportHandlers(): readonly DeliveryReportHandler[] {
    return this.reportHandlers;
  }

  imapSettings(m: Mailbox): ImapSettings {
    return {
      host: m.imap_host,
      port: m.imap_port,
      tls: m.imap_tls,
      username: m.imap_username,
      password: this.box.open(m.workspace_id, `${m.id}:imap`, m.imap_secret),
    };
  }

  /**
   * Connects and lists the folders a sync would read and every folder of the server (to choose
   * more from); a failure is recorded and thrown.
   */
  async test(m: Mailbox): Promise<{ folders: string[]; server: ServerFolder[] }> {
    const settings = this.imapSettings(m);
    try {
      const client = await this.connect(settings);
      try {
        const folders = (await syncFolders(client, chosenFolders(m))).map((f) => f.path);
        return { folders, server: await serverFolders(client) };
      } finally {
        await closeQuietly(client);
      }
    } catch (err) {
      throw await this.recordFailure(m, err, settings.password);
    }
  }

  /** Fetches new mail of INBOX, Sent and the chosen folders; resumable at any message (see syncFolder). */
  async sync(workspaceId: string, mailboxId: string, hooks: SyncHooks = {}): Promise<FolderCounts> {
    const m = await mailboxes.find(this.db, workspaceId, mailboxId);
    if (!m) throw new PermanentJobError('the mailbox was deleted');
    const settings = this.imapSettings(m);
    await mailboxes.update(this.db, workspaceId, m.id, { status: 'syncing', updated_at: nowIso() });
    const total: FolderCounts = { stored: 0, skipped: 0, reports: 0 };
    try {
      const client = await this.connect(settings);
      try {
        const source = mailboxSource(m);
        for (const folder of await syncFolders(client, chosenFolders(m))) {
          const counts = await syncFolder(
            this.db,
            this.activities,
            client,
            source,
            folder,
            hooks,
            this.reportHandlers,
          );
          total.stored += counts.stored;
          total.skipped += counts.skipped;
          total.reports += counts.reports;
        }
      } finally {
        await closeQuietly(client);
      }
    } catch (err) {
      if (hooks.signal?.aborted) {
        // Stopped on purpose (shutdown, lease lost): the job runs again from the bookmark.
        await mailboxes.update(this.db, workspaceId, m.id, { status: 'interrupted' });
        throw err;
      }
      throw await this.recordFailure(m, err, settings.password);
    }
    await mailboxes.update(this.db, workspaceId, m.id, {
      status: 'ok',
      last_error_code: null,
      last_error_detail: null,
      last_sync_at: nowIso(),
      last_sync_stored: total.stored,
      last_sync_skipped: total.skipped,
      updated_at: nowIso(),
    });
    return total;
  }

  private async recordFailure(m: Mailbox, err: unknown, password: string): Promise<MailFailure> {
    const code = err instanceof MailFailure ? err.code : classifyMailProblem(err ?? {});
    const raw = err instanceof Error ? err.message : String(err);
    // Whatever a server echoes back, the password never reaches the database or a log.
    const detail = raw.split(password).join('***').slice(0, 500);
    await mailboxes.update(this.db, m.workspace_id, m.id, {
      status: 'error',
      last_error_code: code,
      last_error_detail: detail,
      updated_at: nowIso(),
    });
    return new MailFailure(code, detail);
  }

  /** The periodic visit: one `mail.sync` per mailbox, so a failing server is retried alone. */
  syncAllKind(): JobKind {
    return {
      kind: MAIL_SYNC_ALL,
      run: async () => {
        // Workspace SMTP accounts' return-path mailboxes: their bounces (return-path-sync.ts).
        for (const a of await smtpAccounts.withReturnPath(this.db))
          await enqueueJob(
            this.db,
            BOUNCE_SYNC_JOB,
            { accountId: a.id },
            { workspaceId: a.workspace_id, dedupKey: a.id },
          );
        for (const m of await mailboxes.syncable(this.db))
          await enqueueJob(
            this.db,
            MAIL_SYNC_JOB,
            { mailboxId: m.id },
            {
              workspaceId: m.workspace_id,
              dedupKey: m.id,
            },
          );
      },
    };
  }

  jobKind(): JobKind<{ mailboxId: string }> {
    return {
      kind: MAIL_SYNC_JOB,
      maxAttempts: 3,
      leaseMs: 15 * 60_000,
      run: async (payload, ctx) => {
        if (!ctx.workspaceId) throw new PermanentJobError('a mail sync needs its workspace');
        try {
          let settled = 0;
          await this.sync(ctx.workspaceId, payload.mailboxId, {
            signal: ctx.signal,
            // A first sync of a big mailbox outlasts the lease: keep it ours while it works.
            afterMessage: () => {
              if (++settled % 100 === 0) void ctx.heartbeat().catch(() => {});
            },
          });
        } catch (err) {
          // A refused password will not heal by retrying; the mailbox shows the problem.
          if (err instanceof MailFailure && err.code === 'mail_auth_failed')
            throw new PermanentJobError(err.message);
          throw err;
        }
      },
    };
  }
}
