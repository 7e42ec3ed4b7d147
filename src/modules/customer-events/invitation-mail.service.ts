import type { Kysely } from 'kysely';
import type { Executor } from '../../db/dialect.ts';
import type { CustomerEvent, DB, Mailbox } from '../../db/schema.ts';
import { reminderAt } from '../../domain/customer-events/invitee-times.ts';
import type { LinkSigner } from '../../domain/link-token.ts';
import type { Scope } from '../../domain/scope.ts';
import { AppError, fieldError, type FieldError } from '../../http/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { CalendarProvider } from '../countries/calendar.provider.ts';
import { enqueueJob } from '../jobs/job-records.service.ts';
import type { MailDeliveryService } from '../mail/delivery.service.ts';
import type { TemplateRenderService } from '../templates/template-render.service.ts';
import { findTemplate } from '../templates/templates.service.ts';
import { customerEventsRepository } from './customer-events.repository.ts';
import type { SendInvitationsBody } from './invitation-mail.schemas.ts';
import { inviteeZone } from './invitations.mapper.ts';
import { invitationsRepository, type InvitationRow } from './invitations.repository.ts';

export const INVITATION_MAIL_JOB = 'events.invitation-mail';
export const REMINDER_MAIL_JOB = 'events.reminder-mail';

/** What the invitation mails are built from (the composition root passes them in). */
export interface InvitationMailDeps {
  delivery: MailDeliveryService;
  calendars: CalendarProvider;
  /** signs RSVP links, written again for each mail */
  tokens: LinkSigner;
  /** the app's public address: the RSVP link in a mail is absolute */
  publicUrl: string;
  /** renders a workspace template for an invitee, when the sender chose one */
  render: TemplateRenderService;
  now: () => Date;
}

// ICU argument `{rsvpLink}` (spaces allowed inside the braces).
const USES_RSVP_LINK = /\{\s*rsvpLink\s*\}/;

/** The first address of a contact, or null. */
export const firstEmail = (emails: string): string | null =>
  (JSON.parse(emails) as string[])[0] ?? null;

/**
 * Sending invitations by mail: each invitee gets their invitation in its language with their own
 * RSVP link, from the event owner's mailbox (or one of the sender's own), and a reminder at their
 * reminder instant. Both are jobs in the database: they survive a restart and are retried.
 */
export class InvitationMailService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly deps: InvitationMailDeps,
  ) {}

  /** The mailbox: one of the caller's own when named, else the event owner's first that sends. */
  private async mailbox(scope: Scope, event: CustomerEvent, mailboxId?: string): Promise<Mailbox> {
    const chosen = mailboxId
      ? await this.deps.delivery.ownSender(scope, mailboxId)
      : await this.deps.delivery.firstSenderOf(scope.workspaceId, event.owner_id);
    if (!chosen) throw AppError.validation([fieldError('/mailboxId', 'mail_no_smtp')]);
    return chosen;
  }

  /**
   * Queues the invitation mail of the named invitations (else every one in the caller's scope not
   * mailed yet and not declined), each with its reminder. Contacts without an address are
   * answered as skipped; an invitation already queued is left as it is.
   */
  async send(scope: Scope, eventId: string, body: SendInvitationsBody) {
    const event = await customerEventsRepository.find(this.db, scope.workspaceId, eventId);
    if (!event) throw AppError.notFound('Event');
    const mailbox = await this.mailbox(scope, event, body.mailboxId);
    if (body.templateId) await this.checkTemplate(scope, body.templateId);
    return this.db.transaction().execute(async (tx) => {
      const all = await invitationsRepository.listVisible(tx, scope, eventId);
      const errors: FieldError[] = [];
      let chosen: InvitationRow[];
      if (body.invitationIds) {
        const byId = new Map(all.map((r) => [r.id, r]));
        chosen = [];
        body.invitationIds.forEach((id, i) => {
          const r = byId.get(id);
          if (r) chosen.push(r);
          else errors.push(fieldError(`/invitationIds/${i}`, 'not_invitation_of_event'));
        });
      } else chosen = all.filter((r) => r.mail_status === null && r.status !== 'no');
      if (errors.length) throw AppError.validation(errors);
      const skipped: { invitationId: string; reason: 'contact_no_email' | 'queued' }[] = [];
      const at = this.deps.now().toISOString();
      let queued = 0;
      for (const r of chosen) {
        if (r.mail_status === 'queued') skipped.push({ invitationId: r.id, reason: 'queued' });
        else if (!firstEmail(r.emails))
          skipped.push({ invitationId: r.id, reason: 'contact_no_email' });
        else {
          await invitationsRepository.update(tx, scope.workspaceId, [r.id], {
            mailbox_id: mailbox.id,
            mail_status: 'queued',
            mail_error: null,
            updated_at: at,
          });
          await enqueueJob(
            tx,
            INVITATION_MAIL_JOB,
            { invitationId: r.id, ...(body.templateId ? { templateId: body.templateId } : {}) },
            // due by the module's clock (the runner's, unless a test moves it)
            { workspaceId: scope.workspaceId, dedupKey: r.id, runAt: this.deps.now() },
          );
          if (r.reminder_status !== 'sent') await this.planReminder(tx, event, r);
          queued++;
        }
      }
      if (queued)
        await recordAudit(tx, scope, {
          action: 'update',
          entityType: 'customer_event',
          entityId: eventId,
          changes: { invitationsMailed: { before: null, after: queued } },
        });
      return { queued, skipped, mailboxId: mailbox.id };
    });
  }

  /**
   * A template chosen for invitations must be the workspace's, and every variant must carry the
   * invitee's own RSVP link: without it a guest could not answer.
   */
  private async checkTemplate(scope: Scope, templateId: string) {
    const found = await findTemplate(this.db, scope.workspaceId, templateId);
    if (!found) throw AppError.validation([fieldError('/templateId', 'template_not_found')]);
    const missing = found.variants.filter((v) => !USES_RSVP_LINK.test(v.body));
    if (missing.length)
      throw AppError.validation(
        missing.map((v) =>
          fieldError('/templateId', 'template_needs_rsvp_link', { value: v.language }),
        ),
      );
  }

  /**
   * The reminder's instant on the invitee's clock and calendar (10:00 on their last business day
   * before the event), kept on the invitation and given to a job at that instant. None once it
   * has passed. A job planned for an earlier instant finds another one kept and sends nothing.
   */
  private async planReminder(tx: Executor, event: CustomerEvent, r: InvitationRow) {
    const calendar = await this.deps.calendars.calendar(tx, r.workspace_id, r.country);
    const zone = inviteeZone(r, event.time_zone);
    const due = reminderAt(event.starts_at, zone, calendar, this.deps.now().toISOString());
    await invitationsRepository.update(tx, r.workspace_id, [r.id], {
      reminder_due_at: due,
      reminder_status: due ? 'queued' : null,
    });
    if (due)
      await enqueueJob(
        tx,
        REMINDER_MAIL_JOB,
        { invitationId: r.id, at: due },
        { workspaceId: r.workspace_id, dedupKey: `${r.id}@${due}`, runAt: new Date(due) },
      );
  }

  /** After the event's start changed: every mailed invitation's unsent reminder moves with it. */
  async replan(tx: Executor, workspaceId: string, eventId: string): Promise<void> {
    const event = await customerEventsRepository.find(tx, workspaceId, eventId);
    if (!event) return;
    for (const r of await invitationsRepository.plannedReminders(tx, workspaceId, eventId))
      await this.planReminder(tx, event, r);
  }
}
