import type { Kysely } from 'kysely';
import type { DB, Mailbox, SmtpAccount } from '../../db/schema.ts';
import { nowIso } from '../../domain/ids.ts';
import { classifySmtpProblem } from '../../domain/mail/mail-problem.ts';
import { vetMailHost, type HostPolicy } from './mail-hosts.ts';
import { MailFailure } from './mail-sync.service.ts';
import { mailboxesRepository as mailboxes } from './mailboxes.repository.ts';
import { smtpAccountsRepository as accounts } from './smtp-accounts.repository.ts';
import type { SecretBox } from '../../domain/secret-box.ts';
import { sendSmtp, smtpOf, verifySmtp, type OutgoingMail, type SmtpSettings } from './smtp.ts';

/** A mailbox's SMTP side: tested on request, used by the send job; problems kept on the mailbox. */
export class SmtpService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly box: SecretBox,
    private readonly hosts: HostPolicy,
  ) {}

  settings(m: Mailbox): SmtpSettings | null {
    return smtpOf(m, (sealed) => this.box.open(m.workspace_id, `${m.id}:smtp`, sealed));
  }

  /** A workspace SMTP account's settings, its password opened (sealed as a mailbox's is). */
  accountSettings(a: SmtpAccount): SmtpSettings {
    return {
      host: a.smtp_host,
      port: a.smtp_port,
      tls: a.smtp_tls,
      username: a.smtp_username,
      password: a.smtp_secret
        ? this.box.open(a.workspace_id, accountBinding(a.id), a.smtp_secret)
        : null,
    };
  }

  /** Connects and logs in as a workspace account; the outcome is kept on the account. */
  async testAccount(a: SmtpAccount): Promise<void> {
    await this.verifyWith(this.accountSettings(a), (code, detail) =>
      this.recordAccount(a, code, detail),
    );
    await this.recordAccount(a, null, null, nowIso());
  }

  /** Sends one message through a workspace account; a failure is kept on the account. */
  async sendFromAccount(a: SmtpAccount, s: SmtpSettings, mail: OutgoingMail): Promise<void> {
    await this.sendWith(s, mail, (code, detail) => this.recordAccount(a, code, detail));
    if (a.error_code) await this.recordAccount(a, null, null);
  }

  private async recordAccount(
    a: SmtpAccount,
    code: string | null,
    detail: string | null,
    testedAt?: string,
  ) {
    await accounts.update(this.db, a.workspace_id, a.id, {
      error_code: code,
      error_detail: detail,
      ...(testedAt ? { tested_at: testedAt } : {}),
      updated_at: nowIso(),
    });
  }

  /** Connects and logs in; a failure is recorded on the mailbox and thrown as a MailFailure. */
  async test(m: Mailbox, s: SmtpSettings): Promise<void> {
    await this.verifyWith(s, (code, detail) => this.record(m, code, detail));
    await this.record(m, null, null);
  }

  /** Sends one message; a failure is recorded on the mailbox and thrown as a MailFailure. */
  async send(m: Mailbox, s: SmtpSettings, mail: OutgoingMail): Promise<void> {
    await this.sendWith(s, mail, (code, detail) => this.record(m, code, detail));
    if (m.smtp_error_code) await this.record(m, null, null);
  }

  /**
   * Connects and logs in with any SMTP settings (a mailbox's, a workspace account's): a failure
   * is handed to `onFailure` (the password cut out) and thrown as a MailFailure.
   */
  verifyWith(s: SmtpSettings, onFailure: FailureRecorder): Promise<void> {
    return this.attempt(s, onFailure, (address) => verifySmtp(s, address));
  }

  /** Sends one message with any SMTP settings; a failure as in `verifyWith`. */
  sendWith(s: SmtpSettings, mail: OutgoingMail, onFailure: FailureRecorder): Promise<void> {
    return this.attempt(s, onFailure, (address) => sendSmtp(s, address, mail));
  }

  private async attempt(
    s: SmtpSettings,
    onFailure: FailureRecorder,
    work: (address: string) => Promise<void>,
  ) {
    try {
      await work(await vetMailHost(this.hosts, s.host));
    } catch (err) {
      const failure =
        err instanceof MailFailure
          ? err
          : new MailFailure(classifySmtpProblem(err ?? {}), errorText(err));
      // Whatever a server echoes back, the password never reaches the database or a log.
      const detail = s.password
        ? failure.message.split(s.password).join('***').slice(0, 500)
        : failure.message.slice(0, 500);
      await onFailure(failure.code, detail);
      throw new MailFailure(failure.code, detail);
    }
  }

  private async record(m: Mailbox, code: string | null, detail: string | null) {
    await mailboxes.update(this.db, m.workspace_id, m.id, {
      smtp_error_code: code,
      smtp_error_detail: detail,
      updated_at: nowIso(),
    });
  }
}

/** What a workspace account's sealed password is bound to (AAD), beside its workspace. */
export const accountBinding = (id: string) => `${id}:smtp-account`;

/** Keeps a failed SMTP attempt's code and (password-free) words where its owner sees them. */
export type FailureRecorder = (code: string, detail: string) => Promise<void>;

const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));
