import type { Kysely } from 'kysely';
import type { CustomerEvent, DB } from '../../db/schema.ts';
import { invitationMail, onClock } from '../../domain/customer-events/invitation-mail.ts';
import { textIn } from '../../domain/customer-events/rsvp-labels.ts';
import { systemScope } from '../../domain/scope.ts';
import { AppError } from '../../http/errors.ts';
import { outgoingMessageId, sendBackoffMs, SEND_MAX_ATTEMPTS } from '../../domain/mail/outgoing.ts';
import { PermanentJobError, type JobContext, type JobKind } from '../jobs/job-kind.ts';
import { MailFailure } from '../mail/mail-sync.service.ts';
import type { Sender } from '../mail/delivery.service.ts';
import type { OutgoingMail } from '../mail/smtp.ts';
import { userRecords } from '../users/user-records.service.ts';
import { customerEventsRepository } from './customer-events.repository.ts';
import {
  firstEmail,
  INVITATION_MAIL_JOB,
  REMINDER_MAIL_JOB,
  type InvitationMailDeps,
} from './invitation-mail.service.ts';
import { inviteeZone } from './invitations.mapper.ts';
import { invitationsRepository, type InvitationRow } from './invitations.repository.ts';
import { rsvpToken } from './invitations.service.ts';

// Problems retrying cannot fix: the mailbox's owner changes the settings first.
const FINAL = new Set(['mail_auth_failed', 'mail_host_private', 'mail_no_smtp']);

type Kind = 'invite' | 'reminder';

/**
 * `events.invitation-mail` and `events.reminder-mail`: one mail to one invitee through the shared
 * delivery path (the invitation's mailbox), recorded on the customer's mail and timeline. A
 * failure is retried like the outbox's (a minute, five, fifteen, an hour), then marked failed.
 * A reminder is sent only while it is still the one planned (the event may have moved) and the
 * guest has neither declined, nor been put on the waiting list, nor checked in.
 */
export function invitationMailJobKinds(db: Kysely<DB>, deps: InvitationMailDeps): JobKind[] {
  const mark = (r: InvitationRow, kind: Kind, patch: Record<string, string | null>) =>
    invitationsRepository.update(db, r.workspace_id, [r.id], {
      ...(kind === 'invite'
        ? { mail_status: patch.status as 'sent' | 'failed' | 'queued' }
        : { reminder_status: patch.status as 'sent' | 'failed' | 'skipped' | 'queued' }),
      mail_error: patch.error ?? null,
    });

  const deliver = async (r: InvitationRow, kind: Kind, ctx: JobContext, templateId?: string) => {
    const event = await customerEventsRepository.find(db, r.workspace_id, r.event_id);
    const to = firstEmail(r.emails);
    const sender = r.mailbox_id && (await deps.delivery.sender(r.workspace_id, r.mailbox_id));
    if (!event) return;
    if (!sender || !to) {
      await mark(r, kind, { status: 'failed', error: to ? 'mail_no_smtp' : 'contact_no_email' });
      throw new PermanentJobError(to ? 'the mailbox cannot send' : 'the contact has no address');
    }
    const owner = await userRecords.findById(db, r.workspace_id, sender.mailbox.owner_id);
    const texts = (json: string) => JSON.parse(json) as Record<string, string>;
    const link = `${deps.publicUrl}/rsvp/${rsvpToken(deps.tokens, r.workspace_id, r.id)}`;
    if (templateId) {
      const content = await templated(r, event, templateId, link);
      if ('failed' in content) {
        await mark(r, kind, { status: 'failed', error: content.failed });
        throw new PermanentJobError(`the template cannot be written for this invitee`);
      }
      return send(r, kind, ctx, sender, owner?.name ?? '', to, content);
    }
    const content = invitationMail({
      kind,
      language: r.language,
      country: r.country,
      inviteeZone: inviteeZone(r, event.time_zone),
      firstName: r.first_name,
      status: r.status,
      event: {
        title: texts(event.title),
        description: texts(event.description),
        venue: event.venue,
        onlineUrl: event.online_url,
        timeZone: event.time_zone,
        startsAt: event.starts_at,
        rsvpDeadline: event.rsvp_deadline,
      },
      link,
      senderName: owner?.name ?? '',
    });
    return send(r, kind, ctx, sender, owner?.name ?? '', to, content);
  };

  /**
   * The chosen template in the invitee's variant (the templates' language rule), with the event's
   * fields written for them: the title in that language, the start on their clock and the
   * venue's, their own RSVP link. Rendered as the event's owner, who reaches every invitee.
   */
  const templated = async (
    r: InvitationRow,
    event: CustomerEvent,
    templateId: string,
    link: string,
  ): Promise<{ subject: string; text: string } | { failed: string }> => {
    const texts = (json: string) => JSON.parse(json) as Record<string, string>;
    try {
      const out = await deps.render.render(
        systemScope(r.workspace_id, event.owner_id),
        templateId,
        { contactId: r.contact_id },
        deps.now(),
        ({ language, locale }) => ({
          eventTitle: textIn(texts(event.title), language),
          eventStartInviteeTime: onClock(event.starts_at, locale, inviteeZone(r, event.time_zone)),
          eventStartVenueTime: onClock(event.starts_at, locale, event.time_zone),
          eventPlace: event.online_url ?? event.venue,
          rsvpLink: link,
          rsvpDeadline: event.rsvp_deadline
            ? onClock(event.rsvp_deadline, locale, inviteeZone(r, event.time_zone))
            : null,
        }),
      );
      return { subject: out.subject, text: `${out.body}\n` };
    } catch (err) {
      if (err instanceof AppError) return { failed: err.errors?.[0]?.code ?? 'template_not_found' };
      throw err;
    }
  };

  const send = async (
    r: InvitationRow,
    kind: Kind,
    ctx: JobContext,
    sender: Sender,
    ownerName: string,
    to: string,
    content: { subject: string; text: string },
  ) => {
    // One message id per mail and send: a retry sends the same message, a resend a new one.
    const key = `${kind}.${r.id}.${Date.parse(kind === 'invite' ? r.updated_at : (r.reminder_due_at ?? ''))}`;
    const date = deps.now();
    const mail: OutgoingMail = {
      from: { name: ownerName, address: sender.mailbox.address },
      to: { name: [r.first_name, r.last_name].filter(Boolean).join(' '), address: to },
      subject: content.subject,
      text: content.text,
      messageId: outgoingMessageId(`event-${key}`, sender.mailbox.address),
      inReplyTo: null,
      references: [],
      date,
    };
    try {
      await deps.delivery.send(sender, mail);
    } catch (err) {
      if (!(err instanceof MailFailure)) throw err;
      const last = FINAL.has(err.code) || ctx.attempt >= ctx.maxAttempts;
      await mark(r, kind, { status: last ? 'failed' : 'queued', error: err.code });
      throw last ? new PermanentJobError(`${err.code}: ${err.message}`) : err;
    }
    const at = date.toISOString();
    await db.transaction().execute(async (tx) => {
      await invitationsRepository.update(
        tx,
        r.workspace_id,
        [r.id],
        kind === 'invite'
          ? { mail_status: 'sent', mail_sent_at: at, mail_error: null }
          : { reminder_status: 'sent', reminder_sent_at: at, mail_error: null },
      );
      await deps.delivery.recordSent(tx, sender.mailbox, mail, {
        customerId: r.customer_id,
        contactId: r.contact_id,
        key: `event-${key}`,
      });
    });
  };

  const retries = { concurrency: 2, maxAttempts: SEND_MAX_ATTEMPTS, backoffMs: sendBackoffMs };
  return [
    {
      kind: INVITATION_MAIL_JOB,
      ...retries,
      run: async (payload: { invitationId: string; templateId?: string }, ctx: JobContext) => {
        if (!ctx.workspaceId) throw new PermanentJobError('an invitation needs its workspace');
        const r = await invitationsRepository.byId(db, ctx.workspaceId, payload.invitationId);
        if (r?.mail_status === 'queued') await deliver(r, 'invite', ctx, payload.templateId);
      },
    },
    {
      kind: REMINDER_MAIL_JOB,
      ...retries,
      run: async (payload: { invitationId: string; at: string }, ctx: JobContext) => {
        if (!ctx.workspaceId) throw new PermanentJobError('a reminder needs its workspace');
        const r = await invitationsRepository.byId(db, ctx.workspaceId, payload.invitationId);
        if (!r || r.reminder_status !== 'queued' || r.reminder_due_at !== payload.at) return;
        if (r.checked_in_at || r.status === 'no' || r.status === 'waitlisted')
          return void (await mark(r, 'reminder', { status: 'skipped' }));
        await deliver(r, 'reminder', ctx);
      },
    },
  ];
}
