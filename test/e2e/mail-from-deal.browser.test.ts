import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Container } from '../../src/app/container.ts';
import { attempt, browserRunnable } from '../support/browser.ts';
import { signIn, startBrowserApp, type BrowserApp } from '../support/browser-app.ts';
import { shot } from '../support/screenshot.ts';
import { SmtpReceiver } from '../support/smtp-receiver.ts';

const USER = {
  email: 'lena@e2e.test',
  name: 'Lena Wolf',
  role: 'rep',
  password: 'e2e-password-123',
} as const;
const SMTP = { user: 'lena', password: 'smtp-e2e-pass' };

// Issue 15: "Write email" on a deal page opens the composer on the deal's contact; the template's
// deal fields are filled for the recipient (German money), the mail reaches the SMTP server, and
// the sent message is listed on the deal.
describe.skipIf(!browserRunnable)('browser: write email from a deal', () => {
  let b: BrowserApp;
  let smtp: SmtpReceiver;
  let services: Container | undefined;
  let dealId = '';
  beforeAll(async () => {
    smtp = await SmtpReceiver.start({ [SMTP.user]: SMTP.password });
    b = await startBrowserApp({
      workspace: 'Deal Mail Trading',
      mail: { allowPrivateHosts: true },
      user: USER,
      seed: async ({ scope, services: s }) => {
        services = s;
        const c = await s.customers.create(scope, {
          name: 'Pumpenwerk Köln GmbH',
          country: 'DE',
          timeZone: 'Europe/Berlin',
        });
        const contact = await s.contacts.create(scope, c.id, {
          firstName: 'Jonas',
          lastName: 'Becker',
          emails: ['jonas@pumpenwerk.de'],
          primary: true,
        });
        const deal = await s.deals.create(scope, {
          customerId: c.id,
          title: '500 Pumpen',
          amountMinor: 1_234_50,
          currency: 'EUR',
          expectedCloseDate: '2027-03-31',
          contacts: [{ contactId: contact.id, role: 'decision_maker' }],
        });
        dealId = deal.id;
        await s.mailboxes.create(scope, {
          address: 'lena@chuhai.test',
          imapHost: '127.0.0.1',
          imapPort: 1,
          imapTls: 'none',
          imapUsername: 'unused',
          imapPassword: 'unused',
          smtpHost: '127.0.0.1',
          smtpPort: smtp.port,
          smtpTls: 'none',
          smtpUsername: SMTP.user,
          smtpPassword: SMTP.password,
          syncSince: '2026-01-01',
        });
        await s.templates.create(
          { ...scope, role: 'admin' },
          {
            name: 'Deal offer',
            defaultLanguage: 'de',
            variants: [
              {
                language: 'de',
                subject: 'Angebot: {dealTitle}',
                body: 'Guten Tag {contactFullName}, unser Angebot über {dealAmount}.',
              },
            ],
          },
        );
      },
    });
    await signIn(b.page, b.base, USER.email, USER.password);
  }, 240_000);
  afterAll(async () => {
    await b?.close();
    await smtp?.stop();
  });

  it('composes on the deal’s contact with its fields and lists the sent mail on it', async () => {
    const { page, base } = b;
    await page.goto(`${base}/deals/${dealId}`);
    const card = page.getByTestId('linked-mail');
    await card.getByText('No mail written from here yet.').waitFor();
    await card.getByTestId('compose-open').click();
    const compose = page.getByTestId('compose');
    await compose.getByText('About the deal “500 Pumpen”', { exact: false }).waitFor();
    // The deal's contact is picked already.
    await compose
      .getByTestId('compose-contact')
      .getByText(/Jonas Becker/)
      .waitFor();
    await attempt(3, async () => {
      await page.getByTestId('compose-template').click();
      await page.getByTitle('Deal offer').click({ timeout: 10_000 });
      await compose.getByTestId('compose-language').waitFor({ timeout: 10_000 });
    });
    await expect
      .poll(() => compose.locator('textarea').inputValue())
      .toMatch(/unser Angebot über 1\.234,50\s€/);
    await shot(page, 'compose-from-deal');
    await page.getByTestId('compose-send').click();
    await page.getByText('Queued: it goes out in a moment.').waitFor();

    // The browser app runs no job runner: send the due message here, as the server's would.
    const runner = services!.jobs.runner;
    while ((await runner.tick()).length) await runner.drain();
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]!.parsed.subject).toBe('Angebot: 500 Pumpen');

    await page.goto(`${base}/deals/${dealId}`);
    await card.getByText('Angebot: 500 Pumpen').click();
    await card.getByText(/unser Angebot über 1\.234,50/).waitFor();
  }, 150_000);
});
