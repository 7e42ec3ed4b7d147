import type { Kysely } from 'kysely';
import type { Executor } from '../../db/dialect.ts';
import type { DB, Mailbox, SmtpAccount } from '../../db/schema.ts';
import { systemScope } from '../../domain/scope.ts';
import type { Scope } from '../../domain/scope.ts';
import type { ActivitiesService } from '../relationship/activities.service.ts';
import { SENT_BY_CHUHAI, storeMessage } from './mail-store.ts';
import { mailboxesRepository as mailboxes } from './mailboxes.repository.ts';
import { smtpAccountsRepository as accounts } from './smtp-accounts.repository.ts';
import type { SmtpService } from './smtp.service.ts';
import type { OutgoingMail, SmtpSettings } from './smtp.ts';

export interface Sender {
  mailbox: Mailbox;
  settings: SmtpSettings;
}

/** A workspace SMTP account (0073) with its opened settings: campaigns may send from one. */
export interface AccountSender {
  account: SmtpAccount;
  settings: SmtpSettings;
}

/**
 * The one way out for mail Chuhai writes: the outbox's `mail.send` job, campaigns, event
 * invitations and reminders, and loyalty expiry reminders send through a mailbox's SMTP here and record what was sent on the customer's mail and timeline
 * (an outbound email, a touch) with `recordSent`.
 */
export class MailDeliveryService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly smtp: SmtpService,
    private readonly activities: ActivitiesService,
  ) {}

  /** One of the caller's own mailboxes that can send; another user's is never found. */
  async ownSender(scope: Scope, mailboxId: string): Promise<Mailbox | undefined> {
    const own = await mailboxes.listOwn(this.db, scope.workspaceId, scope.userId);
    const m = own.find((x) => x.id === mailboxId);
    return m?.smtp_host && m.smtp_port && m.smtp_tls ? m : undefined;
  }

  /** A user's first mailbox that can send (an event's owner, a customer's owner), or undefined. */
  async firstSenderOf(workspaceId: string, userId: string): Promise<Mailbox | undefined> {
    const own = await mailboxes.listOwn(this.db, workspaceId, userId);
    return own.find((m) => m.smtp_host && m.smtp_port && m.smtp_tls);
  }

  /** A mailbox with its opened SMTP settings, or null when it is gone or cannot send. */
  async sender(workspaceId: string, mailboxId: string): Promise<Sender | null> {
    const mailbox = await mailboxes.find(this.db, workspaceId, mailboxId);
    const settings = mailbox && this.smtp.settings(mailbox);
    return mailbox && settings ? { mailbox, settings } : null;
  }

  /** Sends one message; a failure is kept on the mailbox and thrown as a MailFailure. */
  send(s: Sender, mail: OutgoingMail): Promise<void> {
    return this.smtp.send(s.mailbox, s.settings, mail);
  }

  /** What was sent joins the customer's mail and timeline, in the caller's transaction. */
  async recordSent(
    tx: Executor,
    mailbox: Mailbox,
    mail: OutgoingMail,
    link: {
      customerId: string;
      contactId: string | null;
      key: string;
      /** the deal or ticket it was written from: listed on that page */
      dealId?: string | null;
      ticketId?: string | null;
    },
  ): Promise<void> {
    await storeMessage(
      tx,
      this.activities,
      mailbox,
      { folder: SENT_BY_CHUHAI, uidvalidity: link.key, uid: 0, internalDate: mail.date },
      {
        messageId: mail.messageId,
        inReplyTo: mail.inReplyTo,
        references: mail.references,
        subject: mail.subject,
        date: mail.date,
        from: { address: mail.from.address, name: mail.from.name || null },
        to: [{ address: mail.to.address, name: mail.to.name || null }],
        cc: [],
        text: mail.text,
        attachments: (mail.attachments ?? []).map((a) => ({
          filename: a.filename,
          contentType: a.contentType,
          size: a.content.length,
        })),
      },
      { customerId: link.customerId, contactId: link.contactId, by: 'email' },
      'outbound',
      { about: { dealId: link.dealId ?? null, ticketId: link.ticketId ?? null } },
    );
  }

  /** A workspace SMTP account as stored (password sealed), or undefined: none by that id. */
  accountOf = (workspaceId: string, accountId: string): Promise<SmtpAccount | undefined> =>
    accounts.find(this.db, workspaceId, accountId);

  /** A workspace SMTP account with its opened settings, or null when there is none by that id. */
  async accountSender(workspaceId: string, accountId: string): Promise<AccountSender | null> {
    const account = await accounts.find(this.db, workspaceId, accountId);
    return account ? { account, settings: this.smtp.accountSettings(account) } : null;
  }

  /** Sends one message through a workspace account; a failure is kept on the account. */
  sendFromAccount(s: AccountSender, mail: OutgoingMail): Promise<void> {
    return this.smtp.sendFromAccount(s.account, s.settings, mail);
  }

  /**
   * What a workspace account sent joins the customer's timeline as an outbound email (a touch
   * for cadence and health), logged for `actorId` (the campaign's creator). No user's mailbox
   * holds it, so only the subject is kept, as on every mail activity.
   */
  async recordSentFromAccount(
    tx: Executor,
    workspaceId: string,
    actorId: string,
    mail: OutgoingMail,
    link: { customerId: string; contactId: string | null },
  ): Promise<void> {
    await this.activities.logIn(tx, systemScope(workspaceId, actorId), {
      customerId: link.customerId,
      contactId: link.contactId,
      type: 'email',
      channel: 'mailbox',
      direction: 'outbound',
      occurredAt: mail.date.toISOString(),
      summary: (mail.subject || '(no subject)').slice(0, 4000),
    });
  }
}
