import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/database.ts';
import { migrateToLatest } from '../../db/migrate.ts';
import { run } from '../../../test/support/cli.ts';
import { testDialects } from '../../../test/support/databases.ts';
import { scratchDatabase, type ScratchDatabase } from '../../../test/support/scratch-database.ts';
import { createRotatingBackup } from './backup.service.ts';

describe.each(testDialects())('scheduled backups on %s', (dialect) => {
  let dir: string;
  let source: ScratchDatabase;
  const saved = { ...process.env };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'chuhai-rotation-'));
    source = await scratchDatabase(dialect, dir);
    const database = openDatabase(source.url);
    await migrateToLatest(database.db);
    await database.destroy();
    process.env.DATABASE_URL = source.url;
    process.env.CHUHAI_DATA_DIR = dir;
  });
  afterAll(async () => {
    process.env = saved;
    await source.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps the newest N timestamped backups and leaves other files alone', async () => {
    const out = join(dir, 'nightly');
    const source = { databaseUrl: process.env.DATABASE_URL ?? '', dataDir: dir };
    for (const day of ['2026-11-01', '2026-11-02', '2026-11-03'])
      await createRotatingBackup(source, out, 5, new Date(`${day}T02:00:00Z`));
    writeFileSync(join(out, 'notes.txt'), 'mine');
    const r = await run('backup', '--out-dir', out, '--keep', '2');
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('Deleted old backup');
    const left = readdirSync(out).sort();
    expect(left).toHaveLength(3);
    expect(left[0]).toBe('chuhai-backup-2026-11-03T02-00-00-000Z.tar');
    expect(left[1]).toMatch(/^chuhai-backup-\d{4}-.+Z\.tar$/);
    expect(left[2]).toBe('notes.txt');
    // A plain tar: the system's tar lists the members.
    const listing = execFileSync('tar', ['-tf', join(out, left[1] ?? '')], { encoding: 'utf8' });
    expect(listing.split('\n')[0]).toBe('manifest.json');
  });

  it('rejects bad options with a one-line reason', async () => {
    for (const args of [
      ['backup'],
      ['backup', '--out', join(dir, 'x.tar'), '--out-dir', dir],
      ['backup', '--out', join(dir, 'x.tar'), '--keep', '2'],
      ['backup', '--out-dir', dir, '--keep', '0'],
      ['restore', join(dir, 'missing.tar')],
    ]) {
      const r = await run(...args);
      expect(r.code, args.join(' ')).not.toBe(0);
      expect(r.err).toMatch(/^chuhai: /);
    }
  });

  it.runIf(dialect === 'postgres')('names what to install when pg_dump is missing', async () => {
    process.env.CHUHAI_PG_BIN_DIR = join(dir, 'no-such-folder');
    try {
      const r = await run('backup', '--out', join(dir, 'pg.tar'));
      expect(r.code).not.toBe(0);
      expect(r.err).toContain('pg_dump was not found');
      expect(r.err).toContain('postgresql-client');
      expect(readdirSync(dir)).not.toContain('pg.tar');
    } finally {
      delete process.env.CHUHAI_PG_BIN_DIR;
    }
  });
});
