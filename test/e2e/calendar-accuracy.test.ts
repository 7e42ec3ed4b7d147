import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { browserRunnable } from '../support/browser.ts';
import { signIn, startBrowserApp, type BrowserApp } from '../support/browser-app.ts';

// Issue #21: the country page shows each correction with its official source and the unresolved
// days, in both languages, and a manager sets the business week there.
describe.skipIf(!browserRunnable)('browser: calendar accuracy on the country page', () => {
  let t: BrowserApp;
  let page: Page;
  let base: string;

  beforeAll(async () => {
    t = await startBrowserApp({
      workspace: 'E2E Accuracy Co.',
      user: {
        email: 'manager@accuracy.test',
        name: 'Wang Fang',
        role: 'admin',
        password: 'e2e-password-123',
      },
      viewport: { width: 1440, height: 1200 },
    });
    ({ page, base } = t);
  }, 180_000);
  afterAll(() => t?.close());

  it('shows Ukraine’s corrections with the law, in English and Chinese', async () => {
    await signIn(page, base, 'manager@accuracy.test', 'e2e-password-123');
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
