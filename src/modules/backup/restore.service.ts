import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { openDatabase, parseDatabaseUrl, type Database } from '../../db/database.ts';
import { MIGRATIONS } from '../../db/migrate.ts';
import { copySqliteInto, openSqliteReadOnly } from '../../db/sqlite-files.ts';
import { backupRepository, type TableStats } from './backup.repository.ts';
import { readTableStats, type BackupSource } from './backup.service.ts';
import { databaseMember, statsMismatches, type Manifest } from './manifest.ts';
import { pgRestore } from './pg-tools.ts';
import { checkArchive } from './verify-archive.ts';

/** Restoring would overwrite live data (or cannot work here); nothing was changed. */
export class RestoreRefusedError extends Error {}

export interface RestoreReport {
  manifest: Manifest;
  /** the restored database's tables, read back after the restore; equal to the manifest's */
  tables: Record<string, TableStats>;
}

/**
 * Restores a backup into the configured database and data directory. Order: check every member
 * against the manifest (writes nothing); refuse a different dialect, a newer schema, or a target
 * already holding data unless `force`; extract into a staging folder; restore the database
 * (SQLite through the backup API, PostgreSQL through pg_restore in one transaction); move the
 * uploads in; read every table back and compare rows and fingerprints with the manifest.
 */
export async function restoreBackup(
  target: BackupSource,
  file: string,
  opts: { force?: boolean } = {},
): Promise<RestoreReport> {
  const manifest = await checkArchive(resolve(file));
  const { dialect, target: location } = parseDatabaseUrl(target.databaseUrl);
  if (manifest.dialect !== dialect)
    throw new RestoreRefusedError(
      `this backup holds a ${manifest.dialect} database but DATABASE_URL selects ${dialect}`,
    );
  const unknown = manifest.migrations.filter((name) => !(name in MIGRATIONS));
  if (unknown.length)
    throw new RestoreRefusedError(
      `the backup was made by a newer Chuhai (${manifest.appVersion}; migrations ${unknown.join(', ')} are unknown here): upgrade Chuhai first`,
    );
  const uploadsDir = join(target.dataDir, 'uploads');
  if (!opts.force) {
    if (await hasTables(dialect, location))
      throw new RestoreRefusedError(
        `the ${dialect} database ${describe(target.databaseUrl)} already holds tables: restore into an empty database, or pass --force to replace it`,
      );
    if ((await readdir(uploadsDir).catch(() => [])).length)
      throw new RestoreRefusedError(
        `${uploadsDir} is not empty: restore into an empty data directory, or pass --force to replace it`,
      );
  }
  await mkdir(target.dataDir, { recursive: true });
  const staging = await mkdtemp(join(target.dataDir, '.chuhai-restore-'));
  try {
    await checkArchive(resolve(file), staging);
    const dump = join(staging, databaseMember(dialect));
    if (dialect === 'sqlite') await copySqliteInto(dump, location);
    else await pgRestore(location, dump, !!opts.force);
    if (opts.force) await rm(uploadsDir, { recursive: true, force: true });
    if (existsSync(join(staging, 'uploads'))) await rename(join(staging, 'uploads'), uploadsDir);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  const tables = await withTarget(
    dialect,
    location,
    async (db) => (await readTableStats(db.db)).tables,
  );
  const mismatches = statsMismatches(manifest.tables, tables);
  if (mismatches.length)
    throw new Error(`the restored database differs from the backup: ${mismatches.join('; ')}`);
  return { manifest, tables };
}

async function hasTables(dialect: Database['dialect'], location: string): Promise<boolean> {
  if (dialect === 'sqlite' && (location === ':memory:' || !existsSync(location))) return false;
  return withTarget(
    dialect,
    location,
    async (db) => (await backupRepository.tables(db.db)).length > 0,
  );
}

async function withTarget<T>(
  dialect: Database['dialect'],
  location: string,
  fn: (db: Database) => Promise<T>,
): Promise<T> {
  const database = dialect === 'sqlite' ? openSqliteReadOnly(location) : openDatabase(location);
  try {
    return await fn(database);
  } finally {
    await database.destroy();
  }
}

function describe(url: string): string {
  return url.replace(/\/\/[^@/]*@/, '//');
}
