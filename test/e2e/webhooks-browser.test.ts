import type { Page } from 'playwright-core';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserRunnable } from '../support/browser.ts';
import { signIn, startBrowserApp, type BrowserApp } from '../support/browser-app.ts';
import { WebhookReceiver } from '../support/webhook-receiver.ts';

describe.skipIf(!browserRunnable)(
  'browser: an admin adds a webhook on a phone and tests it',
  () => {
    let t: BrowserApp;
    let page: Page;
    let base: string;
    let receiver: WebhookReceiver;

    beforeAll(async () => {
      receiver = await WebhookReceiver.start();
      t = await startBrowserApp({
        workspace: 'E2E Hooks Co.',
        user: {
          email: 'hooks@e2e.test',
          name: 'Wang Fang',
          role: 'admin',
          password: 'e2e-password-123',
        },
        viewport: { width: 390, height: 844 },
      });
      ({ page, base } = t);
    }, 180_000);
    afterAll(async () => {
      await t?.close();
      await receiver?.close();
    });

    it('shows the secret once, sends a signed test, and logs it', async () => {
      const crashes: string[] = [];
      page.on('pageerror', (err) => crashes.push(err.message));
      await signIn(page, base, 'hooks@e2e.test', 'e2e-password-123');
      await page.goto(`${base}/admin/webhooks`);
      await page.getByText('No webhook endpoints yet.').waitFor();

      await page.getByRole('button', { name: 'Add endpoint' }).click();
      await page.getByLabel('Endpoint URL').fill(receiver.url('/from-browser'));
      // The modal may still be opening (its animation re-renders the form) when the first click
      // lands; click until the box holds its tick, as a person would.
      const privateNetwork = page.getByLabel('Allow private network addresses');
      await expect
        .poll(async () => {
          if (!(await privateNetwork.isChecked())) await privateNetwork.click();
          return privateNetwork.isChecked();
        })
        .toBe(true);
      await page.getByTestId('webhook-save').click();
      const secret = (await page.getByTestId('webhook-secret').textContent())?.trim() ?? '';
      expect(secret).toMatch(/^whsec_/);
      await page.getByRole('dialog').getByRole('button', { name: 'I have copied it' }).click();

      await page.getByRole('button', { name: 'Send test' }).click();
      await page.getByText('Test event').first().waitFor();
      expect(receiver.requests).toHaveLength(1);
      const got = receiver.requests[0]!;
      expect(new Webhook(secret).verify(got.body, WebhookReceiver.signed(got))).toMatchObject({
        type: 'webhook.test',
      });
      await page.getByText('Delivered').first().waitFor();
      expect(crashes).toEqual([]);
    }, 60_000);
  },
);
