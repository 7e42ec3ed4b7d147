import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserRunnable, pickOption } from '../support/browser.ts';
import { signIn, startBrowserApp, type BrowserApp } from '../support/browser-app.ts';
import { libraryHolidays } from '../../src/domain/calendar/holidays.ts';

// Issue #11: on the Chinese UI holiday names showed in Arabic or Spanish and regions as codes.
describe.skipIf(!browserRunnable)('browser: holiday and region names on the Chinese UI', () => {
  let t: BrowserApp;
  let page: Page;
  let base: string;

  beforeAll(async () => {
    t = await startBrowserApp({
      workspace: 'E2E Holidays Co.',
      user: {
        email: 'rep@holidays.test',
        name: 'Li Na',
        role: 'rep',
        password: 'e2e-password-123',
      },
    });
    ({ page, base } = t);
  }, 180_000);
  afterAll(() => t?.close());

  it('picks a Scottish customer’s region by name and shows Eid in Chinese beside Arabic', async () => {
    await signIn(page, base, 'rep@holidays.test', 'e2e-password-123');
    await page.getByTestId('language-switch').getByText('中文').click();
    await page.getByRole('link', { name: '客户', exact: true }).click();
    await page.getByRole('heading', { name: '客户' }).waitFor();

    await page.getByTestId('new-customer').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('公司名称').fill('Clyde Trading Ltd');
    await dialog.getByLabel('国家/地区').fill('英国');
    await page.locator('.ant-select-item-option[title^="英国"]').first().click();
    // The region is a list of Scotland, England … by name, not a box for a code.
    // Picked until the select shows it: a click while the list still opens lands on nothing, and
    // the customer then saves without a region (seen on a loaded machine).
    await pickOption(page, dialog.getByTestId('customer-region'), '苏格兰 (SCT)');
    await page.getByTestId('customer-save').click();
    await page.getByTestId('customer-title').filter({ hasText: 'Clyde Trading Ltd' }).waitFor();
    await expect
      .poll(() => page.getByTestId('customer-region-name').textContent(), { timeout: 10_000 })
      .toBe('苏格兰 (SCT)');
    await expect
      .poll(() => page.getByTestId('calendar-region').textContent(), { timeout: 10_000 })
      .toBe('苏格兰');

    // The country page's calendar: Eid al-Fitr of this year in Chinese with the Arabic beside it.
    const year = new Date().getFullYear();
    const eid = libraryHolidays('SA', null, year, 'zh').find((h) => h.name === '开斋节');
    expect(eid).toBeDefined();
    await page.goto(`${base}/countries/SA`);
    await page.getByTestId('country-title').filter({ hasText: '沙特阿拉伯' }).waitFor();
    await page.locator(`[data-date="${eid?.date}"]`).hover();
    await page.getByRole('tooltip').filter({ hasText: '开斋节 · عيد الفطر' }).waitFor();
    await page.screenshot({ path: 'test-results/holiday-names-zh.png' });
  }, 120_000);
});
