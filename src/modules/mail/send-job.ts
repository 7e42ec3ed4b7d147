import type { Kysely } from 'kysely';
import type { DB, MailOutbox } from '../../db/schema.ts';
import { nowIso } from '../../domain/ids.ts';
import { systemScope, type Scope } from '../../domain/scope.ts';
import { sendBackoffMs, SEND_MAX_ATTEMPTS } from '../../domain/mail/outgoing.ts';
import { PermanentJobError, type JobContext, type JobKind } from '../jobs/job-kind.ts';
import type { MailDeliveryService } from './delivery.service.ts';
import { MailFailure } from './mail-sync.service.ts';
import { MAIL_SEND_JOB } from './outbox.service.ts';
import { outboxRepository as outbox } from './outbox.repository.ts';
import type { OutgoingMail } from './smtp.ts';

// Problems a retry cannot fix: the owner has to change the settings first.
const FINAL = new Set(['mail_auth_failed', 'mail_host_private', 'mail_no_smtp']);

/**
 * `mail.send`: sends one outbox message when its instant comes. A cancelled message is skipped;
 * a failure is retried with backoff (a minute, five, fifteen, an hour) and then, or at once when
 * retrying cannot help, the message is marked failed with the reason. On success the message
 * joins the customer's mail and the timeline as an outbound email (a touch), in one transaction.
 */
export function sendJobKind(
  db: Kysely<DB>,
  delivery: MailDeliveryService,
  now: () => Date,
  /** a quote's PDF, rendered for the sender (the quote as sent, else as it is now) */
  quotePdf?: (scope: Scope, quoteId: string) => Promise<{ pdf: Buffer; filename: string }>,
): JobKind<{ outboxId: string }> {
  const fail = async (row: MailOutbox, code: string, detail: string) => {
    await outbox.transition(db, row.workspace_id, row.id, ['sending'], {
      status: 'failed',
      last_error_code: code,
      last_error_detail: detail,
      updated_at: nowIso(),
    });
    throw new PermanentJobError(`${code}: ${detail}`);
  };

  const run = async (payload: { outboxId: string }, ctx: JobContext) => {
    if (!ctx.workspaceId) throw new PermanentJobError('a send needs its workspace');
    const row = await outbox.find(db, ctx.workspaceId, payload.outboxId);
    if (!row) throw new PermanentJobError('the message was deleted');
    // Cancelled (or already done): nothing to send. "sending" is a run that died: take it over.
    const attempts = row.attempts + 1;
    const claimed = await outbox.transition(
      db,
      row.workspace_id,
      row.id,
      ['scheduled', 'sending'],
      {
        status: 'sending',
        attempts,
        updated_at: nowIso(),
      },
    );
    if (!claimed) return;
    const sender = await delivery.sender(row.workspace_id, row.mailbox_id);
    if (!sender) return fail(row, 'mail_no_smtp', 'the mailbox has no SMTP server');
    const date = now();
    // The sender could see the quote when composing; the PDF is the quote's as it is sent.
    const pdf =
      row.quote_id && quotePdf
        ? await quotePdf(systemScope(row.workspace_id, row.owner_id), row.quote_id)
        : null;
    const mail: OutgoingMail = {
      from: { name: row.from_name ?? '', address: row.from_address },
      to: { name: row.to_name ?? '', address: row.to_address },
      subject: row.subject,
      text: row.body_text,
      messageId: row.message_id,
      inReplyTo: row.in_reply_to,
      references: JSON.parse(row.references) as string[],
      date,
      ...(pdf
        ? {
            attachments: [
              { filename: pdf.filename, contentType: 'application/pdf', content: pdf.pdf },
            ],
          }
        : {}),
    };
    try {
      await delivery.send(sender, mail);
    } catch (err) {
      if (!(err instanceof MailFailure)) throw err;
      if (FINAL.has(err.code) || ctx.attempt >= ctx.maxAttempts)
        return fail(row, err.code, err.message);
      // Scheduled again (and so still cancellable) until the runner's next try.
      await outbox.transition(db, row.workspace_id, row.id, ['sending'], {
        status: 'scheduled',
        last_error_code: err.code,
        last_error_detail: err.message,
        updated_at: nowIso(),
      });
      throw err;
    }
    await db.transaction().execute(async (tx) => {
      await outbox.transition(tx, row.workspace_id, row.id, ['sending'], {
        status: 'sent',
        sent_at: date.toISOString(),
        last_error_code: null,
        last_error_detail: null,
        updated_at: nowIso(),
      });
      await delivery.recordSent(tx, sender.mailbox, mail, {
        customerId: row.customer_id,
        contactId: row.contact_id,
        key: row.id,
        dealId: row.deal_id,
        ticketId: row.ticket_id,
      });
    });
  };

  return {
    kind: MAIL_SEND_JOB,
    concurrency: 4,
    maxAttempts: SEND_MAX_ATTEMPTS,
    backoffMs: sendBackoffMs,
    run,
  };
}
