import type { Kysely } from 'kysely';
import type { Executor } from '../../db/dialect.ts';
import type { DB, Survey } from '../../db/schema.ts';
import { outgoingMessageId, sendBackoffMs, SEND_MAX_ATTEMPTS } from '../../domain/mail/outgoing.ts';
import { surveyMail } from '../../domain/service/survey-mail.ts';
import { contactRecords, customerRecords } from '../customers/customer-records.service.ts';
import { enqueueJob } from '../jobs/job-records.service.ts';
import { PermanentJobError, type JobContext, type JobKind } from '../jobs/job-kind.ts';
import type { MailDeliveryService } from '../mail/delivery.service.ts';
import { MailFailure } from '../mail/mail-sync.service.ts';
import type { OutgoingMail } from '../mail/smtp.ts';
import { serviceSettingsRepository } from './service-settings.repository.ts';
import type { SurveyTokens } from './survey-tokens.ts';
import { surveysRepository } from './surveys.repository.ts';

export const SURVEY_MAIL_JOB = 'feedback.survey-mail';

// Problems retrying cannot fix: an admin changes the account first.
const FINAL = new Set(['mail_auth_failed', 'mail_host_private', 'mail_no_smtp']);

/**
 * The mail state a survey planned now starts in: `queued` when the workspace chose an SMTP
 * account for survey mail (service settings), else null — nothing is mailed.
 */
export async function surveyMailState(tx: Executor, workspaceId: string) {
  return (await serviceSettingsRepository.surveyAccountId(tx, workspaceId)) ? 'queued' : null;
}

/** One `feedback.survey-mail` job per queued survey, due at its planned instant, in the caller's transaction. */
export async function queueSurveyMails(
  tx: Executor,
  workspaceId: string,
  surveys: { id: string; planned_at: string; mail_status?: string | null }[],
): Promise<void> {
  for (const s of surveys)
    if (s.mail_status === 'queued')
      await enqueueJob(
        tx,
        SURVEY_MAIL_JOB,
        { surveyId: s.id },
        { workspaceId, dedupKey: s.id, runAt: new Date(s.planned_at) },
      );
}

export interface SurveyMailDeps {
  delivery: MailDeliveryService;
  tokens: SurveyTokens;
  /** the app's public address: links in mail are absolute */
  publicUrl: string;
  now: () => Date;
}

/**
 * `feedback.survey-mail`: one survey link to one contact, in the survey's language, through the
 * workspace SMTP account chosen in the service settings (read when it runs: a changed account is
 * used, a removed one fails the mail with `mail_no_smtp`). Retried like the outbox (a minute,
 * five, fifteen, an hour), then failed; what was sent is an outbound email touch on the timeline.
 */
export function surveyMailJobKind(db: Kysely<DB>, deps: SurveyMailDeps): JobKind {
  const fail = async (s: Survey, code: string, why: string) => {
    await surveysRepository.markMail(db, s.workspace_id, s.id, {
      mail_status: 'failed',
      mail_error: code,
    });
    throw new PermanentJobError(why);
  };
  return {
    kind: SURVEY_MAIL_JOB,
    concurrency: 2,
    maxAttempts: SEND_MAX_ATTEMPTS,
    backoffMs: sendBackoffMs,
    run: async (payload: { surveyId: string }, ctx: JobContext) => {
      if (!ctx.workspaceId) throw new PermanentJobError('a survey mail needs its workspace');
      const ws = ctx.workspaceId;
      const s = await surveysRepository.find(db, ws, payload.surveyId);
      if (!s || s.mail_status !== 'queued') return;
      const accountId = await serviceSettingsRepository.surveyAccountId(db, ws);
      const sender = accountId ? await deps.delivery.accountSender(ws, accountId) : null;
      if (!sender) return fail(s, 'mail_no_smtp', 'no SMTP account is chosen for survey mail');
      const [customer] = await customerRecords.findMany(db, ws, [s.customer_id]);
      const contact = s.contact_id
        ? (await contactRecords.ofCustomer(db, ws, s.customer_id)).find(
            (c) => c.id === s.contact_id,
          )
        : undefined;
      const to = contact ? ((JSON.parse(contact.emails) as string[])[0] ?? null) : null;
      if (!customer || !contact || !to)
        return fail(s, 'contact_no_email', 'the contact has no address');
      const { account } = sender;
      const from = { name: account.from_name ?? account.name, address: account.address };
      const content = surveyMail({
        kind: s.kind,
        language: s.language,
        link: `${deps.publicUrl}${deps.tokens.linkOf(ws, s.id)}`,
        firstName: contact.first_name,
        subject: s.subject,
        senderName: from.name,
      });
      const date = deps.now();
      const mail: OutgoingMail = {
        from,
        to: {
          name: [contact.first_name, contact.last_name].filter(Boolean).join(' '),
          address: to,
        },
        subject: content.subject,
        text: content.text,
        // One id per survey: a retry sends the same message.
        messageId: outgoingMessageId(`survey-${s.id}`, account.address),
        inReplyTo: null,
        references: [],
        date,
        headers: { 'Content-Language': content.language },
      };
      try {
        await deps.delivery.sendFromAccount(sender, mail);
      } catch (err) {
        if (!(err instanceof MailFailure)) throw err;
        const last = FINAL.has(err.code) || ctx.attempt >= ctx.maxAttempts;
        await surveysRepository.markMail(db, ws, s.id, {
          mail_status: last ? 'failed' : 'queued',
          mail_error: err.code,
        });
        throw last ? new PermanentJobError(`${err.code}: ${err.message}`) : err;
      }
      const sent = {
        mail_status: 'sent' as const,
        mail_error: null,
        mailed_at: date.toISOString(),
      };
      // The timeline never holds a future touch (an app clock ahead of the wall clock, in tests).
      const touch = { ...mail, date: new Date(Math.min(date.getTime(), Date.now())) };
      try {
        await db.transaction().execute(async (tx) => {
          await surveysRepository.markMail(tx, ws, s.id, sent);
          await deps.delivery.recordSentFromAccount(tx, ws, customer.owner_id, touch, {
            customerId: customer.id,
            contactId: contact.id,
          });
        });
      } catch (err) {
        // The mail left: it is marked sent whatever happened to its timeline entry, so a retry
        // never sends it twice; the job keeps the error.
        await surveysRepository.markMail(db, ws, s.id, sent);
        throw new PermanentJobError(`sent, not on the timeline: ${String(err)}`);
      }
    },
  };
}
