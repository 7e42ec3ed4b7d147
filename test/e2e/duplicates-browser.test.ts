import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserRunnable } from '../support/browser.ts';
import { signIn, startBrowserApp, type BrowserApp } from '../support/browser-app.ts';

describe.skipIf(!browserRunnable)(
  'browser: duplicates are paged, said in words, and dismissed',
  () => {
    let t: BrowserApp;
    let page: Page;
    let base: string;

    beforeAll(async () => {
      t = await startBrowserApp({
        workspace: 'E2E Dupes Co.',
        user: { email: 'dupes@e2e.test', name: 'Li Na', role: 'rep', password: 'e2e-password-123' },
        viewport: { width: 1280, height: 900 },
        seed: async ({ scope, services }) => {
          // 21 pairs on one website each, and the Al Rajhi branches that must not make a 22nd.
          for (let i = 1; i <= 21; i++)
            for (const name of [`Gulf Pipes ${i} LLC`, `GULF PIPES ${i}`])
              await services.customers.create(scope, {
                name,
                country: 'AE',
                domain: `gulfpipes${i}.ae`,
              });
          for (const [name, domain] of [
            ['Al Rajhi Trading', 'alrajhi.sa'],
            ['Al Rajhi Trading Dammam', 'alrajhi-dammam.sa'],
          ] as const)
            await services.customers.create(scope, {
              name,
              nativeName: 'الراجحي للتجارة',
              country: 'SA',
              domain,
            });
        },
      });
      ({ page, base } = t);
    }, 180_000);
    afterAll(() => t?.close());

    it('shows 20 pairs a page with sentences, not keys, and hides a dismissed pair', async () => {
      const crashes: string[] = [];
      page.on('pageerror', (err) => crashes.push(err.message));
      await signIn(page, base, 'dupes@e2e.test', 'e2e-password-123');

      await page.goto(`${base}/duplicates`);
      await page.getByText('21 pairs').waitFor();
      const pairs = page.getByTestId('duplicate-pair');
      expect(await pairs.count()).toBe(20);
      await page.getByText('Same website domain gulfpipes1.ae').waitFor();
      expect(await page.getByText('Al Rajhi').count()).toBe(0);
      expect(await page.locator('body').textContent()).not.toMatch(/AE:|SA:/);

      await page.locator('.ant-pagination-item-2').click();
      await expect.poll(() => pairs.count(), { timeout: 10_000 }).toBe(1);

      await pairs.first().getByRole('button', { name: 'Not a duplicate' }).click();
      await page.locator('.ant-popconfirm').getByRole('button', { name: 'Yes' }).click();
      await page.getByText('Marked as not a duplicate.').waitFor();
      // The last page emptied: the list steps back to page 1, now of 20.
      await page.getByText('20 pairs').waitFor();
      await expect.poll(() => pairs.count(), { timeout: 10_000 }).toBe(20);

      await page.getByTestId('language-switch').getByText('中文').click();
      await page.getByRole('heading', { name: '重复客户' }).waitFor();
      await page.getByText('同一网站域名 gulfpipes1.ae').waitFor();
      await page.getByText('共 20 对').waitFor();
      await page.screenshot({ path: 'test-results/duplicates-paged-zh.png' });
      expect(crashes).toEqual([]);
    }, 120_000);
  },
);
