import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../test/support/cli.ts';

describe('chuhai jobs', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'chuhai-jobs-'));
    process.env.CHUHAI_DATA_DIR = dir;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lists the import job, refuses to cancel it once done, and shows the schedules', async () => {
    expect(
      (
        await run(
          'user',
          'create',
          '--email',
          'ops@jobs.test',
          '--name',
          'Ops',
          '--role',
          'admin',
          '--password',
          'jobs-test-password',
        )
      ).code,
    ).toBe(0);
    const file = join(dir, 'list.csv');
    writeFileSync(file, 'Company,Country\nAcme GmbH,Germany\nSakura KK,Japan\n');
    const imported = await run('import', 'customers', file);
    expect(imported.err).toBe('');
    expect(imported.code).toBe(0);

    const list = await run('jobs');
    expect(list.code).toBe(0);
    expect(list.out).toMatch(/succeeded 1/);
    const line = list.out.split('\n').find((l) => l.includes('imports.run')) ?? '';
    expect(line).toMatch(/succeeded\s+1\/20/);
    const id = line.split(/\s+/)[0] ?? '';

    const cancel = await run('jobs', 'cancel', id);
    expect(cancel.code).not.toBe(0);
    expect(cancel.err).toMatch(/can be cancelled only while queued \(it is succeeded\)/);
    expect((await run('jobs', '--status', 'stuck')).err).toMatch(/--status must be one of/);

    const schedules = await run('jobs', 'schedules');
    expect(schedules.out).toMatch(/value\.classify-nightly\s+0 2 \* \* \*\s+Asia\/Shanghai/);
  });
});
