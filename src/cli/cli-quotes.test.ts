import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContainer } from '../app/container.ts';
import { openDatabase } from '../db/database.ts';
import { userRecords } from '../modules/users/user-records.service.ts';
import { browserRunnable } from '../../test/support/browser.ts';
import { run } from '../../test/support/cli.ts';

describe.skipIf(!browserRunnable)('chuhai quote pdf', () => {
  let dir: string;
  let quoteId: string;
  const saved = { data: process.env.CHUHAI_DATA_DIR, url: process.env.DATABASE_URL };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'chuhai-cli-quote-'));
    process.env.CHUHAI_DATA_DIR = dir;
    delete process.env.DATABASE_URL;
    expect((await run('migrate')).code).toBe(0);
    const user = ['user', 'create', '--email', 'boss@example.test', '--role', 'admin'];
    expect((await run(...user, '--password', 'a-long-password')).code).toBe(0);
    // A customer and a draft made through the app's services, as the API would.
    const database = openDatabase(join(dir, 'chuhai.db'));
    try {
      const services = createContainer(database.db, { uploadsDir: null });
      const admin = await userRecords.firstAdmin(database.db);
      const scope = await services.auth.scopeFor(admin!.workspace_id, admin!.id);
      const c = await services.customers.create(scope!, { name: 'Schäfer AG', country: 'DE' });
      const q = await services.quotes.create(scope!, {
        customerId: c.id,
        currency: 'EUR',
        validUntil: '2099-01-01',
        lines: [{ description: 'Getriebemotor', quantity: 4, unitPriceMinor: 25_000 }],
      });
      quoteId = q.id;
    } finally {
      await database.destroy();
    }
  });
  afterAll(() => {
    if (saved.data === undefined) delete process.env.CHUHAI_DATA_DIR;
    else process.env.CHUHAI_DATA_DIR = saved.data;
    if (saved.url) process.env.DATABASE_URL = saved.url;
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes the quote as a PDF file', async () => {
    const out = join(dir, 'quote.pdf');
    const res = await run('quote', 'pdf', quoteId, '--out', out);
    expect(res.code).toBe(0);
    expect(res.out).toMatch(/^Wrote Q-\d{4}-0001-A\.pdf to /);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('fails with one line for an unknown quote or language', async () => {
    const missing = await run('quote', 'pdf', 'nope', '--out', join(dir, 'x.pdf'));
    expect(missing.code).toBe(1);
    expect(missing.err).toBe('chuhai: Quote was not found');
    const lang = await run('quote', 'pdf', quoteId, '--out', join(dir, 'x.pdf'), '--lang', 'xx');
    expect(lang.code).toBe(1);
    expect(lang.err).toContain('is not a quote language');
  });
});
