import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../test/support/cli.ts';

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

  it('refuses common passwords, the email and the product name in user create', async () => {
    for (const [password, reason] of [
      ['password123', 'most common passwords'],
      ['newhire.li@example.test', 'email'],
      ['My-Chuhai-2026', 'product name'],
    ] as const) {
      const r = await run(
        'user',
        'create',
        '--email',
        'newhire.li@example.test',
        '--password',
        password,
        '--role',
        'rep',
      );
      expect(r.code, password).not.toBe(0);
      expect(r.err).toMatch(/^chuhai: /);
      expect(r.err).toContain(reason);
    }
  });

  it('seeds a small demo and exports it as CSV and XLSX', async () => {
    const seeded = await run('seed', '--demo', '--customers', '40');
    expect(seeded.code).toBe(0);
    // 40 companies, plus the few the demo enters twice for the duplicates page.
    const total = Number(/Seeded (\d+) customers/.exec(seeded.out)?.[1]);
    expect(total).toBeGreaterThanOrEqual(40);
    expect(total).toBeLessThan(45);
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
    // The seeded customers, the three leads the demo's support form brought in, and the header.
    expect(lines).toHaveLength(total + 3 + 1);
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
    expect(repLines).toBeLessThan(total);
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

  it('exports names that look like formulas as text (CSV injection)', async () => {
    const file = join(dir, 'formulas.csv');
    writeFileSync(
      file,
      'Company,Country\n"=HYPERLINK(""http://evil.example"",""x"")",Germany\n@SUM(1),France\n',
    );
    const imported = await run('import', 'customers', file, '--email', 'admin@demo.chuhai.dev');
    expect(imported.code, imported.err).toBe(0);
    const out = join(dir, 'formulas-out.csv');
    const csv = await run(
      'customers',
      'export',
      '--format',
      'csv',
      '--out',
      out,
      '--email',
      'admin@demo.chuhai.dev',
    );
    expect(csv.code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(text).toContain(`"'@SUM(1)"`);
    expect(text).not.toMatch(/(^|,)[=@]/m);
  });
  it('has help text for every command', async () => {
    const help = await run('--help');
    expect(help.code).toBe(0);
    for (const cmd of ['serve', 'migrate', 'seed', 'user', 'token', 'customers', 'doctor'])
      expect(help.out).toContain(cmd);
  });
});
