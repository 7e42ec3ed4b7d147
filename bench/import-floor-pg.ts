import pg from 'pg';
import { openDatabase } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { dropPgDatabase, freshPgDatabase } from './pg-scratch.ts';

const TABLES = [
  'customers',
  'contacts',
  'customer_search',
  'customer_keys',
  'customer_tags',
  'follow_ups',
];
const BATCH = 5000;
const ROWS_PER_STATEMENT = 500;
// Computed by PostgreSQL itself on insert.
const GENERATED = new Set(['doc']);

/**
 * The floor under a PostgreSQL import: the rows it wrote, replayed into a freshly migrated
 * database with prepared multi-row inserts of 500 rows, one transaction per 5,000 customers with
 * their contacts, search documents, match keys, tags and first follow-ups. No parsing, matching
 * or Kysely.
 */
export async function importFloorPg(sourceUrl: string, base: string) {
  const targetUrl = await freshPgDatabase(base, 'chuhai_import_floor');
  const fresh = openDatabase(targetUrl);
  await migrateToLatest(fresh.db);
  await fresh.destroy();
  const source = new pg.Client({ connectionString: sourceUrl });
  const target = new pg.Client({ connectionString: targetUrl });
  await source.connect();
  await target.connect();
  for (const t of ['workspaces', 'users', 'teams', 'cadence_policies']) {
    const { rows } = await source.query(`select * from ${t}`);
    for (const r of rows as Record<string, unknown>[]) await insert(target, t, [r]);
  }
  const data: Record<string, Record<string, unknown>[]> = {};
  for (const t of TABLES)
    data[t] = (await source.query(`select * from ${t}`)).rows as Record<string, unknown>[];
  await source.end();
  const byCustomer = new Map<string, Record<string, unknown>[]>();
  for (const t of TABLES.slice(1))
    for (const r of data[t] ?? []) {
      const key = `${t}|${String(r.customer_id)}`;
      byCustomer.set(key, [...(byCustomer.get(key) ?? []), r]);
    }
  const customers = data.customers ?? [];
  const rows = TABLES.reduce((n, t) => n + (data[t]?.length ?? 0), 0);
  const t0 = performance.now();
  for (let i = 0; i < customers.length; i += BATCH) {
    const batch = customers.slice(i, i + BATCH);
    await target.query('begin');
    for (const t of TABLES) {
      const list =
        t === 'customers'
          ? batch
          : batch.flatMap((c) => byCustomer.get(`${t}|${String(c.id)}`) ?? []);
      for (let k = 0; k < list.length; k += ROWS_PER_STATEMENT)
        await insert(target, t, list.slice(k, k + ROWS_PER_STATEMENT));
    }
    await target.query('commit');
  }
  const millis = performance.now() - t0;
  await target.end();
  await dropPgDatabase(base, 'chuhai_import_floor');
  return { customers: customers.length, rows, millis };
}

async function insert(client: pg.Client, table: string, rows: Record<string, unknown>[]) {
  const first = rows[0];
  if (!first) return;
  const columns = Object.keys(first).filter((c) => !GENERATED.has(c));
  const values = rows.map(
    (_, r) => `(${columns.map((__, c) => `$${r * columns.length + c + 1}`).join(',')})`,
  );
  await client.query({
    name: `${table}|${columns.length}|${rows.length}`,
    text: `insert into ${table} (${columns.map((c) => `"${c}"`).join(',')}) values ${values.join(',')}`,
    values: rows.flatMap((r) => columns.map((c) => r[c])),
  });
}
