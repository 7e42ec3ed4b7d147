import {
  sql,
  type Expression,
  type ExpressionBuilder,
  type SelectQueryBuilder,
  type SqlBool,
} from 'kysely';
import { insertRows } from '../../db/bulk-insert.ts';
import { isPostgres, type Executor } from '../../db/dialect.ts';
import type { Customer, DB } from '../../db/schema.ts';
import { toFts5, toTsquery } from '../../db/search-match.ts';
import type { Match } from '../../domain/search/query.ts';
import { ownerToken } from '../../domain/search/tokens.ts';

export interface SearchDoc {
  workspace_id: string;
  customer_id: string;
  tokens: string[];
}

/**
 * Owner of `customer_search` (and, on SQLite, its FTS5 index `customer_search_fts`): the one
 * document of tokens each customer is found by. The tokens come from `src/domain/search`; how
 * they are stored and matched is this file's business alone.
 */
export const customerSearchRepository = {
  /** Replaces one customer's document inside the caller's transaction. */
  async set(db: Executor, workspaceId: string, customerId: string, tokens: string[]) {
    const text = tokens.join(' ');
    if (isPostgres(db)) {
      await sql`insert into customer_search (workspace_id, customer_id, tokens)
        values (${workspaceId}, ${customerId}, ${text})
        on conflict (workspace_id, customer_id) do update set tokens = excluded.tokens`.execute(db);
      return;
    }
    const row = await db
      .selectFrom('customer_search')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where('customer_id', '=', customerId)
      .executeTakeFirst();
    if (row) {
      await sql`delete from customer_search_fts where rowid = ${row.id}`.execute(db);
      await sql`insert into customer_search_fts (rowid, tokens) values (${row.id}, ${text})`.execute(
        db,
      );
    } else
      await this.insertMany(db, [{ workspace_id: workspaceId, customer_id: customerId, tokens }]);
  },

  /** The documents of customers created together (imports, the seed), in few statements. */
  async insertMany(db: Executor, docs: readonly SearchDoc[]): Promise<void> {
    if (!docs.length) return;
    if (isPostgres(db)) {
      await insertRows(
        db,
        'customer_search',
        docs.map((d) => ({
          workspace_id: d.workspace_id,
          customer_id: d.customer_id,
          tokens: d.tokens.join(' '),
        })),
      );
      return;
    }
    // One writer at a time on SQLite: the next ids are known inside the transaction.
    const top = await db
      .selectFrom('customer_search')
      .select((eb) => eb.fn.max('id').as('id'))
      .executeTakeFirst();
    const base = Number(top?.id ?? 0);
    await insertRows(
      db,
      'customer_search',
      docs.map((d, i) => ({
        id: base + i + 1,
        workspace_id: d.workspace_id,
        customer_id: d.customer_id,
      })),
    );
    await insertRows(
      db,
      'customer_search_fts',
      docs.map((d, i) => ({ rowid: base + i + 1, tokens: d.tokens.join(' ') })),
    );
  },

  /**
   * Customers (live and deleted) whose document matches, newest first, each with `search_key`,
   * its place in that order; `after` continues past a key. The match drives the query and the
   * customers are read in order until the page is full, so a word shared by many customers
   * costs a page, not every match:
   * - SQLite: the FTS5 index in its own order (documents are numbered as customers are created);
   *   CROSS JOIN keeps SQLite from scanning customers instead;
   * - PostgreSQL: the GIN index's matches sorted by customer id, then each customer looked up
   *   (a LATERAL subquery the planner may not flatten, so the page stops the loop).
   */
  indexOrder(
    db: Executor,
    workspaceId: string,
    search: Match,
    owners: string[] | null,
    after?: string,
    /** PostgreSQL: only documents of customers newer than this id (see `recentBound`) */
    since?: string,
  ) {
    // A rep's or manager's search asks the index only for their owners' records; the caller
    // still applies the scope to the customers themselves.
    const match: Match = owners
      ? { and: [search, { or: owners.map((o) => ({ token: ownerToken(o), prefix: false })) }] }
      : search;
    if (isPostgres(db)) {
      const matches = db
        .selectFrom('customer_search')
        .select('customer_search.customer_id')
        .where('customer_search.workspace_id', '=', workspaceId)
        .where(sql<SqlBool>`customer_search.doc @@ ${toTsquery(match)}::tsquery`)
        .$if(after !== undefined, (q) => q.where('customer_search.customer_id', '<', after!))
        .$if(since !== undefined, (q) => q.where('customer_search.customer_id', '>', since!))
        .orderBy('customer_search.customer_id', 'desc')
        .offset(0);
      return db
        .selectFrom(matches.as('m'))
        .innerJoinLateral(
          (eb) =>
            eb
              .selectFrom('customers')
              .selectAll()
              .where('customers.workspace_id', '=', workspaceId)
              .whereRef('customers.id', '=', 'm.customer_id')
              .offset(0)
              .as('customers'),
          (join) => join.onTrue(),
        )
        .selectAll('customers')
        .select('m.customer_id as search_key')
        .orderBy('m.customer_id', 'desc') as unknown as SelectQueryBuilder<
        DB,
        'customers',
        Customer
      >;
    }
    let q = db
      .selectFrom('customer_search_fts')
      .crossJoin('customer_search')
      .crossJoin('customers')
      .where(sql<SqlBool>`customer_search_fts match ${toFts5(match)}`)
      .whereRef('customer_search.id', '=', 'customer_search_fts.rowid')
      .where('customer_search.workspace_id', '=', workspaceId)
      .where('customers.workspace_id', '=', workspaceId)
      .whereRef('customers.id', '=', 'customer_search.customer_id');
    if (after !== undefined) q = q.where('customer_search_fts.rowid', '<', Number(after) || 0);
    return q
      .selectAll('customers')
      .select('customer_search.id as search_key')
      .orderBy('customer_search_fts.rowid', 'desc') as unknown as SelectQueryBuilder<
      DB,
      'customers',
      Customer
    >;
  },

  /**
   * PostgreSQL: the id `depth` documents from the newest, when there are that many. A search
   * limited to newer ids lets PostgreSQL AND the GIN matches with that id range before reading
   * any row (a BitmapAnd), so a common word reads the rows of its newest matches only instead of
   * all of them (379 instead of 7,576 rows for `水务` in the newest 50,000 of 1,000,000).
   */
  async recentBound(db: Executor, workspaceId: string, depth: number) {
    const row = await db
      .selectFrom('customer_search')
      .select('customer_id')
      .where('workspace_id', '=', workspaceId)
      .orderBy('customer_id', 'desc')
      .offset(depth)
      .limit(1)
      .executeTakeFirst();
    return row?.customer_id;
  },

  /** A condition on `customers`: the customer's document matches. */
  matching(
    db: Executor,
    workspaceId: string,
    match: Match,
  ): (eb: ExpressionBuilder<DB, 'customers'>) => Expression<SqlBool> {
    if (isPostgres(db))
      return (eb) =>
        eb(
          'customers.id',
          'in',
          eb
            .selectFrom('customer_search')
            .select('customer_search.customer_id')
            .where('customer_search.workspace_id', '=', workspaceId)
            .where(sql<SqlBool>`customer_search.doc @@ ${toTsquery(match)}::tsquery`),
        );
    return (eb) =>
      eb(
        'customers.id',
        'in',
        eb
          .selectFrom('customer_search')
          .select('customer_search.customer_id')
          .where('customer_search.workspace_id', '=', workspaceId)
          .where(
            'customer_search.id',
            'in',
            sql<number>`(select rowid from customer_search_fts where customer_search_fts match ${toFts5(match)})`,
          ),
      );
  },
};
