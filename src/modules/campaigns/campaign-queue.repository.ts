import type { Executor } from '../../db/dialect.ts';
import type { CampaignRecipient } from '../../db/schema.ts';

/**
 * A due recipient with the contact's current unsubscribe flag (they may have left since) and
 * whether its address has bounced for good since it was scheduled.
 */
export type DueRecipient = CampaignRecipient & {
  unsubscribed_at: string | null;
  bounced_address: string | null;
};

/**
 * The sender's reads of `campaign_recipients` (its writer is the recipients' repository): the
 * due batch, the next instant, and the throttle's count.
 */
export const campaignQueueRepository = {
  /** Queued recipients whose instant has come, soonest first. */
  due(
    db: Executor,
    workspaceId: string,
    campaignId: string,
    now: string,
    limit: number,
  ): Promise<DueRecipient[]> {
    return db
      .selectFrom('campaign_recipients as r')
      .innerJoin('contacts', (j) =>
        j
          .onRef('contacts.workspace_id', '=', 'r.workspace_id')
          .onRef('contacts.id', '=', 'r.contact_id'),
      )
      .leftJoin('bounced_addresses as ba', (j) =>
        j.onRef('ba.workspace_id', '=', 'r.workspace_id').onRef('ba.address', '=', 'r.address'),
      )
      .selectAll('r')
      .select(['contacts.unsubscribed_at', 'ba.address as bounced_address'])
      .where('r.workspace_id', '=', workspaceId)
      .where('r.campaign_id', '=', campaignId)
      .where('r.status', '=', 'queued')
      .where('r.send_at', '<=', now)
      .orderBy('r.send_at')
      .orderBy('r.contact_id')
      .limit(limit)
      .execute();
  },

  /** The next queued instant, or undefined when nothing is queued. */
  async nextQueued(db: Executor, workspaceId: string, campaignId: string) {
    const row = await db
      .selectFrom('campaign_recipients')
      .select('send_at')
      .where('workspace_id', '=', workspaceId)
      .where('campaign_id', '=', campaignId)
      .where('status', '=', 'queued')
      .orderBy('send_at')
      .limit(1)
      .executeTakeFirst();
    return row?.send_at;
  },

  /** Messages sent through a mailbox since an instant, over all its campaigns (the throttle). */
  async sentSince(
    db: Executor,
    workspaceId: string,
    mailboxId: string,
    since: string,
    until: string,
  ) {
    const row = await db
      .selectFrom('campaign_recipients as r')
      .innerJoin('campaigns', (j) =>
        j
          .onRef('campaigns.workspace_id', '=', 'r.workspace_id')
          .onRef('campaigns.id', '=', 'r.campaign_id'),
      )
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('r.workspace_id', '=', workspaceId)
      .where('campaigns.mailbox_id', '=', mailboxId)
      .where('r.status', '=', 'sent')
      .where('r.sent_at', '>', since)
      .where('r.sent_at', '<=', until)
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  },
};
