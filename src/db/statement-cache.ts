import type { Database as SQLiteDatabase, Statement } from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

/**
 * better-sqlite3 compiles a statement on every `prepare`, and Kysely's SQLite driver prepares
 * every query it runs. Compiling a bulk insert costs about as much as running it, so the
 * connection handed to Kysely keeps the most recently used statements. A statement still
 * iterating (a streamed query) is never handed out twice: the caller gets a fresh one.
 */
export function cachingStatements(sqlite: SQLiteDatabase, size = 256): SqliteDatabase {
  const cache = new Map<string, Statement>();
  return {
    close: () => {
      cache.clear();
      sqlite.close();
    },
    prepare(sql: string) {
      const hit = cache.get(sql);
      if (hit && !hit.busy) {
        // Re-inserting keeps the Map in least-recently-used order.
        cache.delete(sql);
        cache.set(sql, hit);
        return hit;
      }
      const stmt = sqlite.prepare(sql);
      if (hit) return stmt;
      cache.set(sql, stmt);
      if (cache.size > size) cache.delete(cache.keys().next().value as string);
      return stmt;
    },
  };
}
