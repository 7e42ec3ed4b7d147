import { sql, type Expression, type SqlBool } from 'kysely';
import { isPostgres, type Executor } from '../../db/dialect.ts';
import { visibleTo } from '../../db/visibility.ts';
import type { CampaignRecipientStatus } from '../../domain/communication/campaign-vocabulary.ts';
import type { Scope } from '../../domain/scope.ts';

/**
 * What writing a campaign's recipients needs besides the audience itself: a few dozen rows the
 * scheduler worked out per market and language, joined to the contacts in SQL.
 */
export interface AudiencePlan {
  scope: Scope;
  /** the segment's condition over `customers` */
  where: Expression<SqlBool>;
  campaignId: string;
  /** the send instant per market: country, region ('' for none), zone as stored ('' for none) */
  clocks: { country: string; region: string; zone: string; sendAt: string }[];
  /** see campaignLanguages: the contact's language's variant, else the country's */
  byContactLanguage: Map<string, string>;
  byCountry: Map<string, string>;
}

// A small table as SQL `(values (…), (…))`, bound parameters only. A row that matches nothing
// ('' keys, no language) keeps it from being empty, which SQL does not allow.
const valuesTable = (rows: (string | null)[][]) =>
  sql`(values ${sql.join(rows.map((r) => sql`(${sql.join(r)})`))})` as never;

// Contacts per statement on SQLite: its plan walks the contacts' primary key in order, so a page
// costs what its rows cost, and the connection is free between pages.
const PAGE = 100_000;

/**
 * INSERT … SELECT of the audience's recipients (after `after` by contact id, one page, when
 * given): the database copies each contact's first address, its language from the small tables
 * and its market's instant; no row passes through JavaScript. Queued, or skipped (unsubscribed,
 * no address, an address that bounced for good).
 */
function audienceInsert(db: Executor, plan: AudiencePlan, after: string | null) {
  const ws = plan.scope.workspaceId;
  const emails = sql.ref('contacts.emails');
  const address = isPostgres(db)
    ? sql<string | null>`nullif(${emails}::json ->> 0, '')`
    : sql<string | null>`nullif(json_extract(${emails}, '$[0]'), '')`;
  const clocks = plan.clocks.map((c) => [c.country, c.region, c.zone, c.sendAt]);
  return db
    .with('clocks(country, region, zone, send_at)', () => valuesTable(clocks))
    .with('contact_languages(tag, language)', () =>
      valuesTable([['', null], ...plan.byContactLanguage]),
    )
    .with('country_languages(country, language)', () =>
      valuesTable([['', null], ...plan.byCountry]),
    )
    .insertInto('campaign_recipients')
    .columns([
      'workspace_id',
      'campaign_id',
      'contact_id',
      'customer_id',
      'country',
      'address',
      'language',
      'send_at',
      'status',
    ])
    .expression((eb) =>
      eb
        .selectFrom('contacts')
        .innerJoin('customers', (j) =>
          j
            .onRef('customers.workspace_id', '=', 'contacts.workspace_id')
            .onRef('customers.id', '=', 'contacts.customer_id'),
        )
        // Left joins: SQLite probes the small tables from the contacts' scan, in its order.
        .leftJoin('clocks', (j) =>
          j
            .onRef('clocks.country', '=', 'customers.country')
            .on('clocks.region', '=', sql`coalesce(${sql.ref('customers.region')}, '')`)
            .on('clocks.zone', '=', sql`coalesce(${sql.ref('customers.time_zone')}, '')`),
        )
        .leftJoin('contact_languages', 'contact_languages.tag', 'contacts.preferred_language')
        .leftJoin('country_languages', 'country_languages.country', 'customers.country')
        // An address refused for good (a hard bounce) is never mailed again: one key probe.
        .leftJoin('bounced_addresses as ba', (j) =>
          j.onRef('ba.workspace_id', '=', 'contacts.workspace_id').on('ba.address', '=', address),
        )
        .select([
          sql.val(ws).as('workspace_id'),
          sql.val(plan.campaignId).as('campaign_id'),
          'contacts.id',
          'contacts.customer_id',
          'customers.country',
          address.as('address'),
          sql`coalesce(${sql.ref('contact_languages.language')}, ${sql.ref('country_languages.language')})`.as(
            'language',
          ),
          'clocks.send_at',
          sql`case when ${sql.ref('contacts.unsubscribed_at')} is not null then 'skipped_unsubscribed' when ${address} is null then 'skipped_no_email' when ${sql.ref('ba.address')} is not null then 'skipped_bounced' else 'queued' end`.as(
            'status',
          ),
        ])
        .where('contacts.workspace_id', '=', ws)
        .where('customers.deleted_at', 'is', null)
        .where(() => plan.where)
        .$call(visibleTo(plan.scope, 'customers.owner_id'))
        .$if(after !== null, (q) =>
          q.where('contacts.id', '>', after!).orderBy('contacts.id').limit(PAGE),
        ),
    );
}

/** The only code writing `campaign_recipients`. */
export const campaignRecipientsRepository = {
  /**
   * Writes a campaign's recipients, the database doing the work (see audienceInsert): SQLite in
   * pages of contacts by id; PostgreSQL in one statement, as a LIMIT there would sort the whole
   * audience again for every page. Answers how many rows were written.
   */
  async insertAudience(db: Executor, plan: AudiencePlan): Promise<number> {
    const count = (r: { numInsertedOrUpdatedRows?: bigint }) =>
      Number(r.numInsertedOrUpdatedRows ?? 0);
    if (isPostgres(db)) return count(await audienceInsert(db, plan, null).executeTakeFirst());
    let total = 0;
    for (let after = ''; ;) {
      const written = count(await audienceInsert(db, plan, after).executeTakeFirst());
      total += written;
      if (written < PAGE) return total;
      const last = await db
        .selectFrom('campaign_recipients')
        .select((eb) => eb.fn.max('contact_id').as('id'))
        .where('workspace_id', '=', plan.scope.workspaceId)
        .where('campaign_id', '=', plan.campaignId)
        .executeTakeFirstOrThrow();
      after = last.id!;
    }
  },

  /** Rows per status and the soonest instant of each, once the recipients are written. */
  written(db: Executor, workspaceId: string, campaignId: string) {
    return db
      .selectFrom('campaign_recipients')
      .select([
        'status',
        (eb) => eb.fn.countAll<number>().as('n'),
        (eb) => eb.fn.min('send_at').as('first'),
      ])
      .where('workspace_id', '=', workspaceId)
      .where('campaign_id', '=', campaignId)
      .groupBy('status')
      .execute();
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

  /** A sent mail came back for good (a hard bounce, or a soft one after the last retry). */
  async bounced(
    db: Executor,
    key: { workspaceId: string; campaignId: string; contactId: string },
    bounce: { status: string; at: string; error: string },
  ): Promise<boolean> {
    const r = await db
      .updateTable('campaign_recipients')
      .set({
        status: 'bounced',
        bounce_status: bounce.status,
        bounced_at: bounce.at,
        error: bounce.error,
      })
      .where('workspace_id', '=', key.workspaceId)
      .where('campaign_id', '=', key.campaignId)
      .where('contact_id', '=', key.contactId)
      .where('status', '=', 'sent')
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  },

  /** A soft bounce: queued again at `sendAt`, its retries counted (only from `sent`). */
  async requeue(
    db: Executor,
    key: { workspaceId: string; campaignId: string; contactId: string },
    retry: { status: string; at: string; sendAt: string; retries: number; error: string },
  ): Promise<boolean> {
    const r = await db
      .updateTable('campaign_recipients')
      .set({
        status: 'queued',
        send_at: retry.sendAt,
        retries: retry.retries,
        bounce_status: retry.status,
        bounced_at: retry.at,
        error: retry.error,
        sent_at: null,
      })
      .where('workspace_id', '=', key.workspaceId)
      .where('campaign_id', '=', key.campaignId)
      .where('contact_id', '=', key.contactId)
      .where('status', '=', 'sent')
      .where('retries', '=', retry.retries - 1)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
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

  /** One recipient by its key (an unsubscribe link names it). */
  find(db: Executor, workspaceId: string, campaignId: string, contactId: string) {
    return db
      .selectFrom('campaign_recipients')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('campaign_id', '=', campaignId)
      .where('contact_id', '=', contactId)
      .executeTakeFirst();
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
};
