import type { Executor } from '../../db/dialect.ts';

/**
 * Reads for a campaign's results: counts only, per country. Apart from the recipients'
 * repository (the table's writer), which stays about writing and sending.
 */
export const campaignResultsRepository = {
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
