import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app/http-app.ts';
import { systemScope } from '../../src/domain/scope.ts';
import type { App } from '../../src/http/types.ts';
import { ChurnModelService } from '../../src/modules/risk/churn-model.service.ts';
import { seedDemo } from '../../src/seed/demo.ts';
import { ensureWebBuilt } from '../../src/server/web-build.ts';
import { browserRunnable, launchChromium, listenLocal, signInDemo } from '../support/browser.ts';
import { plantChurnHistory } from '../support/churn-history.ts';
import { createTestDatabase, type TestDatabase } from '../support/databases.ts';
import { shot } from '../support/screenshot.ts';

// Issue #18's churn model at phone width: the demo's short history says so (nothing faked); on a
// planted book an admin's trained and switched-on model shows on a customer's risk card, labelled
// as the model, below the rule-based score.
describe.skipIf(!browserRunnable)('browser: churn model', () => {
  let database: TestDatabase;
  let app: App;
  let browser: Browser;
  let base: string;
  let workspaceId: string;
  const crashes: string[] = [];
  const phone = { width: 390, height: 844 };

  beforeAll(async () => {
    const webDist = await ensureWebBuilt(() => {});
    database = await createTestDatabase('sqlite');
    workspaceId = (await seedDemo(database.db, { customers: 40 })).workspaceId;
    app = await buildApp({ db: database.db, secret: 'churn-model-secret-churn-model-1', webDist });
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
    ['en-US', 'Today', 'Not enough history: 0 of 200'],
    ['zh-CN', '今日概览', '历史数据不足：有 12 个月订单的客户 0 / 200 个'],
  ])(
    'says the demo has not enough history in %s',
    { timeout: 120_000 },
    async (locale, home, text) => {
      const page = await browser.newPage({ locale, viewport: phone });
      page.on('pageerror', (err) => crashes.push(err.message));
      page.setDefaultTimeout(30_000);
      await signInDemo(page, base, home);
      await page.goto(`${base}/risk`);
      await page.getByTestId('churn-model-not-enough').getByText(text).waitFor();
      await shot(page, `churn-model-not-enough-${locale}`);
      await page.close();
    },
  );

  it('shows the switched-on model beside the rule-based score', { timeout: 120_000 }, async () => {
    const db = database.db;
    const template = await db
      .selectFrom('customers')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .executeTakeFirstOrThrow();
    const admin = await db
      .selectFrom('users')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where('role', '=', 'admin')
      .executeTakeFirstOrThrow();
    const today = new Date().toISOString().slice(0, 10);
    const planted = await plantChurnHistory(db, template, 260, today);
    const page = await browser.newPage({ locale: 'en-US', viewport: phone });
    page.on('pageerror', (err) => crashes.push(err.message));
    page.setDefaultTimeout(30_000);
    await signInDemo(page, base, 'Today');
    await page.goto(`${base}/risk`);
    const card = page.getByTestId('churn-model');
    // The demo's count (0 customers with history) stands until counted again.
    await card.getByTestId('churn-model-not-enough').waitFor();
    await card.getByTestId('churn-model-check').click();
    await card.getByText('260 customers with 12 months of orders').waitFor();
    await card.getByTestId('churn-model-counted-on').getByText(`Counted on ${today}`).waitFor();
    await card.getByRole('button', { name: 'Train on our history' }).click();
    await card.getByText('AUC on held-out customers').waitFor();
    await card.getByTestId('churn-model-enabled').click();
    await expect
      .poll(
        async () =>
          (await new ChurnModelService(db).status(systemScope(workspaceId, admin.id))).model
            ?.enabled,
      )
      .toBe(true);
    await shot(page, 'churn-model-trained-phone');
    await page.goto(`${base}/customers/${planted[0]!.id}`);
    const risk = page.getByTestId('risk-card');
    await risk.getByTestId('model-churn').waitFor();
    expect(await risk.getByText(/chance of no order in the next 180 days/).count()).toBe(1);
    expect(await risk.getByText('Churn risk').count()).toBeGreaterThan(0);
    await shot(page, 'churn-model-customer-phone');
    await page.close();
  });
});
