import type { Expression, SqlBool } from 'kysely';
import type { Executor } from '../../db/dialect.ts';
import type { Campaign, CampaignTable } from '../../db/schema.ts';
import { visibleTo } from '../../db/visibility.ts';
import type { CampaignStatus } from '../../domain/communication/campaign-vocabulary.ts';
import type { Scope } from '../../domain/scope.ts';

type CampaignChange = Partial<
  Omit<CampaignTable, 'workspace_id' | 'id' | 'owner_id' | 'created_at'>
>;

/** One contact a campaign may reach, with what places them in time and language. */
export interface AudienceRow {
  contact_id: string;
  customer_id: string;
  emails: string;
  preferred_language: string | null;
  unsubscribed_at: string | null;
  country: string;
  region: string | null;
  time_zone: string | null;
}

/** The only code touching `campaigns` and `campaign_settings`. */
export const campaignsRepository = {
  async insert(db: Executor, row: Campaign): Promise<void> {
    await db.insertInto('campaigns').values(row).execute();
  },

  find(db: Executor, workspaceId: string, id: string): Promise<Campaign | undefined> {
    return db
      .selectFrom('campaigns')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
  },

  list(db: Executor, workspaceId: string, limit: number): Promise<Campaign[]> {
    return db
      .selectFrom('campaigns')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
  },

  /** Moves a campaign on only from the statuses given (compare-and-set): false when it was not. */
  async transition(
    db: Executor,
    workspaceId: string,
    id: string,
    from: CampaignStatus[],
    change: CampaignChange,
  ): Promise<boolean> {
    const r = await db
      .updateTable('campaigns')
      .set(change)
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .where('status', 'in', from)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  },

  async threshold(db: Executor, workspaceId: string): Promise<number | undefined> {
    const row = await db
      .selectFrom('campaign_settings')
      .select('approval_threshold')
      .where('workspace_id', '=', workspaceId)
      .executeTakeFirst();
    return row ? Number(row.approval_threshold) : undefined;
  },

  async setThreshold(db: Executor, workspaceId: string, value: number, at: string): Promise<void> {
    await db
      .insertInto('campaign_settings')
      .values({ workspace_id: workspaceId, approval_threshold: value, updated_at: at })
      .onConflict((oc) =>
        oc.column('workspace_id').doUpdateSet({ approval_threshold: value, updated_at: at }),
      )
      .execute();
  },

  /**
   * A page of the segment's contacts in the caller's scope, by contact id after `after`: the
   * scheduler reads a million recipients in pages, never all at once and never one by one.
   */
  audiencePage(
    db: Executor,
    scope: Scope,
    where: Expression<SqlBool>,
    after: string,
    limit: number,
  ): Promise<AudienceRow[]> {
    return db
      .selectFrom('contacts')
      .innerJoin('customers', (j) =>
        j
          .onRef('customers.workspace_id', '=', 'contacts.workspace_id')
          .onRef('customers.id', '=', 'contacts.customer_id'),
      )
      .select([
        'contacts.id as contact_id',
        'contacts.customer_id',
        'contacts.emails',
        'contacts.preferred_language',
        'contacts.unsubscribed_at',
        'customers.country',
        'customers.region',
        'customers.time_zone',
      ])
      .where('contacts.workspace_id', '=', scope.workspaceId)
      .where('customers.deleted_at', 'is', null)
      .where(() => where)
      .$call(visibleTo(scope, 'customers.owner_id'))
      .where('contacts.id', '>', after)
      .orderBy('contacts.id')
      .limit(limit)
      .execute();
  },

  /**
   * The markets of a segment in the caller's scope: each distinct (country, region, zone) of its
   * customers. Dozens for a million recipients; each gets its send instant computed once.
   */
  audienceMarkets(
    db: Executor,
    scope: Scope,
    where: Expression<SqlBool>,
  ): Promise<{ country: string; region: string | null; time_zone: string | null }[]> {
    return db
      .selectFrom('customers')
      .select(['customers.country', 'customers.region', 'customers.time_zone'])
      .distinct()
      .where('customers.workspace_id', '=', scope.workspaceId)
      .where('customers.deleted_at', 'is', null)
      .where(() => where)
      .$call(visibleTo(scope, 'customers.owner_id'))
      .execute();
  },

  /** The preferred languages the workspace's contacts name (a handful). */
  async contactLanguages(db: Executor, workspaceId: string): Promise<string[]> {
    const rows = await db
      .selectFrom('contacts')
      .select('preferred_language')
      .distinct()
      .where('workspace_id', '=', workspaceId)
      .where('preferred_language', 'is not', null)
      .execute();
    return rows.map((r) => r.preferred_language!);
  },
};
