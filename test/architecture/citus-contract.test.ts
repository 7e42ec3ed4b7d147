import { readFileSync } from 'node:fs';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/databases.ts';
import { NOT_BY_WORKSPACE_ID, publicTables } from './distribution.ts';

// Citus can distribute a table by workspace_id only if every primary key, unique constraint
// and unique index includes it, and colocates two tables' rows only if each foreign key
// between them maps workspace_id to workspace_id. This reads the catalogue of a fully
// migrated PostgreSQL database and holds every table to that (docs/scaling.md).
describe.skipIf(!process.env.TEST_DATABASE_URL)('Citus-ready schema (PostgreSQL catalogue)', () => {
  let database: TestDatabase;
  let db: Kysely<never>;
  let business: string[];
  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    db = database.db as unknown as Kysely<never>;
    const tables = await publicTables(db);
    business = tables.filter((t) => !(t.name in NOT_BY_WORKSPACE_ID)).map((t) => t.name);
  });
  afterAll(() => database?.drop());

  it('gives every table outside the allow-list a NOT NULL workspace_id of one type', async () => {
    const tables = await publicTables(db);
    expect(business.length).toBeGreaterThan(20);
    expect(tables.filter((t) => business.includes(t.name) && !t.hasWorkspaceId)).toEqual([]);
    // Colocation needs one column type; a nullable distribution column would strand rows.
    const { rows } = await sql<{ table_name: string; data_type: string; is_nullable: string }>`
      select table_name, data_type, is_nullable from information_schema.columns
      where table_schema = 'public' and column_name = 'workspace_id'`.execute(db);
    const odd = rows.filter(
      (r) => business.includes(r.table_name) && (r.data_type !== 'text' || r.is_nullable !== 'NO'),
    );
    expect(odd).toEqual([]);
  });

  it('includes workspace_id in every primary key, unique constraint and unique index', async () => {
    // pg_index covers all three: constraints are backed by unique indexes.
    const { rows } = await sql<{ table_name: string; index_name: string; columns: string[] }>`
      select c.relname as table_name, i.relname as index_name,
             array(select a.attname::text from unnest(x.indkey) k
                   join pg_attribute a on a.attrelid = c.oid and a.attnum = k) as columns
      from pg_index x
      join pg_class c on c.oid = x.indrelid
      join pg_class i on i.oid = x.indexrelid
      join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and x.indisunique`.execute(db);
    const checked = rows.filter((r) => business.includes(r.table_name));
    expect(checked.length).toBeGreaterThan(business.length);
    const offenders = checked
      .filter((r) => !r.columns.includes('workspace_id'))
      .map((r) => `${r.table_name}.${r.index_name} (${r.columns.join(', ')})`);
    expect(offenders).toEqual([]);
  });

  it('maps workspace_id to the workspace key on both sides of every foreign key', async () => {
    const { rows } = await sql<{ from: string; to: string; pairs: string[] }>`
      select f.relname as "from", t.relname as "to",
             array(select fa.attname || '=' || ta.attname
                   from unnest(k.conkey, k.confkey) as p(fk, tk)
                   join pg_attribute fa on fa.attrelid = k.conrelid and fa.attnum = p.fk
                   join pg_attribute ta on ta.attrelid = k.confrelid and ta.attnum = p.tk) as pairs
      from pg_constraint k
      join pg_class f on f.oid = k.conrelid
      join pg_class t on t.oid = k.confrelid
      join pg_namespace n on n.oid = f.relnamespace
      where n.nspname = 'public' and k.contype = 'f'`.execute(db);
    expect(rows.length).toBeGreaterThan(15);
    // The workspace key of the referenced table: workspaces.id, else its workspace_id.
    const key = (table: string) => (table === 'workspaces' ? 'id' : 'workspace_id');
    const offenders = rows
      .filter((r) => !r.pairs.includes(`workspace_id=${key(r.to)}`))
      .map((r) => `${r.from} -> ${r.to} (${r.pairs.join(', ')})`);
    expect(offenders).toEqual([]);
  });

  it('lists every business table in docs/scaling.md, and no other', () => {
    const doc = readFileSync('docs/scaling.md', 'utf8');
    const listed = [...doc.matchAll(/create_distributed_table\('(\w+)', 'workspace_id'/g)].map(
      (m) => m[1],
    );
    expect([...listed].sort()).toEqual([...business].sort());
    for (const table of Object.keys(NOT_BY_WORKSPACE_ID))
      expect(doc, `docs/scaling.md explains ${table}`).toContain(`\`${table}\``);
  });
});
