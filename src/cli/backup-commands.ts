import { statSync } from 'node:fs';
import type { Command } from 'commander';
import { loadConfig } from '../config.ts';
import { createBackup, createRotatingBackup } from '../modules/backup/backup.service.ts';
import type { Manifest } from '../modules/backup/manifest.ts';
import { restoreBackup } from '../modules/backup/restore.service.ts';
import { CliError } from './context.ts';

export function registerBackupCommands(cli: Command): void {
  cli
    .command('backup')
    .description(
      'Write a consistent backup (database + uploaded files + manifest) while the server runs',
    )
    .option('--out <file>', 'the archive to write (a tar file)')
    .option('--out-dir <dir>', 'write chuhai-backup-<UTC time>.tar into this folder instead')
    .option('--keep <n>', 'with --out-dir: keep the newest N backups there, delete older ones')
    .action(async (o: { out?: string; outDir?: string; keep?: string }) => {
      if (!!o.out === !!o.outDir)
        throw new CliError('give exactly one of --out FILE or --out-dir DIR');
      if (o.keep !== undefined && !o.outDir) throw new CliError('--keep works with --out-dir only');
      const keep = o.keep === undefined ? Infinity : Number(o.keep);
      if (keep !== Infinity && (!Number.isInteger(keep) || keep < 1))
        throw new CliError(`--keep must be a whole number ≥ 1, got "${o.keep}"`);
      const { databaseUrl, dataDir } = loadConfig();
      const source = { databaseUrl, dataDir };
      if (o.out) {
        report(await createBackup(source, o.out), o.out);
        return;
      }
      const made = await createRotatingBackup(
        source,
        o.outDir as string,
        keep === Infinity ? Number.MAX_SAFE_INTEGER : keep,
      );
      report(made.manifest, made.file);
      for (const old of made.deleted) console.log(`Deleted old backup ${old}`);
    });

  cli
    .command('restore')
    .description(
      'Restore a backup into an empty database and data directory (--force replaces existing data)',
    )
    .argument('<file>', 'the archive written by chuhai backup')
    .option('--force', 'replace a database and uploads folder that already hold data')
    .action(async (file: string, o: { force?: boolean }) => {
      const { databaseUrl, dataDir } = loadConfig();
      const { manifest, tables } = await restoreBackup({ databaseUrl, dataDir }, file, o);
      const width = Math.max(...Object.keys(tables).map((t) => t.length));
      for (const [table, s] of Object.entries(tables))
        console.log(`${table.padEnd(width)}  ${String(s.rows).padStart(9)}  ok`);
      const uploads = Object.keys(manifest.members).filter((n) => n.startsWith('uploads/')).length;
      console.log(
        `Restored the ${manifest.dialect} backup of ${manifest.createdAt} (Chuhai ${manifest.appVersion}) and ${uploads} uploaded file(s): the row counts and checksums of all ${Object.keys(tables).length} tables match the manifest.`,
      );
    });
}

function report(m: Manifest, file: string): void {
  const rows = Object.values(m.tables).reduce((n, t) => n + t.rows, 0);
  const uploads = Object.keys(m.members).filter((n) => n.startsWith('uploads/')).length;
  const mb = (statSync(file).size / 1e6).toFixed(1);
  console.log(
    `Backed up the ${m.dialect} database (${Object.keys(m.tables).length} tables, ${rows} rows) and ${uploads} uploaded file(s) to ${file} (${mb} MB)`,
  );
}
