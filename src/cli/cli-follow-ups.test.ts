import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../test/support/cli.ts';

describe('chuhai follow-up commands', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'chuhai-fu-'));
    process.env.CHUHAI_DATA_DIR = dir;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('logs a call and lists what is due', async () => {
    expect((await run('seed', '--demo', '--customers', '30', '--no-contacts')).code).toBe(0);
    const r = await run(
      'customers',
      'export',
      '--format',
      'csv',
      '--email',
      'admin@demo.chuhai.dev',
    );
    const id = r.out.split('\n').filter(Boolean)[1]?.split(',')[0] ?? '';
    const logged = await run(
      'activity',
      'log',
      '--email',
      'admin@demo.chuhai.dev',
      '--customer',
      id,
      '--type',
      'call',
      '--summary',
      'Price list sent',
      '--at',
      new Date(Date.now() - 40 * 86_400_000).toISOString(),
    );
    expect(logged.err).toBe('');
    expect(logged.code).toBe(0);
    expect(logged.out).toMatch(/Next follow-up \d{4}-\d{2}-\d{2}: every \d+ days/);
    const today = await run(
      'followups',
      'today',
      '--email',
      'admin@demo.chuhai.dev',
      '--scope',
      'all',
    );
    expect(today.code).toBe(0);
    expect(today.out).toContain('OVERDUE');
    expect(
      (
        await run(
          'activity',
          'log',
          '--email',
          'admin@demo.chuhai.dev',
          '--customer',
          id,
          '--type',
          'fax',
          '--summary',
          'x',
        )
      ).err,
    ).toContain('--type must be one of');
    expect((await run('followups', 'today', '--email', 'nobody@example.test')).code).toBe(1);
  });
});
