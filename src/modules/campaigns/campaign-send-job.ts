import type { Kysely } from 'kysely';
import type { Campaign, DB } from '../../db/schema.ts';
import { AppError } from '../../http/errors.ts';
import { PermanentJobError, type JobContext, type JobKind } from '../jobs/job-kind.ts';
import { enqueueJob } from '../jobs/job-records.service.ts';
import { MailFailure } from '../mail/mail-sync.service.ts';
import { campaignQueueRepository as queue } from './campaign-queue.repository.ts';
import { campaignRecipientsRepository as recipients } from './campaign-recipients.repository.ts';
import { CAMPAIGN_SEND_JOB, type CampaignDeps } from './campaign-deps.ts';
import { campaignMail } from './campaign-mail.ts';
import { campaignSender } from './campaign-sender.ts';
import { campaignsRepository as campaigns } from './campaigns.repository.ts';

// Problems of the mailbox or account, not of one recipient: the batch stops and is tried again
// later (the mailbox shows the problem to its owner, an account to the admins); any other refusal fails that recipient only.
const MAILBOX_PROBLEMS = new Set([
  'mail_auth_failed',
  'mail_host_private',
  'mail_no_smtp',
  'mail_tls_failed',
  'mail_host_not_found',
  'mail_host_unreachable',
  'mail_timeout',
]);
const MINUTE = 60_000;

/**
 * `campaigns.send`: one run sends the campaign's due recipients, at most its per-minute rate
 * through the sender's mailbox (counting every campaign from that mailbox in the last minute),
 * then enqueues the next run: in a minute while recipients are due, else at the next one's
 * instant. Unsubscribed contacts and addresses that bounced for good are skipped at send time
 * too (either may have happened since scheduling).
 */
export function campaignSendJobKind(
  db: Kysely<DB>,
  deps: CampaignDeps,
): JobKind<{ campaignId: string }> {
  const run = async (payload: { campaignId: string }, ctx: JobContext) => {
    const ws = ctx.workspaceId;
    if (!ws) throw new PermanentJobError('a campaign needs its workspace');
    const c = await campaigns.find(db, ws, payload.campaignId);
    if (!c || (c.status !== 'scheduled' && c.status !== 'sending')) return;
    const now = deps.now();
    if (c.status === 'scheduled')
      await campaigns.transition(db, ws, c.id, ['scheduled'], {
        status: 'sending',
        updated_at: now.toISOString(),
      });
    const sender = await campaignSender(deps.delivery, c);
    if (!sender) throw new PermanentJobError('the campaign’s mailbox or SMTP account cannot send');
    const since = new Date(now.getTime() - MINUTE).toISOString();
    const budget =
      Number(c.per_minute) -
      (await queue.sentSince(db, ws, c.mailbox_id, since, now.toISOString()));
    let stalled = budget <= 0;
    const due = stalled ? [] : await queue.due(db, ws, c.id, now.toISOString(), budget);
    for (const r of due) {
      if (ctx.signal.aborted) break;
      if (r.unsubscribed_at || !r.address || r.bounced_address) {
        await recipients.mark(db, ws, c.id, r.contact_id, {
          status: !r.address
            ? 'skipped_no_email'
            : r.unsubscribed_at
              ? 'skipped_unsubscribed'
              : 'skipped_bounced',
        });
        continue;
      }
      const date = deps.now();
      let built;
      try {
        built = await campaignMail(db, deps, c, sender, r.contact_id, r.address, date);
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        const code = err.errors?.[0]?.code ?? 'not_found';
        await recipients.mark(db, ws, c.id, r.contact_id, { status: 'failed', error: code });
        continue;
      }
      try {
        await sender.send(built.mail);
      } catch (err) {
        if (!(err instanceof MailFailure)) throw err;
        if (MAILBOX_PROBLEMS.has(err.code)) {
          stalled = true;
          break;
        }
        await recipients.mark(db, ws, c.id, r.contact_id, { status: 'failed', error: err.code });
        continue;
      }
      await db.transaction().execute(async (tx) => {
        await recipients.mark(tx, ws, c.id, r.contact_id, {
          status: 'sent',
          sent_at: date.toISOString(),
          language: built.language,
          error: null,
        });
        await sender.recordSent(tx, built.mail, {
          customerId: r.customer_id,
          contactId: r.contact_id,
          key: `${c.id}.${r.contact_id}`,
        });
      });
    }
    await next(c, now, stalled || due.length >= budget);
  };

  const next = async (c: Campaign, now: Date, full: boolean) => {
    const ws = c.workspace_id;
    const queued = await queue.nextQueued(db, ws, c.id);
    if (!queued) {
      const at = deps.now().toISOString();
      await campaigns.transition(db, ws, c.id, ['sending'], {
        status: 'done',
        finished_at: at,
        updated_at: at,
      });
      return;
    }
    const soonest = now.getTime() + (full || queued <= now.toISOString() ? MINUTE : 0);
    const runAt = new Date(Math.max(soonest, Date.parse(queued)));
    await enqueueJob(
      db,
      CAMPAIGN_SEND_JOB,
      { campaignId: c.id },
      { workspaceId: ws, dedupKey: `${c.id}@${runAt.toISOString()}`, runAt },
    );
  };

  return { kind: CAMPAIGN_SEND_JOB, concurrency: 1, maxAttempts: 5, leaseMs: 10 * MINUTE, run };
}
