import { copyFile, mkdir, mkdtemp, readdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import pkg from '../../../package.json' with { type: 'json' };
import { openDatabase, parseDatabaseUrl } from '../../db/database.ts';
import type { Executor } from '../../db/dialect.ts';
import { openSqliteReadOnly, snapshotSqlite } from '../../db/sqlite-files.ts';
import { TarWriter } from './archive.ts';
import { backupRepository, type TableStats } from './backup.repository.ts';
import { databaseMember, FORMAT, FORMAT_VERSION, MANIFEST, sha256File } from './manifest.ts';
import type { Manifest } from './manifest.ts';
import { pgDump } from './pg-tools.ts';

/** Where the data lives: the configured database and data directory (see src/config.ts). */
export interface BackupSource {
  databaseUrl: string;
  dataDir: string;
}

interface Snapshot {
  migrations: string[];
  tables: Record<string, TableStats>;
}

/**
 * Writes one archive holding a consistent snapshot of the database, the uploads folder and a
 * manifest (versions, per-table rows and fingerprints, sha256 of every member). Safe while the
 * server runs. Everything is staged in a hidden folder beside `out` and renamed into place last,
 * so a failure leaves no partial `out`. A scheduled job can call this as it is.
 */
export async function createBackup(source: BackupSource, out: string): Promise<Manifest> {
  const file = resolve(out);
  await mkdir(dirname(file), { recursive: true });
  const staging = await mkdtemp(join(dirname(file), '.chuhai-backup-'));
  try {
    const { dialect, target } = parseDatabaseUrl(source.databaseUrl);
    const dbFile = join(staging, databaseMember(dialect));
    const snapshot =
      dialect === 'sqlite'
        ? await sqliteSnapshot(target, dbFile)
        : await pgSnapshot(target, dbFile);
    const uploads = await copyTree(join(source.dataDir, 'uploads'), join(staging, 'uploads'));
    const members: Manifest['members'] = {};
    for (const name of [databaseMember(dialect), ...uploads.map((u) => `uploads/${u}`)]) {
      const path = join(staging, name);
      members[name] = { size: (await stat(path)).size, sha256: await sha256File(path) };
    }
    const manifest: Manifest = {
      format: FORMAT,
      formatVersion: FORMAT_VERSION,
      appVersion: pkg.version,
      dialect,
      createdAt: new Date().toISOString(),
      ...snapshot,
      members,
    };
    const archive = join(staging, 'archive.tar');
    const tar = await TarWriter.create(archive);
    try {
      await tar.addBuffer(MANIFEST, Buffer.from(JSON.stringify(manifest, null, 2) + '\n'));
      for (const [name, m] of Object.entries(members))
        await tar.addFile(name, join(staging, name), m.size);
      await tar.finish();
    } catch (err) {
      await tar.abort();
      throw err;
    }
    await rename(archive, file);
    return manifest;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** Backup file names in a folder sort by time: `chuhai-backup-<UTC time>.tar`. */
const ROTATED = /^chuhai-backup-\d{4}-\d\d-\d\dT[\d-]+Z\.tar$/;

/**
 * A timestamped backup into `dir`, then deletes the oldest such backups beyond `keep`. Files
 * not named by this function are never touched.
 */
export async function createRotatingBackup(
  source: BackupSource,
  dir: string,
  keep: number,
  now = new Date(),
): Promise<{ file: string; manifest: Manifest; deleted: string[] }> {
  if (!Number.isInteger(keep) || keep < 1) throw new Error('keep must be a whole number ≥ 1');
  const file = join(resolve(dir), `chuhai-backup-${now.toISOString().replace(/[:.]/g, '-')}.tar`);
  const manifest = await createBackup(source, file);
  const all = (await readdir(dirname(file))).filter((n) => ROTATED.test(n)).sort();
  const deleted = all.slice(0, Math.max(0, all.length - keep)).map((n) => join(dirname(file), n));
  for (const old of deleted) await rm(old, { force: true });
  return { file, manifest, deleted };
}

/** Counts and fingerprints of every table, as one executor sees them. */
export async function readTableStats(db: Executor): Promise<Snapshot> {
  const tables: Record<string, TableStats> = {};
  for (const table of await backupRepository.tables(db))
    tables[table] = await backupRepository.stats(db, table);
  return { migrations: await backupRepository.migrations(db), tables };
}

async function sqliteSnapshot(path: string, dest: string): Promise<Snapshot> {
  if (path === ':memory:') throw new Error('an in-memory database cannot be backed up');
  await stat(path).catch(() => {
    throw new Error(`there is no database at ${path} to back up`);
  });
  await snapshotSqlite(path, dest);
  // Counted from the copy, so the manifest describes exactly the bytes in the archive.
  const copy = openSqliteReadOnly(dest);
  try {
    return await readTableStats(copy.db);
  } finally {
    await copy.destroy();
  }
}

/** pg_dump and the counts share one exported snapshot: both see the same committed state. */
async function pgSnapshot(url: string, dest: string): Promise<Snapshot> {
  const database = openDatabase(url);
  try {
    return await database.db
      .transaction()
      .setIsolationLevel('repeatable read')
      .setAccessMode('read only')
      .execute(async (trx) => {
        const id = await backupRepository.exportSnapshot(trx);
        const [stats, dump] = await Promise.allSettled([
          readTableStats(trx),
          pgDump(url, dest, id),
        ]);
        if (dump.status === 'rejected') throw dump.reason;
        if (stats.status === 'rejected') throw stats.reason;
        return stats.value;
      });
  } finally {
    await database.destroy();
  }
}

/** Copies a folder's files (recursively); returns their relative paths. Missing folder: none. */
async function copyTree(from: string, to: string, rel = ''): Promise<string[]> {
  const entries = await readdir(join(from, rel), { withFileTypes: true }).catch(() => []);
  const copied: string[] = [];
  for (const e of entries) {
    const name = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) copied.push(...(await copyTree(from, to, name)));
    else if (e.isFile()) {
      await mkdir(join(to, rel), { recursive: true });
      // An upload the sweep deletes meanwhile is simply not in this backup.
      const ok = await copyFile(join(from, name), join(to, name)).then(
        () => true,
        () => false,
      );
      if (ok) copied.push(name);
    }
  }
  return copied;
}
