import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserRunnable } from '../support/browser.ts';
import { signIn, startBrowserApp, type BrowserApp } from '../support/browser-app.ts';
import { shot } from '../support/screenshot.ts';

const ADMIN = {
  email: 'admin@playbooks.test',
  name: 'Chen Jie',
  role: 'admin',
  password: 'e2e-password-743',
} as const;

// Issue #19: the admin edits the political playbook at phone width (en), sees it in Chinese, and
// goes back to the shipped one.
describe.skipIf(!browserRunnable)('browser: incident playbooks', () => {
  let b: BrowserApp;
  beforeAll(async () => {
    b = await startBrowserApp({
      workspace: 'Playbook Pumps Export',
      user: ADMIN,
      viewport: { width: 390, height: 844 },
    });
    await signIn(b.page, b.base, ADMIN.email, ADMIN.password);
  }, 240_000);
  afterAll(() => b?.close());

  it('adds a step to a kind’s playbook and resets it', { timeout: 120_000 }, async () => {
    const { page, base } = b;
    await page.goto(`${base}/admin/playbooks`);
    await page.getByRole('heading', { name: 'Incident playbooks' }).waitFor();
    await page.getByTestId('playbook-kind').click();
    await page.getByTitle('Political').click();
    await page.getByText('Shipped playbook').waitFor();
    const shipped = await page.getByTestId('playbook-step').count();
    expect(shipped).toBeGreaterThan(3);
    await page.getByTestId('playbook-add').click();
    await page.getByTestId('playbook-en').last().fill('Brief the commercial counsellor');
    await page.getByTestId('playbook-zh').last().fill('向商务参赞通报');
    await page.getByTestId('playbook-save').click();
    await page.getByText('Edited for this workspace').waitFor();
    await expect.poll(() => page.getByTestId('playbook-step').count()).toBe(shipped + 1);
    await shot(page, 'playbooks-phone');
    await expect
      .poll(() =>
        page.evaluate<number[]>('[document.documentElement.scrollWidth, window.innerWidth]'),
      )
      .toEqual([390, 390]);

    // A step left empty is a field error, and nothing is saved.
    await page.getByTestId('playbook-add').click();
    await page.getByTestId('playbook-save').click();
    await expect
      .poll(() => page.locator('.ant-form-item-explain-error').count())
      .toBeGreaterThan(0);

    await page.setViewportSize({ width: 1440, height: 900 });
    await page.getByText('中文', { exact: true }).click();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await page.getByRole('heading', { name: '危机应对手册' }).waitFor();
    await page.getByTestId('playbook-kind').click();
    await page.getByTitle('政治', { exact: false }).first().click();
    await page.getByText('本工作区已修改').waitFor();
    await page.getByTestId('playbook-reset').click();
    await page.getByRole('button', { name: /OK|确/ }).click();
    await page.getByText('系统默认手册').waitFor();
    await expect.poll(() => page.getByTestId('playbook-step').count()).toBe(shipped);
  });
});
