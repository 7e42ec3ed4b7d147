import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import { insertRows } from '../../db/bulk-insert.ts';
import { isPostgres, type Executor } from '../../db/dialect.ts';
import type { DB } from '../../db/schema.ts';
import { toFts5, toTsquery } from '../../db/search-match.ts';
import type { Match } from '../../domain/search/query.ts';

// The expression the PostgreSQL GIN index is built on; queries must repeat it exactly.
const PG_DOC = sql`array_to_tsvector(string_to_array(customer_search.tokens, ' '))`;

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
            .where(sql<SqlBool>`${PG_DOC} @@ ${toTsquery(match)}::tsquery`),
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
