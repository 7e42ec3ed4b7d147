import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserRunnable } from '../support/browser.ts';
import { signIn, startBrowserApp, type BrowserApp } from '../support/browser-app.ts';
import { shot } from '../support/screenshot.ts';

const USER = {
  email: 'service@e2e.test',
  name: 'Li Na',
  role: 'admin',
  password: 'e2e-password-123',
} as const;

const noSideScroll = async (b: BrowserApp) =>
  b.page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');

// Tickets in a browser: the list by time left and its views, the ticket page's SLA clocks in the customer's
// and the user's time, a public reply beside an internal note, the policy editor's preview
// through POST /sla/due, Chinese, and a phone.
describe.skipIf(!browserRunnable)('browser: tickets', () => {
  let b: BrowserApp;
  beforeAll(async () => {
    b = await startBrowserApp({
      workspace: 'Service Trading',
      user: USER,
      seed: async ({ scope, services }) => {
        const berlin = await services.customers.create(scope, {
          name: 'Berlin Pumpen GmbH',
          country: 'DE',
        });
        await services.sla.create(scope, {
          name: 'Germany',
          countries: ['DE'],
          calendar: 'customer',
          hours: { start: '09:00', end: '17:00' },
          firstResponseMinutes: 120,
          resolutionMinutes: 960,
        });
        await services.tickets.create(scope, {
          customerId: berlin.id,
          subject: 'Seal leaks',
          channel: 'email',
          type: 'defect',
        });
        // A queue longer than a page: the list reads 50 at a time.
        for (let i = 1; i <= 50; i++)
          await services.tickets.create(scope, {
            customerId: berlin.id,
            subject: `Spare part request ${i}`,
            channel: 'email',
            type: 'spare_parts',
          });
      },
    });
    await signIn(b.page, b.base, USER.email, USER.password);
  }, 240_000);
  afterAll(() => b?.close());

  it('lists, answers and previews SLAs', { timeout: 120_000 }, async () => {
    const { page, base } = b;
    await page.goto(`${base}/tickets`);
    await page.getByRole('heading', { name: 'Tickets' }).waitFor();
    const row = page.getByRole('row', { name: /Seal leaks/ });
    await row.getByText('Berlin Pumpen GmbH').waitFor();
    await row.getByText(/\d+ h \d+ min|overdue|Paused/).waitFor();
    await shot(page, 'tickets-list');
    await expect.poll(() => page.getByTestId('ticket-open').count()).toBe(50);
    await page.getByTestId('tickets-more').click();
    await expect.poll(() => page.getByTestId('ticket-open').count()).toBe(51);

    // Views: a built-in one, then the filter saved under a name, still there after a reload.
    const view = async (name: string) => {
      await page.getByTestId('ticket-view').click();
      await page.locator('.ant-select-item-option', { hasText: name }).click();
    };
    await view('Breached');
    await page.getByText('No tickets here.').waitFor();
    await page.getByTestId('ticket-view-new').click();
    await page.getByTestId('ticket-view-name').fill('Late ones');
    await page.getByTestId('ticket-view-save').click();
    await page.reload();
    await row.getByText('Berlin Pumpen GmbH').waitFor();
    await view('Late ones');
    await page.getByText('No tickets here.').waitFor();
    await view('All open tickets');
    await row.getByText('Berlin Pumpen GmbH').waitFor();

    await page.getByText(/T-000001 · Seal leaks/).click();
    await page
      .getByTestId('ticket-sla')
      .getByText(/Europe\/Berlin/)
      .first()
      .waitFor();
    await page.locator('.ant-radio-button-wrapper', { hasText: 'Internal note' }).click();
    await page.getByTestId('comment-body').fill('Ask QA for the batch');
    await page.getByTestId('comment-send').click();
    await page.getByTestId('comment-internal').getByText('Ask QA for the batch').waitFor();
    await page.locator('.ant-radio-button-wrapper', { hasText: 'Reply to customer' }).click();
    await page.getByTestId('comment-body').fill('Please send a photo of the seal');
    await page.getByTestId('comment-send').click();
    await page.getByTestId('comment-public').getByText('Please send a photo').waitFor();
    await page.getByTestId('ticket-sla').getByText('Met').first().waitFor();
    await shot(page, 'ticket-page');

    await page.goto(`${base}/admin/sla-policies`);
    await page.getByRole('heading', { name: 'SLA policies' }).waitFor();
    await page.getByTestId('policy-new').click();
    await page.getByLabel('Resolution (business minutes)').fill('480');
    // Thu 24 Dec 2026 16:00 Berlin + 8 business hours: Christmas and the weekend skipped.
    await page
      .getByTestId('sla-preview-due')
      .getByText('Due 2026-12-28 17:00 (Europe/Berlin)')
      .waitFor();
    await page
      .getByTestId('sla-preview')
      .getByText(/2026-12-27: weekend/)
      .waitFor();
    await shot(page, 'sla-policy-preview');
    await page.keyboard.press('Escape');

    await page.getByText('中文', { exact: true }).click();
    await page.goto(`${base}/tickets`);
    await page.getByRole('heading', { name: '工单' }).waitFor();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByTestId('ticket-card').first().waitFor();
    expect(await noSideScroll(b)).toBe(0);
    await shot(page, 'tickets-phone');
    // Answered, T-000001 now waits on its resolution: behind the unanswered ones, off this page.
    await page.getByTestId('ticket-card').first().getByTestId('ticket-open').click();
    await page.getByText('沟通记录').waitFor();
    expect(await noSideScroll(b)).toBe(0);
    await shot(page, 'ticket-phone');
  });
});
