import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserRunnable } from '../support/browser.ts';
import { signIn, startBrowserApp, type BrowserApp } from '../support/browser-app.ts';
import { SmtpReceiver } from '../support/smtp-receiver.ts';

const RELAY_USER = 'relay';
const RELAY_PASSWORD = 'relay-pass-营销-7Ü';

// An admin configures the workspace SMTP account campaigns send through (0073), at phone width,
// against the real SMTP receiver the sending tests use: the server's field errors land on their
// fields, a wrong password is named by the connection test, the right one passes.
describe.skipIf(!browserRunnable)('browser: an admin adds a workspace SMTP account', () => {
  let t: BrowserApp;
  let page: Page;
  let base: string;
  let smtp: SmtpReceiver;

  beforeAll(async () => {
    smtp = await SmtpReceiver.start({ [RELAY_USER]: RELAY_PASSWORD });
    t = await startBrowserApp({
      workspace: 'E2E Relay Co.',
      user: {
        email: 'relay@e2e.test',
        name: 'Zhou Min',
        role: 'admin',
        password: 'e2e-password-123',
      },
      viewport: { width: 390, height: 844 },
      // The receiver listens on 127.0.0.1, which a real workspace may not reach.
      mail: { allowPrivateHosts: true },
    });
    ({ page, base } = t);
  }, 180_000);
  afterAll(async () => {
    await t?.close();
    await smtp?.stop();
  });

  /** Types until the box holds the value: a modal still opening may re-render and drop keys. */
  const fill = async (box: Locator, value: string) => {
    await expect
      .poll(async () => {
        if ((await box.inputValue()) !== value) await box.fill(value);
        return box.inputValue();
      })
      .toBe(value);
  };
  const dialog = () => page.getByRole('dialog');

  it('saves with field errors shown, names a wrong password, then tests and lists it', async () => {
    const crashes: string[] = [];
    page.on('pageerror', (err) => crashes.push(err.message));
    await signIn(page, base, 'relay@e2e.test', 'e2e-password-123');
    await page.goto(`${base}/admin/smtp-accounts`);
    await page.getByText('No workspace SMTP account yet.').waitFor();

    await page.getByTestId('smtp-account-add').click();
    await dialog().getByText('Add account').waitFor();
    await fill(dialog().getByLabel('Name', { exact: true }), 'Marketing relay');
    await fill(dialog().getByLabel('From address'), 'news@exporter.test');
    await fill(dialog().getByLabel('From name'), 'Exporter Co.');
    await fill(dialog().getByLabel('SMTP server'), '127.0.0.1');
    await page.getByTestId('smtp-account-tls').click();
    await page.locator('.ant-select-item-option[title="None (local servers)"]').click();
    await fill(dialog().getByLabel('Port', { exact: true }), String(smtp.port));
    await fill(dialog().getByLabel('User name', { exact: true }), RELAY_USER);
    // A user name without a password: the server's field error appears under the password.
    await page.getByTestId('smtp-account-save').click();
    await dialog().getByText('This field is required').waitFor();

    await fill(
      dialog().getByLabel('Password or app password', { exact: true }),
      'not-the-password',
    );
    await page.getByTestId('smtp-account-save').click();
    await dialog().waitFor({ state: 'hidden' });
    const card = page.getByTestId('smtp-account-card');
    await card.getByText('Marketing relay').waitFor();
    await card.getByText('Exporter Co. <news@exporter.test>').waitFor();
    await card.getByText('Not tested').waitFor();
    await card.getByText('No return-path mailbox: bounces of its campaigns are not read').waitFor();

    await card.getByTestId('smtp-account-test').click();
    const result = card.getByTestId('smtp-account-test-result');
    await result.getByText('The server refused the user name or password').waitFor();
    expect(await result.textContent()).toContain('Password or app password:');
    await card.getByText('Failing').waitFor();

    await card.getByRole('button', { name: 'Edit' }).click();
    await dialog().getByText('Edit account').waitFor();
    await dialog().getByText('Leave empty to keep the saved password').waitFor();
    await fill(dialog().getByLabel('Password or app password', { exact: true }), RELAY_PASSWORD);
    await page.getByTestId('smtp-account-save').click();
    await dialog().waitFor({ state: 'hidden' });

    await card.getByTestId('smtp-account-test').click();
    await result.getByText('Connected and signed in to 127.0.0.1').waitFor();
    await card.getByTestId('smtp-account-tested').waitFor();
    expect(await page.getByTestId('smtp-account-card').count()).toBe(1);

    // The API lists it as the campaign builder will; the password never comes back.
    const listed = await page.evaluate(async () => {
      const res = await fetch('/api/v1/smtp-accounts');
      return (await res.json()) as { items: Record<string, unknown>[] };
    });
    expect(listed.items).toHaveLength(1);
    expect(listed.items[0]).toMatchObject({
      name: 'Marketing relay',
      smtpUsername: RELAY_USER,
      hasPassword: true,
      lastError: null,
    });
    expect(JSON.stringify(listed)).not.toContain(RELAY_PASSWORD);
    expect(crashes).toEqual([]);
  }, 90_000);
});
