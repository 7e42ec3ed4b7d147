import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserRunnable } from '../support/browser.ts';
import { signIn, startBrowserApp, type BrowserApp } from '../support/browser-app.ts';

// Issue #11: a Brazilian customer with nothing but the country shows São Paulo time, said to be
// assumed and what to fill in, in English and in Chinese; one in Campinas says it came from the city.
describe.skipIf(!browserRunnable)(
  'browser: an assumed time zone says so on the customer page',
  () => {
    let t: BrowserApp;
    let page: Page;
    let base: string;
    let assumedId: string;
    let campinasId: string;

    beforeAll(async () => {
      t = await startBrowserApp({
        workspace: 'Zone Export Co.',
        user: {
          email: 'rep@zones.test',
          name: 'Li Na',
          role: 'rep',
          password: 'zones-password-123',
        },
        seed: async ({ scope, services: { customers } }) => {
          assumedId = (await customers.create(scope, { name: 'Sem Pista Ltda', country: 'BR' })).id;
          campinasId = (
            await customers.create(scope, {
              name: 'Campinas Agro',
              country: 'BR',
              city: 'Campinas',
            })
          ).id;
        },
      });
      ({ page, base } = t);
    }, 180_000);
    afterAll(() => t?.close());

    it('shows the assumed zone and what to set, in both languages', async () => {
      await signIn(page, base, 'rep@zones.test', 'zones-password-123');

      await page.goto(`${base}/customers/${assumedId}`);
      const assumed = page.getByTestId('zone-assumed');
      await expect
        .poll(() => assumed.allTextContents(), { timeout: 15_000 })
        .toContain('Assumed: São Paulo time — set the state to be sure');
      // the local time card shows the customer's clock instead of "unknown"
      await page.getByTestId('local-time').waitFor();
      mkdirSync('test-results', { recursive: true });
      await page.screenshot({ path: 'test-results/zone-assumed-en.png' });

      await page.getByTestId('language-switch').getByText('中文').click();
      await expect
        .poll(() => assumed.allTextContents(), { timeout: 15_000 })
        .toContain('推测为圣保罗时间——填写州/省即可确认');

      await page.goto(`${base}/customers/${campinasId}`);
      await expect
        .poll(() => page.getByTestId('zone-source').allTextContents(), { timeout: 15_000 })
        .toContain('按城市推断');
      expect(await page.getByTestId('zone-assumed').count()).toBe(0);
    }, 120_000);
  },
);
