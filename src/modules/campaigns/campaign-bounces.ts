import type { Executor } from '../../db/dialect.ts';
import { bounceOutcome, campaignKeyOf } from '../../domain/communication/campaign-bounces.ts';
import { bounceKind, recipientFor, type DeliveryReport } from '../../domain/mail/dsn.ts';
import { systemScope } from '../../domain/scope.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { enqueueJob } from '../jobs/job-records.service.ts';
import type { DeliveryReportHandler, ReportOrigin } from '../mail/folder-sync.ts';
import { bouncedAddressesRepository as bounced } from './bounced-addresses.repository.ts';
import { campaignRecipientsRepository as recipients } from './campaign-recipients.repository.ts';
import { CAMPAIGN_SEND_JOB } from './campaign-deps.ts';
import { campaignsRepository as campaigns } from './campaigns.repository.ts';

/**
 * What a delivery report found by the mail sync does to a campaign, inside the sync's
 * transaction (with the folder's bookmark, so a report is applied exactly once):
 * - the returned Message-ID names the campaign and contact (`campaignKeyOf`), and the report
 *   must come to the sender the campaign went out through (the user's mailbox, or the workspace
 *   SMTP account's return-path mailbox): a report elsewhere changes nothing;
 * - a hard bounce (failed, 5.x.x) marks the recipient `bounced` and the address in
 *   `bounced_addresses` (no campaign mails it again), audited on the contact as done by no user;
 * - a soft bounce (failed, 4.x.x) queues the recipient again 4 h later, at most twice, the
 *   campaign sending again if it had finished; after that it is `bounced`, the address unmarked.
 */
export function campaignBounceHandler(now: () => Date): DeliveryReportHandler {
  return async (tx: Executor, origin: ReportOrigin, report: DeliveryReport) => {
    const key = campaignKeyOf(report.originalMessageId);
    if (!key) return false;
    const ws = origin.workspaceId;
    const c = await campaigns.find(tx, ws, key.campaignId);
    if (!c || c.mailbox_id !== origin.id || c.sender_kind !== origin.kind) return false;
    const r = await recipients.find(tx, ws, c.id, key.contactId);
    if (!r || r.status !== 'sent' || !r.address) return false;
    const line = recipientFor(report, r.address);
    const kind = line && bounceKind(line);
    if (!line || !kind) return false;
    const at = now();
    const status = line.status ?? (kind === 'hard' ? '5.0.0' : '4.0.0');
    const error = `bounce ${status}${line.diagnostic ? `: ${line.diagnostic}` : ''}`.slice(0, 500);
    const ids = { workspaceId: ws, campaignId: c.id, contactId: r.contact_id };
    const outcome = bounceOutcome(kind, Number(r.retries), at);
    if (outcome.kind === 'retry' && c.status !== 'cancelled') {
      const sendAt = outcome.retryAt.toISOString();
      const ok = await recipients.requeue(tx, ids, {
        status,
        at: at.toISOString(),
        sendAt,
        retries: outcome.retries,
        error,
      });
      if (!ok) return false;
      await campaigns.transition(tx, ws, c.id, ['done'], {
        status: 'sending',
        finished_at: null,
        updated_at: at.toISOString(),
      });
      await enqueueJob(
        tx,
        CAMPAIGN_SEND_JOB,
        { campaignId: c.id },
        { workspaceId: ws, dedupKey: `${c.id}@${sendAt}`, runAt: outcome.retryAt },
      );
      return true;
    }
    const ok = await recipients.bounced(tx, ids, { status, at: at.toISOString(), error });
    if (!ok || outcome.kind !== 'hard') return ok;
    const marked = await bounced.mark(tx, {
      workspace_id: ws,
      address: r.address,
      status,
      diagnostic: line.diagnostic,
      campaign_id: c.id,
      contact_id: r.contact_id,
      bounced_at: at.toISOString(),
    });
    if (marked)
      // The receiving server's verdict, not a user's: audited as done by no user.
      await recordAudit(tx, systemScope(ws), {
        action: 'update',
        entityType: 'contact',
        entityId: r.contact_id,
        changes: {
          bouncedAddress: { before: null, after: r.address },
          bounceStatus: { before: null, after: status },
          campaignId: { before: null, after: c.id },
        },
      });
    return true;
  };
}
