import { sql } from 'kysely';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { DB } from './schema.ts';
import { cachingStatements } from './statement-cache.ts';
import { PREPARED_MARK, preparedName } from './prepared.ts';

export type DialectName = 'sqlite' | 'postgres';

export interface Database {
  db: Kysely<DB>;
  dialect: DialectName;
  /** human-readable location without credentials, for logs and `doctor` */
  location: string;
  /** PostgreSQL's connection pool, for the pool gauges on `/metrics`; SQLite has none */
  pool?: PoolStats;
  destroy(): Promise<void>;
}

/** What `/metrics` reads from a connection pool (a `pg.Pool` has exactly these). */
export interface PoolStats {
  readonly totalCount: number;
  readonly idleCount: number;
  readonly waitingCount: number;
}

/** `postgres://…` selects PostgreSQL; a plain path, `sqlite:PATH` or `:memory:` selects SQLite. */
export function parseDatabaseUrl(url: string): { dialect: DialectName; target: string } {
  if (/^postgres(ql)?:\/\//.test(url)) return { dialect: 'postgres', target: url };
  return { dialect: 'sqlite', target: url.replace(/^sqlite:(\/\/)?/, '') };
}

export function openDatabase(url: string): Database {
  const { dialect, target } = parseDatabaseUrl(url);
  if (dialect === 'postgres') {
    // pg returns BIGINT (count(*)) as strings; counts here fit in a JS number.
    pg.types.setTypeParser(20, (v) => Number(v));
    const pool = new pg.Pool({ connectionString: target, max: 10 });
    // An idle connection the server drops (restart, failover, admin kill) must not crash the
    // process: pg reports it on the pool, and the pool replaces the connection on next use.
    pool.on('error', (err) => console.error(`database: idle connection lost: ${err.message}`));
    pool.on('connect', runsPreparedStatements);
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return {
      db,
      dialect,
      location: target.replace(/\/\/[^@/]*@/, '//'),
      pool,
      destroy: () => db.destroy(),
    };
  }
  if (target !== ':memory:') mkdirSync(dirname(target), { recursive: true });
  const sqlite = new SQLite(target);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('cache_size = -65536');
  const db = new Kysely<DB>({
    dialect: new SqliteDialect({ database: cachingStatements(sqlite) }),
  });
  return { db, dialect, location: target, destroy: () => db.destroy() };
}

/**
 * A text marked by `prepared()` (src/db/prepared.ts) runs as a named prepared statement on this
 * connection: parsed and planned on its first call here, only bound and executed after that.
 * Every other query goes through unchanged.
 */
function runsPreparedStatements(client: pg.PoolClient): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  (client as unknown as { query: (...args: unknown[]) => unknown }).query = (
    config: unknown,
    values?: unknown,
    callback?: unknown,
  ) =>
    typeof config === 'string' && config.startsWith(PREPARED_MARK)
      ? query({ name: preparedName(config), text: config, values }, callback)
      : query(config, values, callback);
}

/** Answers when the database does (`chuhai doctor`). */
export async function ping(db: Kysely<DB>): Promise<void> {
  await sql`select 1`.execute(db);
}
