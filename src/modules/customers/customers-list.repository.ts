import {
  sql,
  type Expression,
  type ExpressionBuilder,
  type SelectQueryBuilder,
  type SqlBool,
} from 'kysely';
import { isPostgres, type Executor } from '../../db/dialect.ts';
import { visibleTo } from '../../db/visibility.ts';
import type { Customer, DB, Stage, Tier } from '../../db/schema.ts';
import { ownerFilter, type Scope } from '../../domain/scope.ts';
import type { Match } from '../../domain/search/query.ts';
import { customerSearchRepository } from './customer-search.repository.ts';

// The customer list's reads: the scope rule, the list's filters, order and cursor, the page as
// rows or as the API's JSON text, and a search's matches. Part of `customersRepository` (spread
// into it), kept apart for size; the customers module stays the table's only writer.

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
export function scoped(db: Executor, scope: Scope) {
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

export const customerListRepository = {
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
};
