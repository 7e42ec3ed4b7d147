import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../test/support/cli.ts';

describe('chuhai calendar commands', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'chuhai-cal-'));
    process.env.CHUHAI_DATA_DIR = dir;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('answers the next business day with its reason', async () => {
    const r = await run('calendar', 'next-business-day', '--country', 'DE', '--from', '2026-12-25');
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toBe('2026-12-28');
    expect(r.out).toContain('Christmas Day');
    const bad = await run(
      'calendar',
      'next-business-day',
      '--country',
      'XX',
      '--from',
      '2026-12-25',
    );
    expect(bad.code).toBe(1);
    expect(bad.err).toBe(
      'chuhai: "XX" is not an ISO 3166-1 alpha-2 country code (/querystring/country)',
    );
  });

  it('lists holidays and shows a country profile with missing scores as missing', async () => {
    const sa = await run('holidays', 'SA', '--year', '2026');
    expect(sa.out).toContain('2026-03-20  closed  public      End of Ramadan (Eid al-Fitr)');
    expect((await run('holidays', 'TJ', '--year', '2026')).out).toContain(
      'No holidays known for TJ',
    );
    const kz = await run('country', 'KZ', '--year', '2026');
    expect(kz.out).toContain('Power distance');
    expect(kz.out.match(/no score/g)).toHaveLength(6);
    expect((await run('holidays', 'SA', '--year', 'next')).code).toBe(1);
  });

  it('applies the China 2026 preset to the workspace', async () => {
    expect((await run('calendar', 'preset', 'cn-2026')).err).toContain('no workspace yet');
    await run(
      'user',
      'create',
      '--email',
      'boss@example.test',
      '--password',
      'a-long-password',
      '--role',
      'admin',
    );
    expect((await run('calendar', 'preset', 'cn-2026')).out).toBe(
      'cn-2026: 39 days added, 0 updated',
    );
    expect(
      (
        await run('calendar', 'next-business-day', '--country', 'CN', '--from', '2026-02-14')
      ).out.split('\n')[0],
    ).toBe('2026-02-14');
  });
});
