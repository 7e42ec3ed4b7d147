import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { browserRunnable, launchChromium, listenLocal } from '../support/browser.ts';
import { buildApp } from '../../src/app/http-app.ts';
import { ensureWebBuilt } from '../../src/server/web-build.ts';
import type { App } from '../../src/http/types.ts';
import { createTestDatabase, type TestDatabase } from '../support/databases.ts';
import { insertUser } from '../../src/modules/users/users.service.ts';
import { workspacesRepository } from '../../src/modules/workspaces/workspaces.repository.ts';

// Issue #21: the country page shows each correction with its official source and the unresolved
// days, in both languages, and a manager sets the business week there.
describe.skipIf(!browserRunnable)('browser: calendar accuracy on the country page', () => {
  let database: TestDatabase;
  let app: App;
  let browser: Browser;
  let page: Page;
  let base: string;

  beforeAll(async () => {
    const webDist = await ensureWebBuilt(() => {});
    database = await createTestDatabase('sqlite');
    const ws = await workspacesRepository.create(database.db, 'E2E Accuracy Co.');
    await insertUser(database.db, ws.id, null, {
      email: 'manager@accuracy.test',
      name: 'Wang Fang',
      role: 'admin',
      password: 'e2e-password-123',
    });
    app = await buildApp({ db: database.db, secret: 'e2e-secret-e2e-secret-e2e-secret', webDist });
    base = await listenLocal(app);
    browser = await launchChromium();
    page = await browser.newPage({ locale: 'en-US', viewport: { width: 1440, height: 1200 } });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await database?.drop();
  });

  it('shows Ukraine’s corrections with the law, in English and Chinese', async () => {
    await page.goto(base);
    await page.getByLabel('Email').fill('manager@accuracy.test');
    await page.getByLabel('Password').fill('e2e-password-123');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Today' }).waitFor();
    await page.goto(`${base}/countries/UA`);
    const card = page.getByTestId('calendar-accuracy');
    await card.getByText(`Calendar accuracy ${new Date().getFullYear()}`).waitFor();
    await card.getByText('Law of Ukraine No. 2136-IX', { exact: false }).first().waitFor();
    await card.getByText('not a day off').first().waitFor();
    await page.screenshot({ path: 'test-results/calendar-accuracy-en.png', fullPage: true });

    await page.getByTestId('language-switch').getByText('中文').click();
    await card.getByText(`${new Date().getFullYear()} 年日历准确性`).waitFor();
    await card.getByText('非假日').first().waitFor();
    await page.goto(`${base}/countries/HK`);
    await page.getByTestId('calendar-accuracy').getByText('本公司工作周').waitFor();
    await page.screenshot({ path: 'test-results/calendar-accuracy-zh.png', fullPage: true });
  }, 120_000);
});
