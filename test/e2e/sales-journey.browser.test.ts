import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserRunnable } from '../support/browser.ts';
import { signIn, startBrowserApp, type BrowserApp } from '../support/browser-app.ts';

/**
 * Issue #14's journey in one go: a deal is created and dragged to "quotation", a quote with two
 * catalogue products at the Brazilian customer's price is made from it, its preview is in
 * Portuguese, the buyer accepts, and the order is on the customer.
 */
describe.skipIf(!browserRunnable)('browser: from a deal to an order', () => {
  let t: BrowserApp;
  let page: Page;
  let base: string;
  let customerId = '';

  beforeAll(async () => {
    t = await startBrowserApp({
      workspace: 'E2E Sales Journey Co.',
      user: {
        email: 'sales@e2e.test',
        name: 'Wang Fang',
        role: 'manager',
        password: 'e2e-pass-456',
      },
      viewport: { width: 1400, height: 900 },
      seed: async ({ scope, services }) => {
        const c = await services.customers.create(scope, {
          name: 'Águas do Recife S.A.',
          country: 'BR',
          currency: 'BRL',
        });
        customerId = c.id;
        const pump = await services.products.create(scope, {
          sku: 'CP-80',
          names: { en: 'Centrifugal pump 80 m³/h', pt: 'Bomba centrífuga 80 m³/h', zh: '离心泵' },
          unit: 'pcs',
          hsCode: '84137010',
        });
        const valve = await services.products.create(scope, {
          sku: 'GV-150',
          names: { en: 'Gate valve DN150', pt: 'Válvula gaveta DN150', zh: '闸阀' },
          unit: 'pcs',
          hsCode: '84818040',
        });
        await services.priceLists.create(scope, {
          name: 'Brasil 2026',
          currency: 'BRL',
          validFrom: '2026-01-01',
          country: 'BR',
          items: [
            {
              productId: pump.id,
              breaks: [
                { minQuantity: 1, unitPriceMinor: 1_250_000 },
                { minQuantity: 10, unitPriceMinor: 1_100_000 },
              ],
            },
            { productId: valve.id, breaks: [{ minQuantity: 1, unitPriceMinor: 320_000 }] },
          ],
        });
      },
    });
    ({ page, base } = t);
  }, 180_000);
  afterAll(() => t?.close());

  const pickProduct = async (line: number, search: string) => {
    const row = page.getByTestId('quote-line').nth(line);
    await row.getByTestId('quote-line-product').click();
    await page.keyboard.type(search);
    await page.locator('.ant-select-item-option').filter({ hasText: search }).first().click();
    await row.getByTestId('quote-line-price').waitFor();
  };

  it('creates a deal, drags it to quotation, quotes two products in Portuguese and books the order', async () => {
    const crashes: string[] = [];
    page.on('pageerror', (err) => crashes.push(err.message));
    await signIn(page, base, 'sales@e2e.test', 'e2e-pass-456');

    // A deal, created on the board.
    await page.goto(`${base}/deals`);
    await page.getByRole('button', { name: 'New deal' }).click();
    await page.getByTestId('deal-customer').click();
    await page.keyboard.type('Recife');
    await page.locator('.ant-select-item-option').filter({ hasText: 'Recife' }).click();
    await page.getByTestId('deal-title').fill('Estação de bombeamento Boa Viagem');
    await page.getByTestId('deal-amount').fill('160000');
    await page.getByLabel('Expected close').fill('2027-03-31');
    await page.keyboard.press('Enter');
    await page.getByTestId('deal-save').click();
    await page.waitForURL(/\/deals\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByText(/R\$\s?160,000\.00/).count()).toBeGreaterThan(0);
    await page.goto(`${base}/deals`);
    const card = page.getByTestId('deal-card').filter({ hasText: 'Boa Viagem' });
    await card.waitFor();

    // Dragged from the first column to "Quotation".
    const quotation = page.locator('[data-testid="deal-column"][data-stage="Quotation"]');
    await card.dragTo(quotation);
    await expect.poll(() => quotation.getByText('Boa Viagem').count()).toBe(1);

    // A quote made from the deal: its customer and currency come along.
    await quotation.getByRole('link', { name: /Boa Viagem/ }).click();
    await page.getByTestId('deal-new-quote').click();
    await page.waitForURL('**/quotes/new?dealId=*');
    await page.getByTestId('quote-deal').waitFor();
    await pickProduct(0, 'CP-80');
    const firstPrice = page.getByTestId('quote-line-price').first();
    await expect.poll(() => firstPrice.textContent()).toMatch(/12,500\.00.*from 1 units/);
    // At 10 units the quantity break applies by itself.
    await page.getByTestId('quote-line').first().getByPlaceholder('Qty').fill('10');
    await expect.poll(() => firstPrice.textContent()).toMatch(/11,000\.00.*from 10 units/);
    await page.getByRole('button', { name: 'Add item' }).click();
    await pickProduct(1, 'GV-150');
    await page.getByTestId('quote-line').nth(1).getByPlaceholder('Qty').fill('4');
    const total = page.getByTestId('quote-total');
    // 10 × 11,000.00 + 4 × 3,200.00
    await expect.poll(() => total.textContent()).toContain('122,800.00');
    await page.getByLabel('Named place / port').fill('Santos');
    await page.getByTestId('quote-save').click();
    await page.waitForURL(/\/quotes\/[0-9a-f-]{36}$/);

    // The preview is in the buyer's language, with the products' Portuguese names.
    await page.getByTestId('quote-preview').click();
    const src = await page.getByTestId('quote-pdf').getAttribute('src');
    const pdf = await page.request.get(`${base}${src}`);
    const text = execFileSync('pdftotext', ['-', '-'], {
      input: await pdf.body(),
      encoding: 'utf8',
    }).replace(/\u00a0/g, ' ');
    expect(text).toContain('Cotação');
    expect(text).toContain('Bomba centrífuga 80 m³/h');
    expect(text).toContain('Válvula gaveta DN150');
    expect(text).toContain('R$ 122.800,00');

    // Sent, accepted, and the order is on the customer.
    await page.getByTestId('quote-send').click();
    await page.getByRole('button', { name: 'OK' }).click();
    await expect.poll(() => page.getByTestId('quote-status').textContent()).toBe('Sent');
    await page.getByTestId('quote-accept').click();
    await page.getByRole('button', { name: 'OK' }).click();
    const created = page.getByText(/^Order .+ created$/);
    await created.waitFor();
    const orderNumber = /^Order (.+) created$/.exec((await created.textContent()) ?? '')![1]!;
    await page.getByTestId('quote-deal').click();
    await page.getByTestId('deal-quote').filter({ hasText: 'A' }).waitFor();
    await page.goto(`${base}/customers/${customerId}`);
    await page.getByText(orderNumber, { exact: true }).waitFor();
    expect(crashes).toEqual([]);
  }, 120_000);
});
