import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app/http-app.ts';
import type { App } from '../../src/http/types.ts';
import { seedDemo } from '../../src/seed/demo.ts';
import { ensureWebBuilt } from '../../src/server/web-build.ts';
import { browserRunnable, launchChromium, listenLocal, signInDemo } from '../support/browser.ts';
import { createTestDatabase, type TestDatabase } from '../support/databases.ts';

// Issue #18: the demo's high-risk customers surface on Today — the "customers at risk" card with
// the suggested action and the churn next action, both linking to the risk card — at phone width,
// in English and Chinese.
describe.skipIf(!browserRunnable)('browser: customers at risk on Today', () => {
  let database: TestDatabase;
  let app: App;
  let browser: Browser;
  let base: string;
  const crashes: string[] = [];

  beforeAll(async () => {
    const webDist = await ensureWebBuilt(() => {});
    database = await createTestDatabase('sqlite');
    await seedDemo(database.db, { customers: 66 });
    app = await buildApp({ db: database.db, secret: 'risk-secret-risk-secret-risk-sec1', webDist });
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
    ['en-US', 'Today', 'Call the buyer', /At risk \(\d+\) · order overdue: Call the buyer/],
    ['zh-CN', '今日概览', '致电采购负责人', /流失风险（\d+）· 订单逾期未下：致电采购负责人/],
  ])('shows them in %s at 390 px', { timeout: 120_000 }, async (locale, home, action, next) => {
    const page = await browser.newPage({ locale, viewport: { width: 390, height: 844 } });
    page.setDefaultTimeout(30_000);
    page.on('pageerror', (err) => crashes.push(err.message));
    await signInDemo(page, base, home);
    const card = page.getByTestId('at-risk-card');
    await card.getByTestId('at-risk-customer').first().waitFor();
    expect(await card.getByTestId('at-risk-high').textContent()).toMatch(/[1-9]/);
    expect(await card.getByTestId('churn-suggestion').first().textContent()).toContain(action);
    // Nothing wider than the phone.
    const box = await card.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    // Overdue payments rank above; the churn action may be past the first eight.
    const actions = page.getByTestId('next-actions');
    await actions.getByTestId('next-action').first().waitFor();
    const more = actions.locator('button.ant-btn-link');
    if (await more.count()) await more.click();
    await actions.getByText(next).first().waitFor();
    // The customer's name leads to its risk card.
    await card.getByTestId('at-risk-customer').first().getByRole('link').click();
    await page.getByTestId('risk-card').getByTestId('churn-suggestion').waitFor();
    expect(page.url()).toMatch(/#risk$/);
    await page.close();
  });
});
