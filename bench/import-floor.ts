import { rmSync } from 'node:fs';
import SQLite from 'better-sqlite3';
import { openDatabase } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { indexOf, type IndexedCustomer } from '../src/modules/customers/customer-index.ts';

const TABLES = [
  'customers',
  'contacts',
  'customer_search',
  'customer_search_fts',
  'customer_keys',
  'customer_tags',
  'follow_ups',
];
const BATCH = 5000;

/**
 * The floor under the import: the rows an import wrote, replayed into a freshly migrated database
 * with plain prepared statements, in transactions of the import's batch size (a customer with its
 * contacts, search document, match keys, tags and first follow-up together). No parsing, matching or Kysely: only
 * what SQLite itself needs to store and index them.
 */
export async function importFloor(sourceFile: string, targetFile: string) {
  for (const suffix of ['', '-wal', '-shm']) rmSync(targetFile + suffix, { force: true });
  const fresh = openDatabase(targetFile);
  await migrateToLatest(fresh.db);
  await fresh.destroy();
  const source = new SQLite(sourceFile, { readonly: true });
  const target = new SQLite(targetFile);
  target.pragma('journal_mode = WAL');
  target.pragma('synchronous = NORMAL');
  target.pragma('foreign_keys = ON');
  target.pragma('cache_size = -65536');
  const copyAll = (table: string) => {
    const rows = source.prepare(`select * from ${table}`).all() as Record<string, unknown>[];
    for (const r of rows) insert(table, Object.keys(r)).run(Object.values(r));
  };
  const statements = new Map<string, SQLite.Statement>();
  const insert = (table: string, columns: string[]) => {
    let stmt = statements.get(table);
    if (!stmt) {
      stmt = target.prepare(
        `insert into ${table} (${columns.join(',')}) values (${columns.map(() => '?').join(',')})`,
      );
      statements.set(table, stmt);
    }
    return stmt;
  };
  for (const t of ['workspaces', 'users', 'teams', 'cadence_policies']) copyAll(t);
  statements.clear();

  const data = Object.fromEntries(
    TABLES.filter((t) => t !== 'customer_search_fts').map((t) => [
      t,
      source.prepare(`select * from ${t}`).all() as Record<string, unknown>[],
    ]),
  );
  // The FTS index stores no text to read back: its rows are rebuilt here, before the clock starts.
  data.customer_search_fts = searchRows(data);
  const byCustomer = new Map<string, Record<string, unknown>[]>();
  for (const t of TABLES.slice(1))
    for (const r of data[t] ?? []) {
      const key = `${t}|${String(r.customer_id ?? r.customerId)}`;
      const list = byCustomer.get(key) ?? [];
      list.push(r);
      byCustomer.set(key, list);
    }
  const customers = data.customers ?? [];
  const rows = TABLES.reduce((n, t) => n + (data[t]?.length ?? 0), 0);
  const t0 = performance.now();
  for (let i = 0; i < customers.length; i += BATCH) {
    const batch = customers.slice(i, i + BATCH);
    target.transaction(() => {
      for (const t of TABLES) {
        const list =
          t === 'customers'
            ? batch
            : batch.flatMap((c) => byCustomer.get(`${t}|${String(c.id)}`) ?? []);
        const first = list[0];
        if (!first) continue;
        const columns = Object.keys(first).filter((k) => k !== 'customerId');
        const stmt = insert(t, columns);
        for (const r of list) stmt.run(columns.map((k) => r[k]));
      }
    })();
  }
  const millis = performance.now() - t0;
  source.close();
  target.close();
  for (const suffix of ['', '-wal', '-shm']) rmSync(targetFile + suffix, { force: true });
  return { customers: customers.length, rows, millis };
}

/** The FTS5 rows of the imported customers: their tokens under their `customer_search` id. */
function searchRows(data: Record<string, Record<string, unknown>[]>): Record<string, unknown>[] {
  const contacts = new Map<string, Record<string, unknown>[]>();
  for (const c of data.contacts ?? [])
    contacts.set(String(c.customer_id), [...(contacts.get(String(c.customer_id)) ?? []), c]);
  const customers = new Map((data.customers ?? []).map((c) => [String(c.id), c]));
  return (data.customer_search ?? []).map((row) => {
    const c = customers.get(String(row.customer_id))!;
    // The module's own index function: the same tokens the import wrote.
    const { tokens } = indexOf(
      c as unknown as IndexedCustomer,
      (contacts.get(String(c.id)) ?? []) as unknown as Parameters<typeof indexOf>[1],
    );
    // customerId: the key the replay groups rows by; not a column of the FTS table.
    return { rowid: row.id, tokens: tokens.join(' '), customerId: row.customer_id };
  });
}
