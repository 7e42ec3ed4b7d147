import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserRunnable } from '../support/browser.ts';
import { signIn, startBrowserApp, type BrowserApp } from '../support/browser-app.ts';
import { shot } from '../support/screenshot.ts';

const USER = {
  email: 'events@e2e.test',
  name: 'Chen Jing',
  role: 'admin',
  password: 'e2e-password-123',
} as const;

// Tomorrow (UTC): inside the check-in window (from the day before the start), before the RSVP
// closes (the start), wherever the machine running the test is.
const day = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

const noSideScroll = async (b: BrowserApp) =>
  b.page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');

// A customer meetup from the staff's side: created in the form (the server's field error shown
// at the field), a segment invited, one guest answering in French on the public page, checked in
// at the door on a phone, and the attendance and thank-you follow-up on the customer's page.
describe.skipIf(!browserRunnable)('browser: customer events', () => {
  let b: BrowserApp;
  let customerId = '';
  let eventId = '';
  beforeAll(async () => {
    b = await startBrowserApp({
      workspace: 'Events Trading',
      user: USER,
      seed: async ({ scope, services }) => {
        const dubois = await services.customers.create(scope, {
          name: 'Maison Dubois',
          country: 'FR',
        });
        customerId = dubois.id;
        await services.contacts.create(scope, dubois.id, {
          firstName: 'Amélie',
          lastName: 'Dubois',
          primary: true,
        });
        const lyon = await services.customers.create(scope, { name: 'Lyon Pompes', country: 'FR' });
        await services.contacts.create(scope, lyon.id, {
          firstName: 'Julien',
          lastName: 'Mercier',
          primary: true,
        });
        await services.segments.create(scope, {
          name: 'French buyers',
          filter: { match: 'all', conditions: [{ field: 'country', op: 'is', value: 'FR' }] },
        });
      },
    });
    await signIn(b.page, b.base, USER.email, USER.password);
  }, 240_000);
  afterAll(() => b?.close());

  it(
    'creates an event, invites a segment, takes a French RSVP and checks the guest in on a phone',
    { timeout: 120_000 },
    async () => {
      const { page, base } = b;
      await page.goto(`${base}/events`);
      await page.getByRole('heading', { name: 'Customer events' }).waitFor();
      await page.getByText('No upcoming events').waitFor();

      await page.getByTestId('event-new').click();
      await page.getByTestId('event-title-0').fill('Paris customer meetup');
      await page.getByTestId('event-title-1').fill('巴黎客户见面会');
      await page.getByTestId('event-venue').fill('Hôtel Lutetia');
      await page.getByTestId('event-country').click();
      await page.keyboard.type('France');
      await page.locator('.ant-select-item-option[title="France (FR)"]').click();
      await page.getByText('Starts (Paris time)').waitFor();
      await page.getByTestId('event-start').click();
      await page.keyboard.type(`${day} 10:00`);
      await page.keyboard.press('Enter');
      // Ends before it starts: the server says so at the field.
      await page.getByTestId('event-end').click();
      await page.keyboard.type(`${day} 09:00`);
      await page.keyboard.press('Enter');
      await page.getByTestId('event-capacity').fill('20');
      await page.getByTestId('event-cost').fill('1500');
      await page.getByTestId('event-save').click();
      await page.getByText('Must be later than the start').waitFor();
      await page.getByTestId('event-end').click();
      await page.keyboard.press('Control+A');
      await page.keyboard.type(`${day} 18:00`);
      await page.keyboard.press('Enter');
      await page.getByTestId('event-save').click();

      await page.getByTestId('event-title').getByText('Paris customer meetup').waitFor();
      eventId = new URL(page.url()).pathname.split('/').pop()!;
      await shot(page, 'events-page');
      await page.getByTestId('event-when').getByText('(Paris time)').waitFor();
      await page.getByTestId('event-seats').getByText('0 / 20 seats').waitFor();

      await page.getByTestId('event-invite').click();
      await page.getByTestId('invite-segment').click();
      await page.locator('.ant-select-item-option[title="French buyers"]').click();
      await page.getByTestId('invite-send').click();
      await expect.poll(() => page.getByTestId('invite-created').count()).toBe(2);
      expect(await page.locator('.ant-qrcode canvas').count()).toBe(2);
      const link = await page
        .getByTestId('invite-created')
        .filter({ hasText: 'Amélie' })
        .getByTestId('invite-link')
        .getAttribute('data-link');
      await shot(page, 'events-invited');
      await page.getByTestId('invite-close').click();
      await expect.poll(() => page.getByTestId('invitation-row').count()).toBe(2);
      await page.getByTestId('invitation-row').getByText('French').first().waitFor();

      // The guest answers on the public page, in French, without an account.
      const guest = await b.browser.newPage({ locale: 'fr-FR' });
      await guest.goto(link!);
      await guest.getByText('Serez-vous présent ?').waitFor();
      await guest.getByText('Oui, je serai présent').click();
      await guest.getByTestId('rsvp-send').click();
      await guest.getByText('Merci, votre réponse a été enregistrée.').waitFor();
      // Their pass for the door: a QR code of this page's link.
      await guest
        .getByTestId('rsvp-pass')
        .getByText('Présentez ce code à l’entrée pour vous enregistrer.')
        .waitFor();
      await guest.close();

      // At the door, on a phone.
      await page.setViewportSize({ width: 375, height: 812 });
      await page.goto(`${base}/events/${eventId}?tab=checkin`);
      await page.getByTestId('checkin-count').getByText('0 arrived · 1 confirmed').waitFor();
      await page.getByTestId('checkin-search').fill('amelie');
      await expect.poll(() => page.getByTestId('checkin-card').count()).toBe(1);
      await page.getByTestId('checkin-card').getByText('Coming').waitFor();
      expect(await noSideScroll(b)).toBe(0);
      // A handheld scanner types the pass's link and Enter into the code field.
      await page.getByTestId('checkin-code').locator('input').fill(link!);
      await page.getByTestId('checkin-code').locator('input').press('Enter');
      await page.getByTestId('checkin-arrived').waitFor();
      await expect
        .poll(() => page.getByTestId('checkin-code').locator('input').inputValue())
        .toBe('');
      await page.getByTestId('checkin-count').getByText('1 arrived · 1 confirmed').waitFor();
      expect(await noSideScroll(b)).toBe(0);
      await shot(page, 'events-checkin-phone');

      await page.getByTestId('tab-results').click();
      await page.getByTestId('result-attended').getByText('1').waitFor();
      await page.getByTestId('result-cost-per-attendee').getByText('$1,500.00').waitFor();

      await page.setViewportSize({ width: 1440, height: 900 });
      await page.goto(`${base}/customers/${customerId}`);
      await page
        .getByTestId('activity-item')
        .getByText('Attended: Paris customer meetup')
        .waitFor();
      await page
        .getByTestId('follow-up-reason')
        .getByText(/Thank Amélie for attending Paris customer meetup/)
        .waitFor();
      // The customer's events card: the meetup, who came for them.
      const came = page.getByTestId('customer-event').filter({ hasText: 'Paris customer meetup' });
      await came.getByText('Attended').waitFor();
      await came.getByText(/Amélie/).waitFor();

      await page.goto(`${base}/events`);
      await page
        .getByRole('row', { name: /Paris customer meetup/ })
        .getByText('1 / 20 seats')
        .waitFor();
      await page.getByText('中文', { exact: true }).click();
      await page.getByRole('heading', { name: '客户活动' }).waitFor();
      await page.getByText('巴黎客户见面会').waitFor();
      await shot(page, 'events-list-zh');
    },
  );

  it(
    'changes the event with a field error first, and deletes it after a question naming the answers',
    { timeout: 90_000 },
    async () => {
      const { page, base } = b;
      await page.goto(`${base}/events/${eventId}`);
      await page.getByText('English', { exact: true }).click(); // the first test ended in Chinese
      await page.getByTestId('event-edit').click();
      // The form opens with the event's values, its times on the venue's clock.
      await expect
        .poll(() => page.getByTestId('event-title-0').inputValue())
        .toBe('Paris customer meetup');
      await page.getByTestId('event-end').click();
      await page.keyboard.press('Control+A');
      await page.keyboard.type(`${day} 08:00`);
      await page.keyboard.press('Enter');
      await page.getByTestId('event-save').click();
      await page.getByText('Must be later than the start').waitFor();
      await page.getByTestId('event-end').click();
      await page.keyboard.press('Control+A');
      await page.keyboard.type(`${day} 19:00`);
      await page.keyboard.press('Enter');
      await page.getByTestId('event-title-0').fill('Paris customer evening');
      await page.getByTestId('event-save').click();
      await page.getByTestId('event-title').getByText('Paris customer evening').waitFor();
      await page.getByTestId('event-when').getByText(/19:00/).waitFor();

      await page.getByTestId('event-delete').click();
      await page.getByText('1 guest has already answered (1 coming)', { exact: false }).waitFor();
      await shot(page, 'events-delete-confirm');
      await page.getByTestId('event-delete-ok').click();
      await page.getByText('No upcoming events').waitFor();
      expect(new URL(page.url()).pathname).toBe('/events');
    },
  );
});
