import { movesPlacement, placementChanging } from './placement-followers.ts';
import { chunks, IN_LIST } from '../../db/chunks.ts';
import { replaceRows } from '../../db/replace-rows.ts';
import {
  sql,
  type Expression,
  type ExpressionBuilder,
  type SelectQueryBuilder,
  type SqlBool,
} from 'kysely';
import { insertRows } from '../../db/bulk-insert.ts';
import { isPostgres, type Executor } from '../../db/dialect.ts';
import { visibleTo } from '../../db/visibility.ts';
import type { Customer, CustomerUpdate, DB, NewCustomer, Stage, Tier } from '../../db/schema.ts';
import { ownerFilter, type Scope } from '../../domain/scope.ts';
import type { Match } from '../../domain/search/query.ts';
import { customerSearchRepository } from './customer-search.repository.ts';
import { customerChurnRepository } from './customer-churn.repository.ts';
import { customerPoolRepository } from './customer-pool.repository.ts';
import { customerSignalsRepository } from './customer-signals.repository.ts';

/** An extra condition on customers, e.g. a compiled segment filter. */
export type CustomerWhere = (eb: ExpressionBuilder<DB, 'customers'>) => Expression<SqlBool>;

export interface CustomerFilter {
  where?: CustomerWhere;
  country?: string;
  stage?: Stage;
  tier?: Tier;
  ownerId?: string;
  teamId?: string;
  tag?: string;
  /** a search condition on the customer's tokens (one tier of a search plan, or all of them) */
  match?: Match;
  deleted?: boolean;
  healthBelow?: number;
  sort?: 'newest' | 'health' | 'lead';
  cursor?: string;
  limit: number;
}

/** Restricts any customers query to what the scope may see; the only place that rule lives. */
function scoped(db: Executor, scope: Scope) {
  let q = db.selectFrom('customers').where('customers.workspace_id', '=', scope.workspaceId);
  q = q.$call(visibleTo(scope, 'customers.owner_id'));
  return q;
}

/** How many of the newest documents an admin's PostgreSQL search reads first (`recentBound`). */
const RECENT = 20_000;

/** The list's filters, on any query whose rows are customers. */
function filtered<O>(
  q: SelectQueryBuilder<DB, 'customers', O>,
  scope: Scope,
  f: Omit<CustomerFilter, 'match' | 'cursor' | 'sort'>,
) {
  q = f.deleted
    ? q.where('customers.deleted_at', 'is not', null)
    : q.where('customers.deleted_at', 'is', null);
  if (f.country) q = q.where('customers.country', '=', f.country);
  if (f.stage) q = q.where('customers.stage', '=', f.stage);
  if (f.tier) q = q.where('customers.tier', '=', f.tier);
  if (f.ownerId) q = q.where('customers.owner_id', '=', f.ownerId);
  if (f.teamId) q = q.where('customers.team_id', '=', f.teamId);
  if (f.tag) {
    const tag = f.tag;
    q = q.where('customers.id', 'in', (eb) =>
      eb
        .selectFrom('customer_tags')
        .select('customer_tags.customer_id')
        .where('customer_tags.workspace_id', '=', scope.workspaceId)
        .where('customer_tags.tag', '=', tag),
    );
  }
  if (f.healthBelow !== undefined) q = q.where('customers.health_score', '<', f.healthBelow);
  if (f.where) q = q.where(f.where);
  return q;
}

/** The list's rows: scope, filters and a search condition, before its order and columns. */
function listed(db: Executor, scope: Scope, f: CustomerFilter) {
  let q = filtered(scoped(db, scope), scope, f);
  if (f.match) q = q.where(customerSearchRepository.matching(db, scope.workspaceId, f.match));
  return q;
}

/** The list's order, cursor and limit (one row more than the page: is there a next one?). */
function ordered<O>(q: SelectQueryBuilder<DB, 'customers', O>, f: CustomerFilter) {
  if (f.sort === 'health') {
    // Weakest first; never-scored customers (null) count as -1. Cursor: "score:id".
    const score = sql<number>`coalesce(customers.health_score, -1)`;
    if (f.cursor) {
      const [s, id] = f.cursor.split(':');
      const n = Number(s);
      q = q.where((eb) =>
        eb.or([eb(score, '>', n), eb.and([eb(score, '=', n), eb('customers.id', '>', id ?? '')])]),
      );
    }
    return q
      .orderBy(score)
      .orderBy('customers.id')
      .limit(f.limit + 1);
  }
  if (f.sort === 'lead') {
    // Hottest lead first; customers without a lead score (null) count as -1, last. Cursor:
    // "score:id".
    const score = sql<number>`coalesce(customers.lead_score, -1)`;
    if (f.cursor) {
      const [s, id] = f.cursor.split(':');
      const n = Number(s);
      q = q.where((eb) =>
        eb.or([eb(score, '<', n), eb.and([eb(score, '=', n), eb('customers.id', '>', id ?? '')])]),
      );
    }
    return q
      .orderBy(score, 'desc')
      .orderBy('customers.id')
      .limit(f.limit + 1);
  }
  if (f.cursor) q = q.where('customers.id', '<', f.cursor);
  return q.orderBy('customers.id', 'desc').limit(f.limit + 1);
}

/** A list row with its API item as JSON text, and what the next page's cursor is made of. */
export interface CustomerJsonRow {
  id: string;
  health_score: number | null;
  lead_score: number | null;
  /** the customer as the API's `CustomerOut`, JSON text */
  item: string;
}

/**
 * `CustomerOut` as the database writes it, per dialect: the fields `toCustomerOut` maps, in its
 * order (the stored JSON texts `languages` and `custom_fields` embedded as JSON, the health as
 * `storedHealth` gives it, `tierLocked` a boolean) and the tags sorted (by code point; the
 * service re-sorts the rare item whose text holds a character outside the BMP, where
 * JavaScript's order differs). One constant text, so Kysely compiles it as a single raw node.
 */
const itemJson = (dialect: 'sqlite' | 'postgres') => {
  const pg = dialect === 'postgres';
  const c = (column: string) => `customers.${column}`;
  const json = (column: string) => (pg ? `${c(column)}::json` : `json(${c(column)})`);
  const tags = pg
    ? `array_to_json(array(select t.tag from customer_tags t where t.workspace_id = customers.workspace_id and t.customer_id = customers.id order by t.tag collate "C"))`
    : `json((select json_group_array(t.tag order by t.tag) from customer_tags t where t.workspace_id = customers.workspace_id and t.customer_id = customers.id))`;
  const churned = `${c('stage')} = 'churned'`;
  const fields: [string, string][] = [
    ['id', c('id')],
    ['name', c('name')],
    ['nativeName', c('native_name')],
    ['country', c('country')],
    ['region', c('region')],
    ['city', c('city')],
    ['website', c('website')],
    ['domain', c('domain')],
    ['industry', c('industry')],
    ['size', c('size')],
    ['languages', json('languages')],
    ['timeZone', c('time_zone')],
    ['timeZoneSource', c('time_zone_source')],
    ['currency', c('currency')],
    ['stage', c('stage')],
    ['tier', c('tier')],
    ['tags', tags],
    ['source', c('source')],
    ['ownerId', c('owner_id')],
    ['teamId', c('team_id')],
    ['customFields', json('custom_fields')],
    ['foundedOn', c('founded_on')],
    ['customerSince', c('customer_since')],
    ['createdAt', c('created_at')],
    ['updatedAt', c('updated_at')],
    ['deletedAt', c('deleted_at')],
    ['lastTouchAt', c('last_touch_at')],
    ['healthScore', `case when ${churned} then null else ${c('health_score')} end`],
    [
      'healthStatus',
      `case when ${churned} then 'churned' when ${c('health_score')} is null then 'new' else 'scored' end`,
    ],
    ['leadScore', c('lead_score')],
    [
      'tierLocked',
      pg
        ? `${c('tier_locked')} = 1`
        : `json(case when ${c('tier_locked')} = 1 then 'true' else 'false' end)`,
    ],
    ['rfm', c('rfm')],
    ['revenueMinor', c('revenue_minor')],
    ['lastOrderDate', c('last_order_date')],
  ];
  const pairs = fields.map(([key, value]) => `'${key}', ${value}`).join(', ');
  // PostgreSQL: as text, or the driver would parse it into an object.
  return sql.raw<string>(pg ? `json_build_object(${pairs})::text` : `json_object(${pairs})`);
};
const ITEM_JSON = { sqlite: itemJson('sqlite'), postgres: itemJson('postgres') };

export const customersRepository = {
  ...customerSignalsRepository,
  ...customerPoolRepository,
  ...customerChurnRepository,
  /** Customer names by id, in few statements (the audit log; deleted customers keep theirs). */
  async namesOf(db: Executor, workspaceId: string, ids: string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const part of chunks([...new Set(ids)], IN_LIST)) {
      const rows = await db
        .selectFrom('customers')
        .select(['id', 'name'])
        .where('workspace_id', '=', workspaceId)
        .where('id', 'in', part)
        .execute();
      for (const r of rows) out.set(r.id, r.name);
    }
    return out;
  },
  scoped,

  async list(db: Executor, scope: Scope, f: CustomerFilter): Promise<Customer[]> {
    return ordered(listed(db, scope, f).selectAll('customers'), f).execute();
  },

  /**
   * The same page as `list` (same scope, filters, order and cursor), each row with its API item
   * already written as JSON text by the database (`ITEM_JSON`): the list's hot path reads one
   * string per customer instead of its 32 columns and its tags, and sends the page without
   * serialising it again. `customers-list.test.ts` holds every item equal to the customer's own
   * read (`toCustomerOut`).
   */
  async listJson(db: Executor, scope: Scope, f: CustomerFilter): Promise<CustomerJsonRow[]> {
    const item = isPostgres(db) ? ITEM_JSON.postgres : ITEM_JSON.sqlite;
    const rows = await ordered(
      listed(db, scope, f).select([
        'customers.id',
        'customers.health_score',
        'customers.lead_score',
        item.as('item'),
      ]),
      f,
    ).execute();
    return rows;
  },

  /**
   * Customers whose search document matches, newest first by the search index's own order, each
   * with its key in that order (the cursor; see `customerSearchRepository.indexOrder`).
   */
  async listMatching(
    db: Executor,
    scope: Scope,
    f: Omit<CustomerFilter, 'cursor' | 'sort'> & { match: Match; after?: string },
    recentDepth = RECENT,
  ): Promise<{ row: Customer; key: string }[]> {
    const owners = ownerFilter(scope);
    if (owners && !owners.length) return [];
    const read = async (since?: string) => {
      const q = filtered(
        customerSearchRepository
          .indexOrder(db, scope.workspaceId, f.match, owners, f.after, since)
          .$call(visibleTo(scope, 'customers.owner_id')),
        scope,
        f,
      );
      const rows = (await q.limit(f.limit + 1).execute()) as (Customer & {
        search_key: number | string;
      })[];
      return rows.map(({ search_key, ...row }) => ({ row, key: String(search_key) }));
    };
    // PostgreSQL, whole workspace: the newest documents first; they fill most pages. When they
    // do not (a rare word, a filter), the page is read again over every document.
    if (isPostgres(db) && !owners) {
      const since = await customerSearchRepository.recentBound(db, scope.workspaceId, recentDepth);
      if (since !== undefined) {
        const recent = await read(since);
        if (recent.length > f.limit) return recent;
      }
    }
    return read();
  },

  /** Customers by id, unscoped: for callers that checked access on each. */
  async findMany(db: Executor, workspaceId: string, ids: string[]): Promise<Customer[]> {
    const out: Customer[] = [];
    for (const part of chunks(ids, 900))
      out.push(
        ...(await db
          .selectFrom('customers')
          .selectAll()
          .where('workspace_id', '=', workspaceId)
          .where('id', 'in', part)
          .execute()),
      );
    return out;
  },

  /** Every live customer's tier, lock and RFM, for value classification. */
  liveForClassification(db: Executor, workspaceId: string) {
    return db
      .selectFrom('customers')
      .select(['id', 'tier', 'tier_locked', 'rfm', 'revenue_minor'])
      .where('workspace_id', '=', workspaceId)
      .where('deleted_at', 'is', null)
      .execute();
  },

  /**
   * Ids of the workspace's live customers matching a condition (a rule's segment or condition),
   * among `ids` when given, else all of them (a segment rule noting who is in at the start).
   */
  async matching(
    db: Executor,
    workspaceId: string,
    where: Expression<SqlBool>,
    ids?: string[],
  ): Promise<string[]> {
    const q = db
      .selectFrom('customers')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where('deleted_at', 'is', null)
      .where(() => where);
    if (!ids) return (await q.execute()).map((r) => r.id);
    const out: string[] = [];
    for (const part of chunks(ids, IN_LIST))
      for (const r of await q.where('id', 'in', part).execute()) out.push(r.id);
    return out;
  },

  /** Live customers in scope matching `where`. */
  async count(db: Executor, scope: Scope, where: CustomerWhere): Promise<number> {
    const row = await scoped(db, scope)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('customers.deleted_at', 'is', null)
      .where(where)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  },

  /** Live customers of these countries with their owners, unscoped, at most `limit`. */
  inCountries(db: Executor, workspaceId: string, countries: string[], limit: number) {
    return db
      .selectFrom('customers')
      .select(['id', 'name', 'country', 'owner_id'])
      .where('workspace_id', '=', workspaceId)
      .where('country', 'in', countries)
      .where('deleted_at', 'is', null)
      .orderBy('country')
      .orderBy('id')
      .limit(limit)
      .execute();
  },

  findVisible(
    db: Executor,
    scope: Scope,
    id: string,
    opts: { includeDeleted?: boolean } = {},
  ): Promise<Customer | undefined> {
    let q = scoped(db, scope).selectAll('customers').where('id', '=', id);
    if (!opts.includeDeleted) q = q.where('deleted_at', 'is', null);
    return q.executeTakeFirst();
  },

  async insert(db: Executor, row: NewCustomer): Promise<void> {
    await db.insertInto('customers').values(row).execute();
  },

  async insertMany(db: Executor, rows: NewCustomer[]): Promise<void> {
    await insertRows(db, 'customers', rows);
  },

  async insertTags(
    db: Executor,
    rows: { workspace_id: string; customer_id: string; tag: string }[],
  ): Promise<void> {
    await insertRows(db, 'customer_tags', rows);
  },

  async update(
    db: Executor,
    workspaceId: string,
    id: string,
    patch: CustomerUpdate,
  ): Promise<void> {
    const moves = movesPlacement(patch);
    if (moves) await placementChanging(db, workspaceId, [id], -1);
    await db
      .updateTable('customers')
      .set(patch)
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
    if (moves) await placementChanging(db, workspaceId, [id], 1);
  },

  /** Writes each patch to its customers, a few hundred ids per statement. */
  async updateGroups(
    db: Executor,
    workspaceId: string,
    groups: { patch: CustomerUpdate; ids: string[] }[],
  ): Promise<void> {
    for (const { patch, ids } of groups)
      for (const part of chunks(ids, 500)) {
        const moves = movesPlacement(patch);
        if (moves) await placementChanging(db, workspaceId, part, -1);
        await db
          .updateTable('customers')
          .set(patch)
          .where('workspace_id', '=', workspaceId)
          .where('id', 'in', part)
          .execute();
        if (moves) await placementChanging(db, workspaceId, part, 1);
      }
  },

  async tagsOf(db: Executor, workspaceId: string, ids: string[]): Promise<Map<string, string[]>> {
    const map = new Map<string, string[]>();
    if (ids.length === 0) return map;
    // No ORDER BY in SQL: sorting by tag makes SQLite walk the whole tag index instead of
    // seeking the primary key per customer (200 ms instead of 1 ms at a million customers).
    const rows = await db
      .selectFrom('customer_tags')
      .select(['customer_id', 'tag'])
      .where('workspace_id', '=', workspaceId)
      .where('customer_id', 'in', ids)
      .execute();
    for (const r of rows) map.set(r.customer_id, [...(map.get(r.customer_id) ?? []), r.tag]);
    for (const tags of map.values()) tags.sort();
    return map;
  },

  async setTags(
    db: Executor,
    workspaceId: string,
    customerId: string,
    tags: string[],
  ): Promise<void> {
    await replaceRows(
      db,
      'customer_tags',
      { workspace_id: workspaceId, customer_id: customerId },
      tags.map((tag) => ({ workspace_id: workspaceId, customer_id: customerId, tag })),
    );
  },

  /** Every customer of a workspace, by id (the demo seed works through the whole book). */
  inWorkspace(db: Executor, workspaceId: string): Promise<Customer[]> {
    return db
      .selectFrom('customers')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .orderBy('id')
      .execute();
  },
};
