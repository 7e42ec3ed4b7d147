import SQLite from 'better-sqlite3';

const TABLES = ['customers', 'customer_search_terms', 'customer_tags'] as const;

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
  source.close();
  target.close();
  return { rows, millis };
}
