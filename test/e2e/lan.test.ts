import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserRunnable, launchChromium } from '../support/browser.ts';
import { buildApp } from '../../src/app/http-app.ts';
import type { App } from '../../src/http/types.ts';
import { insertUser } from '../../src/modules/users/users.service.ts';
import { workspaces } from '../../src/modules/workspaces/workspaces.service.ts';
import { ensureWebBuilt } from '../../src/server/web-build.ts';
import { createTestDatabase, type TestDatabase } from '../support/databases.ts';

/** An address of this machine other than loopback, as a colleague on the LAN would use. */
function lanAddress(): string | undefined {
  return Object.values(networkInterfaces())
    .flat()
    .find((a) => a && a.family === 'IPv4' && !a.internal)?.address;
}

// The common first deployment: one machine on the office network, opened over plain HTTP by
// its address. Sent over HTTP, HSTS or `upgrade-insecure-requests` made this a blank page.
describe.skipIf(!browserRunnable)('browser: the app over plain HTTP from a LAN address', () => {
  let database: TestDatabase;
  let app: App;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    const address = lanAddress();
    // CI machines have a network interface; a developer's laptop offline may not.
    if (!address && process.env.CI !== 'true') return;
    expect(address, 'this machine has no non-loopback IPv4 address').toBeDefined();
    const webDist = await ensureWebBuilt(() => {});
    database = await createTestDatabase('sqlite');
    const ws = await workspaces.create(database.db, 'LAN Export Co.');
    await insertUser(database.db, ws.id, null, {
      email: 'rep@lan.test',
      name: 'Li Na',
      role: 'rep',
      password: 'lan-office-pass-7351',
    });
    app = await buildApp({ db: database.db, secret: 'lan-secret-lan-secret-lan-secret', webDist });
    await app.listen({ port: 0, host: '0.0.0.0' });
    base = `http://${address}:${(app.server.address() as AddressInfo).port}`;
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await database?.drop();
  });

  it('loads, signs in, shows Today, and gives a rep the no-permission page for web forms', async (t) => {
    if (!base) t.skip();
    const page = await browser.newPage({ locale: 'en-US' });
    const failed: string[] = [];
    page.on('requestfailed', (r) => failed.push(`${r.url()} ${r.failure()?.errorText ?? ''}`));
    await page.goto(base);
    await page.getByLabel('Email').fill('rep@lan.test');
    await page.getByLabel('Password').fill('lan-office-pass-7351');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Today' }).waitFor({ timeout: 20_000 });
    expect(page.url().startsWith('http://')).toBe(true);
    expect(failed).toEqual([]);
    // A rep who opens an admin page by its address gets the no-permission page, not an empty
    // page with a "New form" button the API would refuse (#11).
    await page.goto(`${base}/lead-forms`);
    await page.getByText('You do not have permission to do this.').waitFor();
    expect(await page.getByRole('button', { name: /new form/i }).count()).toBe(0);
  }, 60_000);
});
