import type { Executor } from '../../db/dialect.ts';
import { insertRows } from '../../db/bulk-insert.ts';
import type { CampaignRecipient } from '../../db/schema.ts';
import type { CampaignRecipientStatus } from '../../domain/communication/campaign-vocabulary.ts';

/** A due recipient with the contact's current unsubscribe flag (they may have left since). */
export type DueRecipient = CampaignRecipient & { unsubscribed_at: string | null };

/** The only code touching `campaign_recipients`. */
export const campaignRecipientsRepository = {
  /** Many rows in multi-row statements built once per shape (no per-row round trip). */
  insertMany: (db: Executor, rows: CampaignRecipient[]) =>
    insertRows(db, 'campaign_recipients', rows),

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
      .selectAll('r')
      .select('contacts.unsubscribed_at')
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

  async mark(
    db: Executor,
    workspaceId: string,
    campaignId: string,
    contactId: string,
    change: {
      status: CampaignRecipientStatus;
      sent_at?: string;
      error?: string | null;
      language?: string;
    },
  ): Promise<void> {
    await db
      .updateTable('campaign_recipients')
      .set(change)
      .where('workspace_id', '=', workspaceId)
      .where('campaign_id', '=', campaignId)
      .where('contact_id', '=', contactId)
      .where('status', '=', 'queued')
      .execute();
  },

  /** A cancelled campaign's queued recipients are never sent: they are dropped. */
  async dropQueued(db: Executor, workspaceId: string, campaignId: string): Promise<void> {
    await db
      .deleteFrom('campaign_recipients')
      .where('workspace_id', '=', workspaceId)
      .where('campaign_id', '=', campaignId)
      .where('status', '=', 'queued')
      .execute();
  },

  byTokenHash(db: Executor, workspaceId: string, hash: string) {
    return db
      .selectFrom('campaign_recipients')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('token_hash', '=', hash)
      .executeTakeFirst();
  },

  /** Recipients per country and status. */
  counts(db: Executor, workspaceId: string, campaignId: string) {
    return db
      .selectFrom('campaign_recipients')
      .select(['country', 'status', (eb) => eb.fn.countAll<number>().as('n')])
      .where('workspace_id', '=', workspaceId)
      .where('campaign_id', '=', campaignId)
      .groupBy(['country', 'status'])
      .execute();
  },

  /** Recipients per country who unsubscribed through this campaign's link. */
  unsubscribedBy(db: Executor, workspaceId: string, campaignId: string) {
    return db
      .selectFrom('campaign_recipients')
      .select(['country', (eb) => eb.fn.countAll<number>().as('n')])
      .where('workspace_id', '=', workspaceId)
      .where('campaign_id', '=', campaignId)
      .where('unsubscribed_at', 'is not', null)
      .groupBy('country')
      .execute();
  },

  async markUnsubscribed(
    db: Executor,
    workspaceId: string,
    campaignId: string,
    contactId: string,
    at: string,
  ): Promise<void> {
    await db
      .updateTable('campaign_recipients')
      .set({ unsubscribed_at: at })
      .where('workspace_id', '=', workspaceId)
      .where('campaign_id', '=', campaignId)
      .where('contact_id', '=', contactId)
      .where('unsubscribed_at', 'is', null)
      .execute();
  },

  /**
   * Recipients per country whose reply was synced: an inbound message in the thread the
   * campaign's mail started (its Message-ID names the campaign, `<campaign.contact.chuhai@…>`).
   */
  repliedBy(db: Executor, workspaceId: string, campaignId: string) {
    return db
      .selectFrom('campaign_recipients as r')
      .innerJoin('mail_messages as m', (j) =>
        j.onRef('m.workspace_id', '=', 'r.workspace_id').onRef('m.contact_id', '=', 'r.contact_id'),
      )
      .select(['r.country', (eb) => eb.fn.count<number>('r.contact_id').distinct().as('n')])
      .where('r.workspace_id', '=', workspaceId)
      .where('r.campaign_id', '=', campaignId)
      .where('r.status', '=', 'sent')
      .where('m.direction', '=', 'inbound')
      .where('m.thread_id', 'like', `<${campaignId}.%`)
      .groupBy('r.country')
      .execute();
  },
};
