import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserRunnable } from '../support/browser.ts';
import { signIn, startBrowserApp, type BrowserApp } from '../support/browser-app.ts';

// A rep on a phone: the shared pool as cards, a claim, a claim that meets a look-alike of the
// rep's own customer ("claim anyway?"), the page in Chinese, and a customer returned by hand.
describe.skipIf(!browserRunnable)('browser: the shared pool on a phone', () => {
  let t: BrowserApp;
  let page: Page;
  let base: string;

  beforeAll(async () => {
    t = await startBrowserApp({
      workspace: 'E2E Pool Co.',
      user: {
        email: 'pool@e2e.test',
        name: 'Zhang Min',
        role: 'rep',
        password: 'e2e-password-123',
      },
      viewport: { width: 390, height: 844 },
      seed: async ({ scope, services }) => {
        await services.customers.create(scope, {
          name: 'Kowalski Pumps',
          country: 'PL',
          domain: 'kowalski-pumps.pl',
        });
        for (const [name, country, domain] of [
          ['Nordic Valves AB', 'SE', 'nordic-valves.se'],
          ['Kowalski Pumpen', 'DE', 'kowalski-pumps.pl'],
        ] as const) {
          const c = await services.customers.create(scope, { name, country, domain });
          await services.customerPool.release(scope, c.id, {});
        }
        await services.customers.create(scope, { name: 'Atlas Trading', country: 'MA' });
      },
    });
    ({ page, base } = t);
  }, 180_000);
  afterAll(() => t?.close());

  it('lists, claims, asks about a look-alike, and returns a customer', async () => {
    const crashes: string[] = [];
    page.on('pageerror', (err) => crashes.push(err.message));
    await signIn(page, base, 'pool@e2e.test', 'e2e-password-123');

    await page.goto(`${base}/pool`);
    await page.getByRole('heading', { name: 'Shared pool' }).waitFor();
    const cards = page.getByTestId('pool-card');
    await expect.poll(() => cards.count(), { timeout: 10_000 }).toBe(2);
    await page.getByText('Your claims in the last 30 days: 0 of 20').waitFor();
    // The cards fit the screen: nothing wider than the phone.
    const width = await page.evaluate<number>('document.documentElement.scrollWidth');
    expect(width).toBeLessThanOrEqual(390);

    await cards.filter({ hasText: 'Nordic Valves AB' }).getByTestId('pool-claim').click();
    await page.getByText('Claimed: Nordic Valves AB is yours now').waitFor();
    await expect.poll(() => cards.count(), { timeout: 10_000 }).toBe(1);

    await cards.filter({ hasText: 'Kowalski Pumpen' }).getByTestId('pool-claim').click();
    await page
      .locator('.ant-modal-confirm-title', { hasText: 'You may already have this company' })
      .waitFor();
    await page.getByText('Kowalski Pumpen looks like Kowalski Pumps').waitFor();
    await page.getByRole('button', { name: 'Claim anyway' }).click();
    await page.getByText('Claimed: Kowalski Pumpen is yours now').waitFor();
    await page.getByText('The pool is empty.').waitFor();

    // Back to the pool by hand, from the customer's page.
    await page.goto(`${base}/customers`);
    await page.getByTestId('customer-link').filter({ hasText: 'Atlas Trading' }).click();
    await page.getByTestId('pool-release').click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: 'Return to pool' }).click();
    await page.getByText('Returned to the shared pool').waitFor();
    await page.goto(`${base}/pool`);
    await cards.filter({ hasText: 'Atlas Trading' }).waitFor();

    await page.getByTestId('language-switch').getByText('中文').click();
    await page.getByRole('heading', { name: '公海' }).waitFor();
    const atlas = cards.filter({ hasText: 'Atlas Trading' });
    await atlas.getByText('手动退回').waitFor();
    await atlas.getByText(/进入公海/).waitFor();
    await page.screenshot({ path: 'test-results/pool-phone-zh.png' });
    // On a desktop: a table with the same columns.
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('cell', { name: 'Atlas Trading' }).waitFor();
    await page.getByRole('columnheader', { name: '最近跟进' }).waitFor();
    await page.screenshot({ path: 'test-results/pool-desktop-zh.png' });
    expect(crashes).toEqual([]);
  }, 180_000);
});
