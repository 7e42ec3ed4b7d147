import type { Kysely } from 'kysely';
import type { DB, MailOutbox } from '../../db/schema.ts';
import { newId, nowIso } from '../../domain/ids.ts';
import { outgoingMessageId, readSendAt } from '../../domain/mail/outgoing.ts';
import type { OutboxStatus } from '../../domain/mail/mail-vocabulary.ts';
import type { Scope } from '../../domain/scope.ts';
import { AppError, fieldError } from '../../http/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { contactRecords, customerRecords } from '../customers/customer-records.service.ts';
import { enqueueJob } from '../jobs/job-records.service.ts';
import type { SendSlotsService } from '../templates/send-slots.service.ts';
import type { TemplateRenderService } from '../templates/template-render.service.ts';
import type { RelatedQuote, RelatedRecords } from '../templates/related.ts';
import { userRecords } from '../users/user-records.service.ts';
import { composeContent } from './compose-content.ts';
import { mailboxesRepository as mailboxes } from './mailboxes.repository.ts';
import type { MessageOut } from './messages.schemas.ts';
import { toOutboxOut } from './outbox.mapper.ts';
import { outboxRepository as outbox } from './outbox.repository.ts';
import type { ComposeBody } from './outbox.schemas.ts';

export const MAIL_SEND_JOB = 'mail.send';

export interface OutboxDeps {
  render: TemplateRenderService;
  /** a quote the scope may see (404 otherwise), to attach its PDF */
  quote: (scope: Scope, id: string) => Promise<RelatedQuote>;
  slots: SendSlotsService;
  now: () => Date;
  /** the deal or ticket a message is written from, read in the caller's scope (404 otherwise) */
  related: Pick<RelatedRecords, 'deal' | 'ticket'>;
}

/**
 * Composing, scheduling and cancelling outgoing mail. The outbox is its sender's alone: another
 * user, whatever their role, gets 404 for a message and cannot send through another's mailbox.
 */
export class OutboxService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly deps: OutboxDeps,
  ) {}

  /**
   * `written`: the language of a text the caller wrote for the contact (a built-in greeting),
   * recorded as the message's language as a rendered template's is.
   */
  async compose(
    scope: Scope,
    body: ComposeBody,
    written?: { language: string },
  ): Promise<MessageOut> {
    const now = this.deps.now();
    const when = readSendAt(body.sendAt, now);
    if ('problem' in when) throw AppError.validation([fieldError('/sendAt', when.problem)]);
    const mailbox = await this.senderMailbox(scope, body.mailboxId);
    const contact = await contactRecords.findVisible(this.db, scope, body.contactId);
    const customer =
      contact && (await customerRecords.findVisible(this.db, scope, contact.customer_id));
    if (!contact || !customer) throw AppError.notFound('Contact');
    const to = (JSON.parse(contact.emails) as string[])[0];
    if (!to) throw AppError.validation([fieldError('/contactId', 'contact_no_email')]);
    const content = await composeContent(this.db, this.deps.render, scope, customer.id, body, now, {
      ...this.deps.related,
      quote: this.deps.quote,
    });
    // Their next business morning, from the same function GET /send-slots answers with.
    const planned =
      when.mode === 'now'
        ? now
        : when.mode === 'instant'
          ? when.at
          : new Date(
              (
                await this.deps.slots.slots(
                  scope,
                  { contactId: contact.id, after: now.toISOString(), count: 1 },
                  now,
                )
              ).mornings[0]!.at,
            );
    const sender = await userRecords.findById(this.db, scope.workspaceId, scope.userId);
    const id = newId();
    const stamp = nowIso();
    const row: MailOutbox = {
      workspace_id: scope.workspaceId,
      id,
      owner_id: scope.userId,
      mailbox_id: mailbox.id,
      customer_id: customer.id,
      contact_id: contact.id,
      template_id: body.templateId ?? null,
      from_address: mailbox.address,
      from_name: sender?.name ?? null,
      to_address: to,
      to_name: [contact.first_name, contact.last_name].filter(Boolean).join(' ') || null,
      subject: content.subject,
      body_text: content.text,
      language: content.rendered?.language ?? written?.language ?? null,
      language_reason: content.rendered ? JSON.stringify(content.rendered.reason) : null,
      send_at: when.mode,
      planned_at: planned.toISOString(),
      time_zone: customer.time_zone,
      status: 'scheduled',
      attempts: 0,
      last_error_code: null,
      last_error_detail: null,
      message_id: outgoingMessageId(id, mailbox.address),
      in_reply_to: content.inReplyTo,
      references: JSON.stringify(content.references),
      reply_to_id: content.replyToId,
      quote_id: body.quoteId ?? null,
      deal_id: body.dealId ?? null,
      ticket_id: body.ticketId ?? null,
      sent_at: null,
      cancelled_at: null,
      created_at: stamp,
      updated_at: stamp,
    };
    // The row and its job commit together: a scheduled send is in the database, not in memory.
    await this.db.transaction().execute(async (tx) => {
      await outbox.insert(tx, row);
      await enqueueJob(
        tx,
        MAIL_SEND_JOB,
        { outboxId: id },
        { workspaceId: scope.workspaceId, dedupKey: id, runAt: planned },
      );
      // The body is the sender's: the audit names who, to whom and when, not what.
      await recordAudit(tx, scope, {
        action: 'create',
        entityType: 'outgoing_mail',
        entityId: id,
        changes: {
          to: { before: null, after: to },
          customerId: { before: null, after: customer.id },
          plannedAt: { before: null, after: row.planned_at },
        },
      });
    });
    return this.get(scope, id);
  }

  async list(
    scope: Scope,
    q: {
      status: OutboxStatus | 'all';
      customerId?: string | undefined;
      dealId?: string | undefined;
      ticketId?: string | undefined;
      limit: number;
    },
  ): Promise<{ items: MessageOut[] }> {
    const rows = await outbox.listOwn(this.db, scope.workspaceId, scope.userId, {
      status: q.status === 'all' ? undefined : q.status,
      customerId: q.customerId,
      dealId: q.dealId,
      ticketId: q.ticketId,
      limit: q.limit,
    });
    return { items: rows.map(toOutboxOut) };
  }

  async find(scope: Scope, id: string): Promise<MessageOut | null> {
    const [row] = await outbox.listOwn(this.db, scope.workspaceId, scope.userId, { id, limit: 1 });
    return row ? toOutboxOut(row) : null;
  }

  async get(scope: Scope, id: string): Promise<MessageOut> {
    const found = await this.find(scope, id);
    if (!found) throw AppError.notFound('Message');
    return found;
  }

  /** Cancels a scheduled message; once it is being sent, sent or failed, 409. */
  async cancel(scope: Scope, id: string): Promise<MessageOut> {
    const before = await this.get(scope, id);
    const stamp = nowIso();
    const done = await this.db.transaction().execute(async (tx) => {
      const moved = await outbox.transition(tx, scope.workspaceId, id, ['scheduled'], {
        status: 'cancelled',
        cancelled_at: stamp,
        updated_at: stamp,
      });
      if (moved)
        await recordAudit(tx, scope, {
          action: 'update',
          entityType: 'outgoing_mail',
          entityId: id,
          changes: { status: { before: 'scheduled', after: 'cancelled' } },
        });
      return moved;
    });
    if (!done) {
      const now = (await this.get(scope, id)).outgoing?.status ?? before.outgoing?.status ?? '';
      throw AppError.conflict(`The message is ${now}; only a scheduled message can be cancelled`, [
        fieldError('/status', 'mail_not_cancellable', { status: now }),
      ]);
    }
    return this.get(scope, id);
  }

  /** Whether the caller has a mailbox at all: a sender without one is told so, not about SMTP. */
  async hasMailbox(scope: Scope): Promise<boolean> {
    return (await mailboxes.listOwn(this.db, scope.workspaceId, scope.userId)).length > 0;
  }

  private async senderMailbox(scope: Scope, mailboxId: string | undefined) {
    const own = await mailboxes.listOwn(this.db, scope.workspaceId, scope.userId);
    const mailbox = mailboxId ? own.find((m) => m.id === mailboxId) : own.find((m) => m.smtp_host);
    // Another user's mailbox is not found, as everywhere else.
    if (mailboxId && !mailbox) throw AppError.notFound('Mailbox');
    if (!mailbox?.smtp_host || !mailbox.smtp_port || !mailbox.smtp_tls)
      throw AppError.validation([fieldError('/mailboxId', 'mail_no_smtp')]);
    return mailbox;
  }
}
