import { sql, type Kysely } from 'kysely';
import { customerTokens, ownerToken } from '../../domain/search/tokens.ts';
import { isPostgres } from '../dialect.ts';

/**
 * Search moves from a b-tree of word-start suffixes (`customer_search_terms`, ~6 random-key rows
 * per customer) to one document of tokens per customer in a full-text index whose inserts are
 * buffered and merged: on SQLite an FTS5 table, on PostgreSQL a GIN index over the tokens. The
 * tokens (`src/domain/search/tokens.ts`) are the same on both; existing customers are indexed
 * here, with the tokeniser as it stands when this migration runs.
 *
 * SQLite: `customer_search` gives each customer a stable integer (its FTS5 rowid; a table's own
 * rowid may change on VACUUM) and `customer_search_fts` holds the tokens, contentless so they are
 * not stored twice. Its tokenizer splits on spaces only (every other character is part of a
 * token) and leaves letters as the tokeniser wrote them.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run before any typed schema exists
export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  if (pg) {
    await sql`create table customer_search (
      workspace_id text not null,
      customer_id text not null,
      tokens text not null,
      -- Computed once on write: matching and the index's recheck read it instead of re-parsing.
      doc tsvector generated always as (array_to_tsvector(string_to_array(tokens, ' '))) stored,
      constraint customer_search_pk primary key (workspace_id, customer_id),
      constraint customer_search_customer_fk foreign key (workspace_id, customer_id)
        references customers (workspace_id, id) on delete cascade
    )`.execute(db);
  } else {
    await sql`create table customer_search (
      id integer primary key,
      workspace_id text not null,
      customer_id text not null,
      tokens text,
      constraint customer_search_customer_fk foreign key (workspace_id, customer_id)
        references customers (workspace_id, id) on delete cascade
    )`.execute(db);
    await sql`create unique index customer_search_customer_idx
      on customer_search (workspace_id, customer_id)`.execute(db);
    await sql
      .raw(
        `create virtual table customer_search_fts using fts5(
      tokens, content='', contentless_delete=1, prefix='1 2 3',
      tokenize="unicode61 remove_diacritics 0 categories 'L* N* M* P* S* Co Cf'"
    )`,
      )
      .execute(db);
  }
  await indexExisting(db, pg);
  if (pg)
    // After the rows: building a GIN index once is far cheaper than growing it row by row.
    await sql`create index customer_search_doc_idx on customer_search using gin (doc)`.execute(db);
  await db.schema.dropTable('customer_search_terms').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function indexExisting(db: Kysely<any>, pg: boolean): Promise<void> {
  let after = { ws: '', id: '' };
  let next = 1;
  for (;;) {
    const customers = (await db
      .selectFrom('customers')
      .select(['workspace_id', 'id', 'name', 'native_name', 'domain', 'owner_id'])
      .where((eb) =>
        eb.or([
          eb('workspace_id', '>', after.ws),
          eb.and([eb('workspace_id', '=', after.ws), eb('id', '>', after.id)]),
        ]),
      )
      .orderBy('workspace_id')
      .orderBy('id')
      .limit(500)
      .execute()) as {
      workspace_id: string;
      id: string;
      name: string;
      native_name: string | null;
      domain: string | null;
      owner_id: string;
    }[];
    const last = customers[customers.length - 1];
    if (!last) return;
    const contacts = (await db
      .selectFrom('contacts')
      .select(['customer_id', 'first_name', 'last_name', 'native_name', 'emails', 'phones'])
      .where('workspace_id', 'in', [...new Set(customers.map((c) => c.workspace_id))])
      .where(
        'customer_id',
        'in',
        customers.map((c) => c.id),
      )
      .execute()) as {
      customer_id: string;
      first_name: string;
      last_name: string | null;
      native_name: string | null;
      emails: string;
      phones: string;
    }[];
    const docs = customers.map((c) => {
      const people = contacts
        .filter((p) => p.customer_id === c.id)
        .map((p) => ({
          firstName: p.first_name,
          lastName: p.last_name,
          nativeName: p.native_name,
          emails: JSON.parse(p.emails) as string[],
          phones: JSON.parse(p.phones) as string[],
        }));
      const tokens = [
        ...customerTokens({ name: c.name, nativeName: c.native_name, domain: c.domain }, people),
        ownerToken(c.owner_id),
      ].join(' ');
      return { workspace_id: c.workspace_id, customer_id: c.id, tokens, id: next++ };
    });
    if (pg) {
      await db
        .insertInto('customer_search')
        .values(
          docs.map(({ workspace_id, customer_id, tokens }) => ({
            workspace_id,
            customer_id,
            tokens,
          })),
        )
        .execute();
    } else {
      await db
        .insertInto('customer_search')
        .values(
          docs.map(({ id, workspace_id, customer_id }) => ({ id, workspace_id, customer_id })),
        )
        .execute();
      await db
        .insertInto('customer_search_fts')
        .values(docs.map(({ id, tokens }) => ({ rowid: id, tokens })))
        .execute();
    }
    after = { ws: last.workspace_id, id: last.id };
  }
}
