import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from './main.ts';

/** Runs the CLI in-process against a scratch SQLite data directory and captures its output. */
async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi
    .spyOn(console, 'log')
    .mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  const error = vi
    .spyOn(console, 'error')
    .mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
  const write = vi
    .spyOn(process.stdout, 'write')
    .mockImplementation((chunk: string | Uint8Array) => {
      out.push(String(chunk));
      return true;
    });
  try {
    const code = await main(['node', 'chuhai', ...args]);
    return { code, out: out.join('\n'), err: err.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
    write.mockRestore();
  }
}

describe('chuhai CLI', () => {
  let dir: string;
  const saved = { data: process.env.CHUHAI_DATA_DIR, url: process.env.DATABASE_URL };

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'chuhai-cli-'));
    process.env.CHUHAI_DATA_DIR = dir;
    delete process.env.DATABASE_URL;
  });
  afterAll(() => {
    if (saved.data === undefined) delete process.env.CHUHAI_DATA_DIR;
    else process.env.CHUHAI_DATA_DIR = saved.data;
    if (saved.url) process.env.DATABASE_URL = saved.url;
    rmSync(dir, { recursive: true, force: true });
  });

  it('migrates and reports a healthy installation', async () => {
    expect((await run('migrate')).code).toBe(0);
    const doctor = await run('doctor');
    expect(doctor.code).toBe(0);
    expect(doctor.out).toContain('migrations are current');
    expect(readFileSync(join(dir, 'secret.key'), 'utf8').trim().length).toBeGreaterThan(30);
  });

  it('creates users and prints an API token as the last line', async () => {
    const created = await run(
      'user',
      'create',
      '--email',
      'ops@example.test',
      '--password',
      'a-long-password',
      '--role',
      'admin',
      '--team',
      'Europe',
    );
    expect(created.code).toBe(0);
    expect(created.out).toContain('Created admin ops@example.test');
    const token = await run('token', 'create', '--email', 'ops@example.test');
    expect(token.code).toBe(0);
    expect(token.out.trim().split('\n').at(-1)).toMatch(/^chu_[\w-]{40,}$/);
  });

  it('fails with a one-line reason and a non-zero exit', async () => {
    for (const args of [
      ['user', 'create', '--email', 'x@example.test', '--password', 'short', '--role', 'rep'],
      [
        'user',
        'create',
        '--email',
        'x@example.test',
        '--password',
        'a-long-password',
        '--role',
        'boss',
      ],
      [
        'user',
        'create',
        '--email',
        'ops@example.test',
        '--password',
        'a-long-password',
        '--role',
        'rep',
      ],
      ['token', 'create', '--email', 'nobody@example.test'],
      ['customers', 'export', '--format', 'pdf'],
      ['seed', '--demo', '--customers', 'many'],
      ['no-such-command'],
    ]) {
      const r = await run(...args);
      expect(r.code, args.join(' ')).not.toBe(0);
      expect(r.err.split('\n')).toHaveLength(1);
      expect(r.err).toMatch(/^chuhai: /);
    }
  });

  it('seeds a small demo and exports it as CSV and XLSX', async () => {
    const seeded = await run('seed', '--demo', '--customers', '40');
    expect(seeded.code).toBe(0);
    expect(seeded.out).toContain('Seeded 40 customers');
    const csvFile = join(dir, 'customers.csv');
    const csv = await run(
      'customers',
      'export',
      '--format',
      'csv',
      '--out',
      csvFile,
      '--email',
      'admin@demo.chuhai.dev',
    );
    expect(csv.code).toBe(0);
    const lines = readFileSync(csvFile, 'utf8').trim().split('\n');
    expect(lines[0]).toContain('name,native_name,country');
    expect(lines).toHaveLength(41);
    const repCsv = join(dir, 'rep.csv');
    await run(
      'customers',
      'export',
      '--format',
      'csv',
      '--out',
      repCsv,
      '--email',
      'rep1@demo.chuhai.dev',
    );
    const repLines = readFileSync(repCsv, 'utf8').trim().split('\n').length - 1;
    expect(repLines).toBeGreaterThan(0);
    expect(repLines).toBeLessThan(40);
    const xlsx = await run(
      'customers',
      'export',
      '--format',
      'xlsx',
      '--out',
      join(dir, 'customers.xlsx'),
      '--email',
      'admin@demo.chuhai.dev',
    );
    expect(xlsx.code).toBe(0);
    expect(readFileSync(join(dir, 'customers.xlsx')).subarray(0, 2).toString()).toBe('PK');
    const noSegment = await run(
      'customers',
      'export',
      '--format',
      'csv',
      '--segment',
      'no-such-segment',
      '--email',
      'admin@demo.chuhai.dev',
    );
    expect(noSegment.code).not.toBe(0);
    expect(noSegment.err).toMatch(/segment/i);
    expect((await run('seed', '--demo')).err).toContain('already exists');
  });

  it('has help text for every command', async () => {
    const help = await run('--help');
    expect(help.code).toBe(0);
    for (const cmd of ['serve', 'migrate', 'seed', 'user', 'token', 'customers', 'doctor'])
      expect(help.out).toContain(cmd);
  });
});

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
    expect((await run('holidays', 'KG', '--year', '2026')).out).toContain(
      'No holidays known for KG',
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
