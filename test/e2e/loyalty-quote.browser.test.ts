import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserRunnable } from '../support/browser.ts';
import { signIn, startBrowserApp, type BrowserApp } from '../support/browser-app.ts';
import { PROGRAMME } from '../support/loyalty-world.ts';

describe.skipIf(!browserRunnable)('browser: a Gold customer’s quote', () => {
  let t: BrowserApp;
  let page: Page;
  let quoteId = '';

  beforeAll(async () => {
    t = await startBrowserApp({
      workspace: 'E2E Loyalty Co.',
      user: {
        email: 'gold@e2e.test',
        name: 'Wang Fang',
        role: 'admin',
        password: 'e2e-password-123',
      },
      seed: async ({ scope, services }) => {
        await services.loyalty.saveProgramme(scope, PROGRAMME);
        const c = await services.customers.create(scope, {
          name: 'Hamburg Gold GmbH',
          country: 'DE',
        });
        await services.loyalty.adjust(scope, c.id, { points: 2500, reason: 'Migrated' });
        const q = await services.quotes.create(scope, {
          customerId: c.id,
          currency: 'EUR',
          validUntil: '2099-01-31',
          lines: [
            { description: 'Pump', quantity: 4, unitPriceMinor: 100_000 },
            { description: 'Seal kit', quantity: 10, unitPriceMinor: 5_000, discountPercent: 8 },
          ],
        });
        quoteId = q.id;
      },
    });
    page = t.page;
  }, 180_000);
  afterAll(() => t?.close());

  it('shows the tier’s discount beside the lines and applies it in one click', async () => {
    await signIn(page, t.base, 'gold@e2e.test', 'e2e-password-123');
    await page.goto(`${t.base}/quotes/${quoteId}`);
    const hint = page.getByTestId('quote-loyalty-discount');
    await hint.getByText('Gold customer: 5 % loyalty discount').waitFor();
    const total = page.getByTestId('quote-total');
    await expect.poll(() => total.textContent()).toContain('4,460.00');
    await page.getByTestId('quote-apply-loyalty').click();
    // 4 × 1,000 at 5 % = 3,800; the seal kit keeps its larger 8 %: 10 × 50 × 0.92 = 460.
    await expect.poll(() => total.textContent()).toContain('4,260.00');
  });
});
