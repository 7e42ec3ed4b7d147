import SQLite from 'better-sqlite3';
import { indexOf, type IndexedCustomer } from '../src/modules/customers/customer-index.ts';

const TABLES = ['customers', 'contacts', 'customer_search', 'customer_tags'] as const;

/**
 * Copies the seeded rows into an identically migrated database with plain prepared statements in
 * one transaction per chunk: the floor the seeder's Kysely path is compared with. Only the
 * inserts are timed; reading the chunk is not.
 */
export function rawInsertMillis(
  sourceFile: string,
  targetFile: string,
): { rows: number; millis: number } {
  const source = new SQLite(sourceFile, { readonly: true });
  const target = new SQLite(targetFile);
  target.pragma('journal_mode = WAL');
  target.pragma('synchronous = NORMAL');
  target.pragma('foreign_keys = ON');
  const workspace = source.prepare('select * from workspaces').all() as Record<string, unknown>[];
  const copy = (table: string, rows: Record<string, unknown>[]) => {
    if (rows.length === 0) return;
    const cols = Object.keys(rows[0] ?? {});
    const stmt = target.prepare(
      `insert into ${table} (${cols.join(',')}) values (${cols.map(() => '?').join(',')})`,
    );
    target.transaction(() => {
      for (const r of rows) stmt.run(...cols.map((c) => r[c]));
    })();
  };
  copy('workspaces', workspace);
  copy('users', source.prepare('select * from users').all() as Record<string, unknown>[]);
  copy('teams', source.prepare('select * from teams').all() as Record<string, unknown>[]);
  let rows = 0;
  let millis = 0;
  for (const table of TABLES) {
    const read = source.prepare(
      `select * from ${table} where rowid > ? order by rowid limit 50000`,
    );
    let last = 0;
    for (;;) {
      const chunk = read.all(last) as Record<string, unknown>[];
      if (chunk.length === 0) break;
      const rowids = source
        .prepare(
          `select max(rowid) m from (select rowid from ${table} where rowid > ? order by rowid limit 50000)`,
        )
        .get(last) as { m: number };
      last = rowids.m;
      const t0 = performance.now();
      copy(table, chunk);
      millis += performance.now() - t0;
      rows += chunk.length;
    }
  }
  // The FTS index keeps no text to read back: each chunk's documents are rebuilt (untimed).
  const docs = source.prepare(
    `select s.id, c.id as customer_id, c.owner_id, c.name, c.native_name, c.domain, c.country from customer_search s
     join customers c on c.workspace_id = s.workspace_id and c.id = s.customer_id
     where s.id > ? order by s.id limit 50000`,
  );
  const people = source.prepare(
    `select p.* from customer_search s join contacts p
       on p.workspace_id = s.workspace_id and p.customer_id = s.customer_id
     where s.id > ? and s.id <= ?`,
  );
  for (let last = 0; ;) {
    const chunk = docs.all(last) as Record<string, string | number | null>[];
    const end = chunk[chunk.length - 1];
    if (!end) break;
    const contacts = new Map<string, Record<string, string | null>[]>();
    for (const p of people.all(last, end.id) as Record<string, string | null>[])
      contacts.set(String(p.customer_id), [...(contacts.get(String(p.customer_id)) ?? []), p]);
    const rowsFts = chunk.map((c) => ({
      rowid: c.id,
      tokens: indexOf(
        c as unknown as IndexedCustomer,
        (contacts.get(String(c.customer_id)) ?? []) as unknown as Parameters<typeof indexOf>[1],
      ).tokens.join(' '),
    }));
    const t0 = performance.now();
    copy('customer_search_fts', rowsFts);
    millis += performance.now() - t0;
    rows += rowsFts.length;
    last = Number(end.id);
  }
  source.close();
  target.close();
  return { rows, millis };
}
