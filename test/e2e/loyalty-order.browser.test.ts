import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserRunnable } from '../support/browser.ts';
import { signIn, startBrowserApp, type BrowserApp } from '../support/browser-app.ts';
import { PROGRAMME } from '../support/loyalty-world.ts';

// The loyalty half of issue #17's walk-through (the event half is events.browser.test.ts): a paid
// order recorded on the customer's page raises their points and lifts them from Silver to Gold.
describe.skipIf(!browserRunnable)('browser: a paid order earns points and a tier', () => {
  let t: BrowserApp;
  let page: Page;
  let customerId = '';

  beforeAll(async () => {
    t = await startBrowserApp({
      workspace: 'E2E Loyalty Orders Co.',
      user: {
        email: 'points@e2e.test',
        name: 'Li Na',
        role: 'admin',
        password: 'e2e-password-123',
      },
      seed: async ({ scope, services }) => {
        await services.loyalty.saveProgramme(scope, PROGRAMME);
        const c = await services.customers.create(scope, {
          name: 'Lyon Silver SARL',
          country: 'FR',
          currency: 'USD',
        });
        customerId = c.id;
        await services.loyalty.adjust(scope, c.id, { points: 1800, reason: 'Migrated' });
      },
    });
    page = t.page;
  }, 180_000);
  afterAll(() => t?.close());

  it(
    'records a paid order of USD 500 and shows 2,300 points and Gold',
    { timeout: 120_000 },
    async () => {
      await signIn(page, t.base, 'points@e2e.test', 'e2e-password-123');
      await page.goto(`${t.base}/customers/${customerId}`);
      const card = page.getByTestId('loyalty-card');
      await expect.poll(() => card.getByTestId('loyalty-balance').textContent()).toContain('1,800');
      await expect.poll(() => card.getByTestId('loyalty-tier').textContent()).toBe('Silver');

      await page.getByRole('button', { name: 'Record an order' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Order number').fill('PO-2026-118');
      await dialog.getByLabel('Amount').fill('500');
      await dialog.getByLabel('Status').click();
      await page.locator('.ant-select-item-option[title="Paid"]').click();
      await dialog.getByTestId('order-save').click();
      await dialog.waitFor({ state: 'hidden' });

      // 1 point per USD: 1,800 + 500 = 2,300, over Gold's 2,000.
      await expect.poll(() => card.getByTestId('loyalty-balance').textContent()).toContain('2,300');
      await expect.poll(() => card.getByTestId('loyalty-tier').textContent()).toBe('Gold');
      await card.getByText('PO-2026-118').first().waitFor();
    },
  );
});
