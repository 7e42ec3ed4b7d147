import type { Migration } from 'kysely';
import { join } from 'node:path';
import type { Database } from './database.ts';
import {
  appliedMigrations,
  MIGRATIONS,
  MigrationFailedError,
  migrateToLatest,
  pendingMigrations,
} from './migrate.ts';
import { copySqliteInto, snapshotSqlite } from './sqlite-files.ts';

export interface UpgradeOptions {
  /** the data directory; SQLite's pre-migration copies go to its `backups/` folder */
  dataDir: string;
  log?: (line: string) => void;
  /** the migration list; tests add a failing migration here */
  migrations?: Readonly<Record<string, Migration>>;
  now?: () => Date;
}

export interface UpgradeResult {
  applied: string[];
  /** the copy taken before migrating (SQLite with data and pending migrations), else null */
  backupPath: string | null;
}

/** The server could not upgrade the database; the message says what failed and what was kept. */
export class UpgradeFailedError extends Error {}

/**
 * Applies pending migrations safely, saying which are pending and which were applied.
 * PostgreSQL: the pending batch runs in one transaction (Kysely's Migrator), so a failure changes
 * nothing. SQLite has no such wrapper: when the database already holds data, the file is first
 * copied to `backups/pre-migrate-<time>.sqlite`, and a failure writes that copy back.
 */
export async function upgradeDatabase(
  database: Database,
  opts: UpgradeOptions,
): Promise<UpgradeResult> {
  const log = opts.log ?? (() => {});
  const migrations = opts.migrations ?? MIGRATIONS;
  const pending = await pendingMigrations(database.db, migrations);
  if (!pending.length) return { applied: [], backupPath: null };
  const hasData = (await appliedMigrations(database.db)).length > 0;
  log(`Database migrations pending (${pending.length}): ${pending.join(', ')}`);
  let backupPath: string | null = null;
  if (database.dialect === 'sqlite' && hasData && database.location !== ':memory:') {
    const stamp = (opts.now?.() ?? new Date()).toISOString().replace(/[:.]/g, '-');
    backupPath = join(opts.dataDir, 'backups', `pre-migrate-${stamp}.sqlite`);
    await snapshotSqlite(database.location, backupPath);
    log(`Copied the database to ${backupPath} before migrating`);
  }
  try {
    const result = await migrateToLatest(database.db, migrations);
    const applied = (result.results ?? [])
      .filter((r) => r.status === 'Success')
      .map((r) => r.migrationName);
    // None applied: another process (a second server on PostgreSQL) got the lock first and did it.
    log(
      applied.length
        ? `Database migrations applied: ${applied.join(', ')}`
        : 'Database migrations: another process applied them',
    );
    return { applied, backupPath };
  } catch (err) {
    const what =
      err instanceof MigrationFailedError
        ? `migration ${err.migrationName} failed: ${err.reason}`
        : `migrating failed: ${err instanceof Error ? err.message : String(err)}`;
    throw new UpgradeFailedError(
      `${what}. ${await recover(database, backupPath)} Fix the cause (or restore a backup) before starting Chuhai again.`,
      { cause: err },
    );
  }
}

/** Puts a SQLite database back as it was before the failed batch; says what state it is in. */
async function recover(database: Database, backupPath: string | null): Promise<string> {
  if (database.dialect === 'postgres')
    return 'The database was left as it was (the pending migrations ran in one transaction, rolled back).';
  if (!backupPath)
    return 'The database had no data before, so no copy was taken; it may be partly migrated.';
  try {
    await copySqliteInto(backupPath, database.location);
    return `The database was restored from the copy taken before migrating (${backupPath}).`;
  } catch (err) {
    return `Restoring the copy taken before migrating (${backupPath}) failed too (${(err as Error).message}): stop Chuhai and copy that file over ${database.location}.`;
  }
}
