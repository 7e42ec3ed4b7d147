import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Database } from './database.ts';
import type { DB } from './schema.ts';

/**
 * Copies a live SQLite database to `dest` with SQLite's online backup API, on a connection of its
 * own (the server may be writing through another connection or process). All pages go in ONE
 * step: a step-by-step copy restarts whenever another connection writes between steps, so under
 * steady writes it might never finish. One step is one read transaction, hence a consistent
 * snapshot; in WAL mode writers carry on meanwhile. The copy is switched to rollback-journal mode
 * so it is a single self-contained file (the server turns WAL back on when it opens it).
 */
export async function snapshotSqlite(source: string, dest: string): Promise<void> {
  const db = new SQLite(source, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    mkdirSync(dirname(dest), { recursive: true });
    await db.backup(dest, { progress: () => ALL_PAGES });
  } finally {
    db.close();
  }
  const copy = new SQLite(dest);
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

/**
 * Writes the database in `source` over `dest` (created when missing) through the backup API, so
 * the replacement is one write transaction on `dest` and other connections to it see the change.
 */
export async function copySqliteInto(source: string, dest: string): Promise<void> {
  const db = new SQLite(source, { readonly: true, fileMustExist: true });
  try {
    mkdirSync(dirname(dest), { recursive: true });
    await db.backup(dest, { progress: () => ALL_PAGES });
  } finally {
    db.close();
  }
}

/** A read-only connection to a SQLite file, for reading a snapshot without changing it. */
export function openSqliteReadOnly(path: string): Database {
  const sqlite = new SQLite(path, { readonly: true, fileMustExist: true });
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { db, dialect: 'sqlite', location: path, destroy: () => db.destroy() };
}

// better-sqlite3 caps a step at 0x7fffffff pages, which is every page of any real database.
const ALL_PAGES = 0x7fffffff;
