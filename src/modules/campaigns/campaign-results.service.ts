import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import {
  CAMPAIGN_RECIPIENT_STATUSES,
  type CampaignRecipientStatus,
} from '../../domain/communication/campaign-vocabulary.ts';
import type { Scope } from '../../domain/scope.ts';
import { AppError, fieldError } from '../../http/errors.ts';
import { campaignResultsRepository as recipients } from './campaign-results.repository.ts';
import { requireOwner } from './campaign-checks.ts';
import type { CampaignDeps } from './campaign-deps.ts';
import { campaignMail } from './campaign-mail.ts';
import { campaignSender } from './campaign-sender.ts';
import { userRecords } from '../users/user-records.service.ts';
import { campaignsRepository as campaigns } from './campaigns.repository.ts';
import type { CampaignsService } from './campaigns.service.ts';
import type { Counts, ResultsOut } from './campaigns.schemas.ts';
import { segmentConditions } from '../segments/segment-conditions.service.ts';

const FIELD: Record<CampaignRecipientStatus, keyof Counts> = {
  queued: 'queued',
  sent: 'sent',
  failed: 'failed',
  bounced: 'bounced',
  skipped_unsubscribed: 'skippedUnsubscribed',
  skipped_no_email: 'skippedNoEmail',
  skipped_bounced: 'skippedBounced',
};
const zero = (): Counts => ({
  total: 0,
  queued: 0,
  sent: 0,
  failed: 0,
  bounced: 0,
  skippedUnsubscribed: 0,
  skippedNoEmail: 0,
  skippedBounced: 0,
  unsubscribed: 0,
  replied: 0,
});

/** A campaign's results (counts only, per status and country) and its test send. */
export class CampaignResultsService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly campaigns: CampaignsService,
    private readonly deps: CampaignDeps,
  ) {}

  async results(scope: Scope, id: string): Promise<ResultsOut> {
    const c = await this.campaigns.find(this.db, scope, id);
    const ws = scope.workspaceId;
    const [counts, unsubscribed, replied] = await Promise.all([
      recipients.counts(this.db, ws, id),
      recipients.unsubscribedBy(this.db, ws, id),
      recipients.repliedBy(this.db, ws, id),
    ]);
    const totals = zero();
    const byCountry = new Map<string, Counts>();
    const of = (country: string) => {
      let row = byCountry.get(country);
      if (!row) byCountry.set(country, (row = zero()));
      return row;
    };
    for (const r of counts) {
      const n = Number(r.n);
      of(r.country)[FIELD[r.status]] += n;
      of(r.country).total += n;
      totals[FIELD[r.status]] += n;
      totals.total += n;
    }
    for (const r of unsubscribed) {
      of(r.country).unsubscribed += Number(r.n);
      totals.unsubscribed += Number(r.n);
    }
    for (const r of replied) {
      of(r.country).replied += Number(r.n);
      totals.replied += Number(r.n);
    }
    return {
      campaignId: id,
      status: c.status,
      totals,
      byCountry: [...byCountry.entries()]
        .sort((a, b) => b[1].total - a[1].total || a[0].localeCompare(b[0]))
        .map(([country, n]) => ({ country, ...n })),
      recipientStatuses: [...CAMPAIGN_RECIPIENT_STATUSES],
    };
  }

  /**
   * Sends the mail as the first contact of the segment with an address would get it (their
   * language, their merge values) to the creator's own mailbox address, marked as a test. It
   * carries no working unsubscribe link and is not recorded on any timeline.
   */
  async testSend(scope: Scope, id: string) {
    const c = await this.campaigns.find(this.db, scope, id);
    requireOwner(scope, c);
    const sender = await campaignSender(this.deps.delivery, c);
    if (!sender)
      throw AppError.validation([
        c.sender_kind === 'workspace'
          ? fieldError('/smtpAccountId', 'no_such', { entity: 'smtp account' })
          : fieldError('/mailboxId', 'mail_no_smtp'),
      ]);
    const contactId = await this.sample(scope, c.segment_id);
    if (!contactId) throw AppError.validation([fieldError('/segmentId', 'contact_no_email')]);
    // From a mailbox the test goes to that mailbox; from a workspace account, to the creator.
    const to =
      sender.kind === 'workspace'
        ? ((await userRecords.findById(this.db, scope.workspaceId, scope.userId))?.email ??
          sender.address)
        : sender.address;
    const built = await campaignMail(this.db, this.deps, c, sender, contactId, to, this.deps.now());
    const mail = {
      ...built.mail,
      subject: `[TEST] ${built.mail.subject}`,
      messageId: `<test.${built.mail.messageId.slice(1)}`,
      headers: undefined,
    };
    await sender.send(mail);
    return { to, language: built.language, subject: mail.subject };
  }

  private async sample(scope: Scope, segmentId: string): Promise<string | undefined> {
    const where = (await segmentConditions(this.db, scope.workspaceId, [segmentId])).get(segmentId);
    if (!where) return undefined;
    let after = '';
    for (let i = 0; i < 20; i++) {
      const page = await campaigns.audiencePage(this.db, scope, where, after, 50);
      const hit = page.find((r) => !r.unsubscribed_at && (JSON.parse(r.emails) as string[]).length);
      if (hit) return hit.contact_id;
      if (page.length < 50) return undefined;
      after = page[page.length - 1]!.contact_id;
    }
    return undefined;
  }
}
