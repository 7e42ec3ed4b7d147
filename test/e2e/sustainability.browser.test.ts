import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/calendar/dates.ts';
import { browserRunnable } from '../support/browser.ts';
import { signIn, startBrowserApp, type BrowserApp } from '../support/browser-app.ts';

const MANAGER = {
  email: 'manager@esg.test',
  name: 'Li Na',
  role: 'manager',
  password: 'e2e-password-840',
} as const;

const noSideScroll = (page: Page) =>
  page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');

// Issue #19 (ESG) in the browser: an EU steel customer's CBAM requirement on its page, a
// certificate to renew now, and a CBAM requirement added from the customer's card; on a phone.
describe.skipIf(!browserRunnable)('browser: sustainability commitments', () => {
  let b: BrowserApp;
  let customerId = '';
  beforeAll(async () => {
    b = await startBrowserApp({
      workspace: 'ESG Steel Export',
      user: MANAGER,
      seed: async ({ scope, services }) => {
        const c = await services.customers.create(scope, {
          name: 'Stahlhandel Duisburg GmbH',
          country: 'DE',
        });
        customerId = c.id;
        const today = new Date().toISOString().slice(0, 10);
        await services.sustainability.certificates.create(scope, {
          standard: 'ISO 14001:2015',
          name: 'Environmental management, Ningbo plant',
          issuedOn: addDays(today, -1000),
          expiresOn: addDays(today, 10),
        });
      },
    });
  }, 240_000);
  afterAll(() => b?.close());

  it(
    'shows a certificate to renew and adds a CBAM requirement on a phone',
    { timeout: 120_000 },
    async () => {
      const { base } = b;
      const phone = await b.browser.newPage({
        locale: 'en-US',
        viewport: { width: 375, height: 812 },
      });
      await signIn(phone, base, MANAGER.email, MANAGER.password);
      await phone.goto(`${base}/sustainability`);
      await expect
        .poll(() => phone.getByTestId('certificate-state').first().innerText())
        .toBe('Renew now');
      expect(await noSideScroll(phone)).toBeLessThanOrEqual(0);

      await phone.goto(`${base}/customers/${customerId}`);
      const card = phone.getByTestId('sustainability-requirements');
      await card.getByTestId('requirement-add').click();
      await phone.getByTestId('requirement-kind').click();
      await phone.getByText('EU CBAM emissions report', { exact: true }).click();
      await phone.getByLabel('CBAM goods').click();
      await phone.getByText('Iron and steel', { exact: true }).click();
      await phone.getByTestId('requirement-title').fill('Embedded emissions of hot-rolled coil');
      await phone.getByLabel('Requested on').fill('2026-11-02');
      await phone.keyboard.press('Enter');
      await phone.getByTestId('requirement-save').click();
      await card.getByTestId('requirement-row').first().waitFor();
      const row = await card.getByTestId('requirement-row').first().innerText();
      expect(row).toContain('Embedded emissions of hot-rolled coil');
      expect(row).toContain('Iron and steel');
      expect(await noSideScroll(phone)).toBeLessThanOrEqual(0);
      await phone.close();
    },
  );
});
