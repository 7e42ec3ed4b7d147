import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserRunnable } from '../support/browser.ts';
import { signIn, startBrowserApp, type BrowserApp } from '../support/browser-app.ts';

describe.skipIf(!browserRunnable)('browser: a rep works a quote on a phone', () => {
  let t: BrowserApp;
  let page: Page;
  let base: string;
  let quoteId = '';

  beforeAll(async () => {
    t = await startBrowserApp({
      workspace: 'E2E Quotes Co.',
      user: { email: 'quotes@e2e.test', name: 'Li Na', role: 'rep', password: 'e2e-password-123' },
      viewport: { width: 390, height: 844 },
      seed: async ({ scope, services }) => {
        const c = await services.customers.create(scope, {
          name: 'Solaris Energia Ltda',
          country: 'BR',
        });
        const q = await services.quotes.create(scope, {
          customerId: c.id,
          currency: 'BRL',
          validUntil: '2099-01-31',
          incoterm: { rule: 'CIF', place: 'Santos' },
          paymentTerms: [
            { percent: 30, event: 'on_order' },
            { percent: 70, event: 'against_bl_copy' },
          ],
          lines: [
            { description: 'Inversor solar 5 kW', quantity: 10, unitPriceMinor: 123_450 },
            {
              description: 'Kit de fixação',
              quantity: 2,
              unitPriceMinor: 50_000,
              discountPercent: 5,
            },
          ],
        });
        quoteId = q.id;
      },
    });
    ({ page, base } = t);
  }, 180_000);
  afterAll(() => t?.close());

  it('edits with live totals, previews the Portuguese PDF, sends and records the acceptance', async () => {
    const crashes: string[] = [];
    page.on('pageerror', (err) => crashes.push(err.message));
    await signIn(page, base, 'quotes@e2e.test', 'e2e-password-123');
    await page.goto(`${base}/quotes`);
    await page.getByTestId('quote-link').first().click();
    await page.waitForURL(`**/quotes/${quoteId}`);
    const total = page.getByTestId('quote-total');
    await expect.poll(() => total.textContent()).toContain('13,295.00');
    // The total follows the typing, before anything is saved.
    await page.getByTestId('quote-line').first().getByPlaceholder('Qty').fill('20');
    await expect.poll(() => total.textContent()).toContain('25,640.00');
    await page.getByTestId('quote-save').click();
    await page.getByText('Draft saved').waitFor();
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(
      391,
    );

    // The preview is the PDF endpoint, in the buyer's language.
    await page.getByTestId('quote-preview').click();
    const src = await page.getByTestId('quote-pdf').getAttribute('src');
    const pdf = await page.request.get(`${base}${src}`);
    expect(pdf.headers()['content-type'], await pdf.text()).toBe('application/pdf');
    const text = execFileSync('pdftotext', ['-', '-'], {
      input: await pdf.body(),
      encoding: 'utf8',
    });
    expect(text).toContain('Cotação');
    expect(text.replace(/\u00a0/g, ' ')).toContain('R$ 25.640,00');
    if (process.env.QUOTE_SHOT)
      await page.screenshot({ path: process.env.QUOTE_SHOT, fullPage: true });

    await page.getByTestId('quote-send').click();
    await page.getByRole('button', { name: 'OK' }).click();
    await expect.poll(() => page.getByTestId('quote-status').textContent()).toBe('Sent');
    await page.getByTestId('quote-accept').click();
    await page.getByRole('button', { name: 'OK' }).click();
    await page.getByText(/^Order Q-\d{4}-0001 created$/).waitFor();
    await expect.poll(() => page.getByTestId('quote-status').textContent()).toBe('Accepted');
    expect(crashes).toEqual([]);
  }, 90_000);
});
