import { sql, type RawBuilder, type SqlBool } from 'kysely';
import { chunks } from '../../db/chunks.ts';
import type { Executor } from '../../db/dialect.ts';
import { visibleTo } from '../../db/visibility.ts';
import type { Scope } from '../../domain/scope.ts';
import {
  OPEN_COLUMNS,
  stillOpen,
  visibleRows,
  type OpenFollowUpRow,
} from './follow-ups.repository.ts';

/** Where an open follow-up's customer is: what decides its bucket and its next window. */
export interface NearFollowUp {
  id: string;
  due_date: string;
  customer_country: string;
  customer_region: string | null;
  customer_time_zone: string | null;
}

type Assignees = { assigneeIds?: string[] };

/** Open, visible, of the given assignees when named (none named: everyone the scope sees). */
function openOf(db: Executor, scope: Scope, { assigneeIds }: Assignees) {
  const q = visibleRows(db, scope).where(stillOpen);
  return assigneeIds
    ? q.where('follow_ups.assignee_id', 'in', assigneeIds.length ? assigneeIds : ['-'])
    : q;
}

/** A market as stored on customers: country, region and time zone (null: the country's). */
type Market = { country: string; region: string | null; time_zone: string | null };

function inMarkets(db: Executor, scope: Scope, markets: Market[], ownerIds?: string[]) {
  const q = db
    .selectFrom('customers')
    .where('customers.workspace_id', '=', scope.workspaceId)
    .$call(visibleTo(scope, 'customers.owner_id'))
    .where('deleted_at', 'is', null)
    // Implied by the markets below, but it is what lets SQLite (no statistics) see that the market
    // index serves them: without it, it walked another index over every customer (25 ms).
    .where('country', 'in', [...new Set(markets.map((m) => m.country))])
    .where((eb) =>
      eb.or(
        markets.map((m) =>
          // `=` or `is null`, not `is not distinct from`: each market is then one range of
          // `customers_market_idx` (migration 0106), which SQLite and PostgreSQL both seek
          eb.and([
            eb('country', '=', m.country),
            m.region === null ? eb('region', 'is', null) : eb('region', '=', m.region),
            m.time_zone === null ? eb('time_zone', 'is', null) : eb('time_zone', '=', m.time_zone),
          ]),
        ),
      ),
    );
  return ownerIds ? q.where('owner_id', 'in', ownerIds.length ? ownerIds : ['-']) : q;
}

/**
 * The inbox's reads (the follow-ups repository's, kept apart for size; the relationship module
 * stays the writer of `follow_ups`, the customers module of `customers`). The inbox spans an
 * admin's whole workspace, so each read is bounded: for due work, the days where a bucket depends
 * on the customer's zone, a count and a page by key, through the partial indexes on open
 * follow-ups by (due date, id) (migration 0023); for attention, gone-cold candidates a page at a
 * time and the markets with a holiday, through the customer indexes of migration 0106.
 */
export const followUpsInboxRepository = {
  /** Open follow-ups due within [from, until]: today somewhere on Earth, overdue elsewhere. */
  near(db: Executor, scope: Scope, opts: Assignees & { from: string; until: string }) {
    return openOf(db, scope, opts)
      .select([
        'follow_ups.id',
        'follow_ups.due_date',
        'customers.country as customer_country',
        'customers.region as customer_region',
        'customers.time_zone as customer_time_zone',
      ])
      .where('follow_ups.due_date', '>=', opts.from)
      .where('follow_ups.due_date', '<=', opts.until)
      .execute() as Promise<NearFollowUp[]>;
  },

  /** How many open follow-ups are due before `before` (overdue in every zone). */
  async countBefore(db: Executor, scope: Scope, opts: Assignees & { before: string }) {
    if (scope.visibleOwnerIds === 'all' && !opts.assigneeIds) {
      // Everyone's: the join to each customer only leaves out the trash's (7,000 lookups took
      // 10–37 ms at 20,000 customers), so count them all from the index and take the few in the
      // trash away.
      const all = await db
        .selectFrom('follow_ups')
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .where('follow_ups.workspace_id', '=', scope.workspaceId)
        .where(stillOpen)
        .where('follow_ups.due_date', '<', opts.before)
        .executeTakeFirst();
      const trash = await db
        .selectFrom('customers')
        .select('id')
        .where('workspace_id', '=', scope.workspaceId)
        .where('deleted_at', 'is not', null)
        // in id order, which only the trash's partial index gives: without it SQLite walked every
        // customer (24 ms at 20,000) for the few in the trash
        .orderBy('id')
        .execute();
      let trashed = 0;
      for (const part of chunks(
        trash.map((c) => c.id),
        500,
      )) {
        const r = await db
          .selectFrom('follow_ups')
          .select((eb) => eb.fn.countAll<number | string>().as('n'))
          .where('workspace_id', '=', scope.workspaceId)
          .where('customer_id', 'in', part)
          // bound values, not the partial indexes' literal condition: a trashed customer's few
          // follow-ups are found through the customer index, not by walking every open one
          .where('status', 'in', ['open', 'snoozed'])
          .where('due_date', '<', opts.before)
          .executeTakeFirst();
        trashed += Number(r?.n ?? 0);
      }
      return Number(all?.n ?? 0) - trashed;
    }
    const r = await openOf(db, scope, opts)
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('follow_ups.due_date', '<', opts.before)
      .executeTakeFirst();
    return Number(r?.n ?? 0);
  },

  /** Those due before `before`, oldest first, the `limit` after the key (due date, id) `after`. */
  pageBefore(
    db: Executor,
    scope: Scope,
    opts: Assignees & { before: string; after?: { due: string; id: string }; limit: number },
  ): Promise<OpenFollowUpRow[]> {
    const { after } = opts;
    let q = openOf(db, scope, opts)
      .select(OPEN_COLUMNS)
      .where('follow_ups.due_date', '<', opts.before);
    if (after)
      q = q.where((eb) =>
        eb.or([
          eb('follow_ups.due_date', '>', after.due),
          eb.and([eb('follow_ups.due_date', '=', after.due), eb('follow_ups.id', '>', after.id)]),
        ]),
      );
    return q.orderBy('follow_ups.due_date').orderBy('follow_ups.id').limit(opts.limit).execute();
  },

  /** The inbox's rows of the given open follow-ups (a page's, chosen from `near`). */
  async byIds(db: Executor, scope: Scope, ids: string[]): Promise<OpenFollowUpRow[]> {
    if (!ids.length) return [];
    return openOf(db, scope, {}).select(OPEN_COLUMNS).where('follow_ups.id', 'in', ids).execute();
  },
  /**
   * Live customers in scope (of the given owners, when named) with the index of the cadence
   * policy that applies to each, longest silent first (never touched first): the inbox's
   * candidates for gone cold, a page of `limit` after the key `after`. Reads the customers table;
   * the customers module stays its only writer.
   */
  attentionCandidates(
    db: Executor,
    scope: Scope,
    opts: {
      ownerIds?: string[];
      policyIndex: RawBuilder<number>;
      /** (last touch or '', id) of the previous page's last row */
      after?: { touch: string; id: string };
      limit?: number;
    },
  ) {
    let q = db
      .selectFrom('customers')
      .where('customers.workspace_id', '=', scope.workspaceId)
      .$call(visibleTo(scope, 'customers.owner_id'))
      .select([
        'id',
        'name',
        'country',
        'region',
        'time_zone',
        'stage',
        'last_touch_at',
        'last_outbound_at',
        'health_score',
      ])
      // The open cadence plan's date: for a customer not contacted yet, their first contact.
      // Only those customers need it (gone-cold reads it for them alone), so the lookup runs
      // for them only: most candidates have been contacted.
      .select((eb) =>
        eb
          .case()
          .when('customers.last_outbound_at', 'is', null)
          .then(
            eb
              .selectFrom('follow_ups')
              .select((f) => f.fn.min<string>('follow_ups.due_date').as('d'))
              .whereRef('follow_ups.workspace_id', '=', 'customers.workspace_id')
              .whereRef('follow_ups.customer_id', '=', 'customers.id')
              .where(sql<SqlBool>`${sql.ref('follow_ups.kind')} = 'cadence'`)
              .where(stillOpen),
          )
          .end()
          .as('planned_date'),
      )
      .where('deleted_at', 'is', null);
    if (opts.ownerIds) q = q.where('owner_id', 'in', opts.ownerIds.length ? opts.ownerIds : ['-']);
    const touch = sql<string>`coalesce(customers.last_touch_at, '')`;
    const after = opts.after;
    if (after)
      q = q.where((eb) =>
        eb.or([
          eb(touch, '>', after.touch),
          eb.and([eb(touch, '=', after.touch), eb('customers.id', '>', after.id)]),
        ]),
      );
    return q
      .select(opts.policyIndex.as('policy'))
      .orderBy(touch)
      .orderBy('customers.id')
      .limit(opts.limit ?? 2000)
      .execute();
  },

  /** The markets (country, region, zone as stored) of live customers in scope. */
  attentionMarkets(db: Executor, scope: Scope, ownerIds?: string[]) {
    let q = db
      .selectFrom('customers')
      .where('customers.workspace_id', '=', scope.workspaceId)
      .$call(visibleTo(scope, 'customers.owner_id'))
      .where('deleted_at', 'is', null)
      .select(['country', 'region', 'time_zone'])
      .distinct();
    if (ownerIds) q = q.where('owner_id', 'in', ownerIds.length ? ownerIds : ['-']);
    return q.execute();
  },

  /** Live customers in scope in the given markets (those with a holiday today), the first `limit` by name. */
  customersInMarkets(
    db: Executor,
    scope: Scope,
    markets: Market[],
    opts: { ownerIds?: string[]; limit: number },
  ) {
    if (!markets.length) return Promise.resolve([]);
    return inMarkets(db, scope, markets, opts.ownerIds)
      .select(['id', 'name', 'country', 'region', 'time_zone'])
      .orderBy('name')
      .orderBy('id')
      .limit(opts.limit)
      .execute();
  },

  /** How many live customers in scope are in the given markets. */
  async countInMarkets(db: Executor, scope: Scope, markets: Market[], ownerIds?: string[]) {
    if (!markets.length) return 0;
    const r = await inMarkets(db, scope, markets, ownerIds)
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirst();
    return Number(r?.n ?? 0);
  },
};
