import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app/http-app.ts';
import type { App } from '../../src/http/types.ts';
import { seedDemo } from '../../src/seed/demo.ts';
import { ensureWebBuilt } from '../../src/server/web-build.ts';
import { browserRunnable, launchChromium, listenLocal, signInDemo } from '../support/browser.ts';
import { createTestDatabase, type TestDatabase } from '../support/databases.ts';

/** Signs in (English or Chinese form) and waits for Today's own heading. */
// Issue #18's churn list on the risk page reads the stored scores (0087): the demo's lapsed buyer
// whose primary contact left shows "key contact gone" in the reader's language, with the day the
// scores are from.
describe.skipIf(!browserRunnable)('browser: stored churn list', () => {
  let database: TestDatabase;
  let app: App;
  let browser: Browser;
  let base: string;
  const crashes: string[] = [];

  beforeAll(async () => {
    const webDist = await ensureWebBuilt(() => {});
    database = await createTestDatabase('sqlite');
    await seedDemo(database.db, { customers: 66 });
    app = await buildApp({ db: database.db, secret: 'churn-secret-churn-secret-churn-1', webDist });
    base = await listenLocal(app);
    browser = await launchChromium();
  }, 240_000);

  afterAll(async () => {
    expect(crashes).toEqual([]);
    await browser?.close();
    await app?.close();
    await database?.drop();
  });

  it.each([
    [
      'en-US',
      'Today',
      'The primary contact is gone: marked as having left the company',
      'Scores as of',
    ],
    ['zh-CN', '今日概览', '主要联系人已不在：已标记为离职', '评分截至'],
  ])('shows key contact gone in %s', { timeout: 120_000 }, async (locale, home, reason, asOf) => {
    const page = await browser.newPage({ locale, viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(30_000);
    page.on('pageerror', (err) => crashes.push(err.message));
    await signInDemo(page, base, home);
    await page.goto(`${base}/risk`);
    const list = page.getByTestId('churn-list');
    await list.getByText(reason).first().waitFor();
    expect(await list.getByText(asOf).count()).toBeGreaterThan(0);
    await page.close();
  });
});
