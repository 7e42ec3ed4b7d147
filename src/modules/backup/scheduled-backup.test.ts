import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseBackups } from '../../config.ts';
import { openDatabase, type Database } from '../../db/database.ts';
import { migrateToLatest } from '../../db/migrate.ts';
import { enqueueJob } from '../jobs/job-records.service.ts';
import { JobRunner } from '../jobs/job-runner.ts';
import { jobsRepository } from '../jobs/jobs.repository.ts';
import { scheduledBackupKind } from './scheduled-backup.ts';

describe('scheduled backups', () => {
  let dir: string;
  let database: Database;
  const saved = { ...process.env };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'chuhai-sched-backup-'));
    process.env.CHUHAI_DATA_DIR = dir;
    process.env.DATABASE_URL = join(dir, 'chuhai.db');
    database = openDatabase(process.env.DATABASE_URL);
    await migrateToLatest(database.db);
  });
  afterAll(async () => {
    await database.destroy();
    process.env = saved;
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads its settings from the environment and refuses a bad schedule', () => {
    expect(parseBackups({})).toBeUndefined();
    expect(
      parseBackups({ CHUHAI_BACKUP_DIR: '/b', CHUHAI_BACKUP_TIME_ZONE: 'Asia/Shanghai' }),
    ).toEqual({
      dir: '/b',
      keep: 7,
      cron: '30 2 * * *',
      timeZone: 'Asia/Shanghai',
    });
    expect(() =>
      parseBackups({ CHUHAI_BACKUP_DIR: '/b', CHUHAI_BACKUP_CRON: '99 * * * *' }),
    ).toThrow(/CHUHAI_BACKUP_CRON/);
    expect(() => parseBackups({ CHUHAI_BACKUP_DIR: '/b', CHUHAI_BACKUP_KEEP: '0' })).toThrow(
      /CHUHAI_BACKUP_KEEP/,
    );
  });

  it('runs chuhai backup as a job and keeps the newest N archives', async () => {
    const out = join(dir, 'backups-out');
    const runner = new JobRunner(database.db);
    runner.define(scheduledBackupKind({ dir: out, keep: 1, cron: '30 2 * * *', timeZone: 'UTC' }));
    const ids: (string | null)[] = [];
    for (let i = 0; i < 2; i++) {
      ids.push(await enqueueJob(database.db, 'backup.scheduled', {}));
      await runner.tick();
      await runner.drain();
      // archive names carry the second they were taken
      await new Promise((r) => setTimeout(r, 1100));
    }
    for (const id of ids)
      expect(await jobsRepository.find(database.db, id ?? '')).toMatchObject({
        status: 'succeeded',
      });
    expect(readdirSync(out).filter((f) => f.endsWith('.tar'))).toHaveLength(1);
  }, 60_000);
});
