import type { Kysely } from 'kysely';
import type { DB, Mailbox } from '../../db/schema.ts';
import { nowIso } from '../../domain/ids.ts';
import { classifySmtpProblem } from '../../domain/mail/mail-problem.ts';
import { vetMailHost, type HostPolicy } from './mail-hosts.ts';
import { MailFailure } from './mail-sync.service.ts';
import { mailboxesRepository as mailboxes } from './mailboxes.repository.ts';
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

  /** Connects and logs in; a failure is recorded on the mailbox and thrown as a MailFailure. */
  async test(m: Mailbox, s: SmtpSettings): Promise<void> {
    await this.attempt(m, s, (address) => verifySmtp(s, address));
    await this.record(m, null, null);
  }

  /** Sends one message; a failure is recorded on the mailbox and thrown as a MailFailure. */
  async send(m: Mailbox, s: SmtpSettings, mail: OutgoingMail): Promise<void> {
    await this.attempt(m, s, (address) => sendSmtp(s, address, mail));
    if (m.smtp_error_code) await this.record(m, null, null);
  }

  private async attempt(m: Mailbox, s: SmtpSettings, work: (address: string) => Promise<void>) {
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
      await this.record(m, failure.code, detail);
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

const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));
