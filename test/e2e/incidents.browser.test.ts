import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertUser } from '../../src/modules/users/users.service.ts';
import { browserRunnable } from '../support/browser.ts';
import { signIn, startBrowserApp, type BrowserApp } from '../support/browser-app.ts';

const MANAGER = {
  email: 'manager@incidents.test',
  name: 'Wang Fang',
  role: 'manager',
  password: 'e2e-password-730',
} as const;
const ADMIN = { email: 'admin@incidents.test', name: 'Chen Jie', password: 'e2e-password-731' };

const noSideScroll = (page: Page) =>
  page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');

// Issue #19 in the browser: a manager opens a product-safety incident in Mozambique, makes it
// active, drafts a Portuguese holding statement; the admin approves it (four eyes), on a phone.
describe.skipIf(!browserRunnable)('browser: a crisis incident and its holding statement', () => {
  let b: BrowserApp;
  beforeAll(async () => {
    b = await startBrowserApp({
      workspace: 'Incident Pumps Export',
      user: MANAGER,
      seed: async ({ db, scope }) => {
        await insertUser(db, scope.workspaceId, null, { ...ADMIN, role: 'admin', teamIds: [] });
      },
    });
  }, 240_000);
  afterAll(() => b?.close());

  it(
    'opens, activates and gets a Portuguese statement approved',
    { timeout: 120_000 },
    async () => {
      const { page, base } = b;
      await signIn(page, base, MANAGER.email, MANAGER.password);
      await page.goto(`${base}/incidents`);
      await page.getByText('No incidents.', { exact: false }).waitFor();
      await page.getByTestId('incident-new').click();
      await page.getByLabel('What happened').fill('Cracked pump housing reported in Maputo');
      await page.getByTestId('incident-countries').click();
      await page.keyboard.type('Mozambique');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Escape');
      await page.getByTestId('incident-save').click();
      await page.waitForURL(/\/incidents\/[\w-]+$/);
      await expect.poll(() => page.getByTestId('incident-status').innerText()).toBe('Monitoring');
      await page.getByTestId('incident-move-active').click();
      await expect.poll(() => page.getByTestId('incident-status').innerText()).toBe('Active');
      await page.getByTestId('incident-step-recall').click();
      await expect.poll(() => page.getByTestId('incident-step-recall').isChecked()).toBe(true);
      await page.getByTestId('incident-statement-language').fill('pt-MZ');
      await page
        .getByTestId('incident-statement-body')
        .fill('Estamos a investigar com o distribuidor local.');
      await page.getByTestId('incident-statement-add').click();
      const statement = page.getByTestId('incident-statement');
      await statement.getByText('Draft').waitFor();
      // The author cannot approve their own statement: no button for them.
      expect(await page.getByTestId('incident-approve').count()).toBe(0);
      const url = page.url();

      const phone = await b.browser.newPage({
        locale: 'en-US',
        viewport: { width: 375, height: 812 },
      });
      await signIn(phone, base, ADMIN.email, ADMIN.password);
      await phone.goto(url);
      await phone.getByTestId('incident-approve').click();
      await phone.getByTestId('incident-statement').getByText('Approved').waitFor();
      expect(await noSideScroll(phone)).toBeLessThanOrEqual(0);
      await phone.goto(`${base}/incidents`);
      await phone.getByTestId('incident-row').first().waitFor();
      expect(await phone.getByTestId('incident-row').first().innerText()).toContain('Active');
      expect(await noSideScroll(phone)).toBeLessThanOrEqual(0);
      await phone.close();
    },
  );
});
