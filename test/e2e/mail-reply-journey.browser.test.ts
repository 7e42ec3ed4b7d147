import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContainer } from '../../src/app/container.ts';
import { attempt, browserRunnable } from '../support/browser.ts';
import { signIn, startBrowserApp, type BrowserApp } from '../support/browser-app.ts';
import { Dovecot } from '../support/dovecot.ts';
import { rawMail } from '../support/mail-fixtures.ts';
import { shot } from '../support/screenshot.ts';
import { SmtpReceiver } from '../support/smtp-receiver.ts';

const USER = {
  email: 'ana@e2e.test',
  name: 'Ana Lima',
  role: 'rep',
  password: 'e2e-password-123',
} as const;
const IMAP = { user: 'ana', password: 'imap-e2e-pass' };

// Issue 15's "Done when": a rep connects her mailbox on the local Dovecot (IMAP) and SMTP
// receiver, sees a synced Portuguese reply on a Brazilian customer's timeline, answers with a
// template whose Portuguese variant is chosen (the country's language: the contact has none),
// schedules it for their morning, and sees it in the outbox with their time and hers.
describe.skipIf(!browserRunnable)('browser: answer a Brazilian reply at their morning', () => {
  let b: BrowserApp;
  let dovecot: Dovecot;
  let smtp: SmtpReceiver;
  let customerId = '';
  beforeAll(async () => {
    dovecot = await Dovecot.start({ [IMAP.user]: IMAP.password });
    smtp = await SmtpReceiver.start({ [IMAP.user]: IMAP.password });
    await dovecot.append(IMAP.user, IMAP.password, 'INBOX', [
      rawMail({
        from: 'Joao Souza <joao@porto.com.br>',
        to: 'ana@chuhai.test',
        subject: 'Re: Cotação de bombas',
        body: 'Olá Ana, obrigado pela cotação. Podemos fechar o pedido?',
        charset: 'ISO-8859-1',
        messageId: '<r1@porto.com.br>',
      }),
    ]);
    b = await startBrowserApp({
      workspace: 'Mail Trading',
      // Dovecot and the SMTP receiver listen on 127.0.0.1.
      mail: { allowPrivateHosts: true },
      user: USER,
      seed: async ({ scope, services }) => {
        const c = await services.customers.create(scope, {
          name: 'Porto Bombas Ltda',
          country: 'BR',
          domain: 'porto.com.br',
          timeZone: 'America/Sao_Paulo',
        });
        customerId = c.id;
        await services.contacts.create(scope, c.id, {
          firstName: 'João',
          lastName: 'Souza',
          emails: ['joao@porto.com.br'],
          primary: true,
        });
        // Templates are written by admins and managers; the rep uses it.
        await services.templates.create(
          { ...scope, role: 'admin' },
          {
            name: 'Order follow-up',
            defaultLanguage: 'en',
            variants: [
              {
                language: 'en',
                subject: 'Your order',
                body: 'Dear {contactFirstName}, thank you.',
              },
              {
                language: 'pt',
                subject: 'Seu pedido',
                body: 'Prezado {contactFirstName}, obrigado pelo pedido.',
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
    await dovecot?.stop();
  });

  it(
    'connects, syncs, answers in Portuguese at their morning, shows both times',
    { timeout: 150_000 },
    async () => {
      const { page, base } = b;
      await page.goto(`${base}/profile/mailboxes`);
      await page.getByTestId('mailbox-add').click();
      await page.getByLabel('Email address').fill('ana@chuhai.test');
      await page.getByLabel('Server').nth(0).fill('127.0.0.1');
      await page.getByLabel('Port').nth(0).fill(String(dovecot.port));
      await page.getByLabel('Security').nth(0).click();
      await page.getByTitle('None (local servers)').last().click();
      await page.getByLabel('User name').nth(0).fill(IMAP.user);
      await page.getByLabel('Password or app password').nth(0).fill(IMAP.password);
      await page.getByLabel('Server').nth(1).fill('127.0.0.1');
      await page.getByLabel('Port').nth(1).fill(String(smtp.port));
      await page.getByLabel('Security').nth(1).click();
      await page.getByTitle('None (local servers)').last().click();
      await page.getByLabel('User name').nth(1).fill(IMAP.user);
      await page.getByLabel('Password or app password').nth(1).fill(IMAP.password);
      await page.getByTestId('mailbox-save').click();
      await page.getByTestId('mailbox-card').waitFor();

      const sync = page.waitForResponse((r) => r.url().endsWith('/sync'));
      await page.getByTestId('mailbox-sync').click();
      const { jobId } = (await (await sync).json()) as { jobId: string };
      // The browser app runs no job runner: run the queued job here, as the server's runner would.
      await createContainer(b.database.db, {
        secret: 'e2e-secret-e2e-secret-e2e-secret',
        mail: { allowPrivateHosts: true },
      }).jobs.runner.runNow(jobId);

      // On a loaded machine the customer page can render its mail card before the synced thread
      // is read back; open the page again rather than wait on a stale first answer.
      const mail = page.getByTestId('customer-mail');
      await attempt(3, async () => {
        await page.goto(`${base}/customers/${customerId}`);
        // João wrote, so the card shows its contact filter above the threads.
        await mail.getByTestId('mail-contact-filter').waitFor({ timeout: 15_000 });
        await mail.getByText('Re: Cotação de bombas').click({ timeout: 15_000 });
        await mail.getByText('Podemos fechar o pedido?').first().waitFor({ timeout: 15_000 });
      });

      await page.getByTestId('compose-open').click();
      await page.getByTestId('compose-contact').click();
      await page.getByTitle(/João Souza/).click();
      // A click on a dropdown that is still opening can land on nothing: pick again until the
      // composer says which variant it chose.
      await attempt(3, async () => {
        await page.getByTestId('compose-template').click();
        await page.getByTitle('Order follow-up').click({ timeout: 10_000 });
        await page
          .getByTestId('compose-language')
          .getByText('Sent in Portuguese')
          .waitFor({ timeout: 10_000 });
      });
      await page.getByText('Their morning').click();
      await page.getByTestId('compose-planned').waitFor();
      await shot(page, 'compose-portuguese-morning');
      await page.getByTestId('compose-send').click();

      await page.goto(`${base}/outbox`);
      const item = page.getByTestId('outbox-item').filter({ hasText: 'Seu pedido' });
      await item.waitFor();
      const their = await item.getByTestId('outbox-their-time').innerText();
      const yours = await item.getByTestId('outbox-your-time').innerText();
      // Their morning starts at 09:30 where they are (on whichever working day comes next).
      expect(their).toMatch(/\b0?9:30\s?(AM)? their time \(America\/Sao_Paulo\)/);
      expect(yours).toMatch(/your time/);
      await shot(page, 'outbox-portuguese-morning');
      // Scheduled, not sent: nothing reached the SMTP server yet.
      expect(smtp.received).toHaveLength(0);

      // One contact's mail: the card's filter names the contacts its mail is with.
      await page.goto(`${base}/customers/${customerId}`);
      const again = page.getByTestId('customer-mail');
      await again.getByTestId('mail-contact-filter').click();
      await page.locator('.ant-select-item-option[title="João Souza"]').click();
      await again.getByText('Re: Cotação de bombas').waitFor();
    },
  );
});
