import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContainer } from '../../src/app/container.ts';
import { browserRunnable } from '../support/browser.ts';
import { signIn, startBrowserApp, type BrowserApp } from '../support/browser-app.ts';
import { Dovecot } from '../support/dovecot.ts';
import { rawMail } from '../support/mail-fixtures.ts';
import { shot } from '../support/screenshot.ts';

const USER = {
  email: 'ana@e2e.test',
  name: 'Ana Lima',
  role: 'rep',
  password: 'e2e-password-123',
} as const;
const IMAP = { user: 'ana', password: 'imap-e2e-pass' };

const noSideScroll = async (b: BrowserApp) =>
  b.page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');

// A rep connects her mailbox on the local Dovecot, sees a wrong password explained, syncs, and
// reads a Brazilian customer's reply as a thread on its page, in English, Chinese and on a phone.
describe.skipIf(!browserRunnable)('browser: mailboxes and synced mail', () => {
  let b: BrowserApp;
  let dovecot: Dovecot;
  let customerId = '';
  beforeAll(async () => {
    dovecot = await Dovecot.start({ [IMAP.user]: IMAP.password });
    await dovecot.append(IMAP.user, IMAP.password, 'INBOX', [
      rawMail({
        from: 'Joao Souza <joao@porto.com.br>',
        to: 'ana@chuhai.test',
        subject: 'Re: Cotação de bombas',
        body: 'Olá Ana, obrigado pela cotação. Podemos fechar o pedido?',
        charset: 'ISO-8859-1',
        messageId: '<r1@porto.com.br>',
      }),
      rawMail({
        from: 'bank@mybank.example',
        to: 'ana@chuhai.test',
        subject: 'Statement',
        body: 'private',
      }),
    ]);
    // A folder beyond INBOX and Sent, synced only once chosen (second test).
    await dovecot.folder(IMAP.user, IMAP.password, 'Projects');
    await dovecot.append(IMAP.user, IMAP.password, 'Projects', [
      rawMail({
        from: 'Joao Souza <joao@porto.com.br>',
        to: 'ana@chuhai.test',
        subject: 'Projeto Santos',
        body: 'Segue o projeto.',
        messageId: '<p1@porto.com.br>',
      }),
    ]);
    b = await startBrowserApp({
      workspace: 'Mail Trading',
      // Dovecot and the SMTP receiver listen on 127.0.0.1.
      mail: { allowPrivateHosts: true },
      user: USER,
      seed: async ({ scope, services }) => {
        customerId = (
          await services.customers.create(scope, {
            name: 'Porto Bombas Ltda',
            country: 'BR',
            domain: 'porto.com.br',
          })
        ).id;
      },
    });
    await signIn(b.page, b.base, USER.email, USER.password);
  }, 240_000);
  afterAll(async () => {
    await b?.close();
    await dovecot?.stop();
  });

  it(
    'connects, explains a wrong password, syncs and shows the thread',
    { timeout: 120_000 },
    async () => {
      const { page, base } = b;
      await page.goto(`${base}/profile`);
      await page.getByTestId('profile-mailboxes').click();
      await page.getByRole('heading', { name: 'Mailboxes' }).waitFor();
      await page.getByTestId('mailbox-add').click();
      await page.getByLabel('Email address').fill('ana@chuhai.test');
      await page.getByLabel('Server').first().fill('127.0.0.1');
      await page.getByLabel('Port').first().fill(String(dovecot.port));
      await page.getByLabel('Security').first().click();
      await page.getByTitle('None (local servers)').click();
      await page.getByLabel('User name').first().fill(IMAP.user);
      await page.getByLabel('Password or app password').first().fill('wrong-password');
      await page.getByTestId('mailbox-save').click();
      await page.getByTestId('mailbox-card').waitFor();
      await page.getByRole('button', { name: 'Test connection' }).click();
      await page
        .getByTestId('mailbox-error')
        .getByText('The server refused the user name or password')
        .waitFor();

      await page.getByRole('button', { name: 'Edit' }).click();
      await page.getByLabel('Password or app password').first().fill(IMAP.password);
      await page.getByTestId('mailbox-save').click();
      await page.getByRole('button', { name: 'Test connection' }).click();
      await page.getByText('Connected. Folders synced: INBOX, Sent').waitFor();

      const sync = page.waitForResponse((r) => r.url().endsWith('/sync'));
      await page.getByTestId('mailbox-sync').click();
      const { jobId } = (await (await sync).json()) as { jobId: string };
      // The browser app runs no job runner: run the queued job here, as the server's runner would.
      await createContainer(b.database.db, {
        secret: 'e2e-secret-e2e-secret-e2e-secret',
        mail: { allowPrivateHosts: true },
      }).jobs.runner.runNow(jobId);
      await page.reload();
      await page.getByText(/1 stored, 1 not about a customer/).waitFor();
      await shot(page, 'mailboxes');

      await page.goto(`${base}/customers/${customerId}`);
      const mail = page.getByTestId('customer-mail');
      await mail.getByText('Re: Cotação de bombas').click();
      // The ellipsis measures the text with hidden copies of it: the first is the one shown.
      await mail.getByText('Podemos fechar o pedido?').first().waitFor();
      await mail.getByText('Not a contact yet: joao@porto.com.br').waitFor();
      expect(await mail.getByText('In', { exact: true }).count()).toBe(1);
      await page
        .getByText('Statement')
        .count()
        .then((n) => expect(n).toBe(0));

      await page.setViewportSize({ width: 390, height: 844 });
      // The one-column layout mounts the card anew, with its threads folded.
      await mail.getByText('Re: Cotação de bombas').click();
      // The ellipsis measures the text with hidden copies of it: the first is the one shown.
      await mail.getByText('Podemos fechar o pedido?').first().waitFor();
      expect(await noSideScroll(b)).toBe(0);
      await shot(page, 'customer-mail-phone');
      await page.goto(`${base}/profile/mailboxes`);
      await page.getByTestId('mailbox-card').waitFor();
      expect(await noSideScroll(b)).toBe(0);
      await shot(page, 'mailboxes-phone');
      await page.getByText('中文', { exact: true }).click();
      await page.getByRole('heading', { name: '邮箱' }).waitFor();
      await page.getByText(/保存 1 封，1 封与客户无关/).waitFor();
    },
  );

  // Left in Chinese at phone width by the test above: the folder choice is read there too.
  it('chooses a folder beyond INBOX and Sent and syncs it', { timeout: 120_000 }, async () => {
    const { page, base } = b;
    await page.goto(`${base}/profile/mailboxes`);
    await page.getByText('同步收件箱和已发送').waitFor();
    await page.getByTestId('mailbox-folders-open').click();
    const dialog = page.getByTestId('mailbox-folders');
    await dialog.getByText('始终同步').first().waitFor();
    expect(await dialog.getByRole('checkbox', { name: /INBOX/ }).isDisabled()).toBe(true);
    await dialog.getByRole('checkbox', { name: /Projects/ }).check();
    await page.getByTestId('folders-save').click();
    await page.getByText('另外同步：Projects').waitFor();
    expect(await noSideScroll(b)).toBe(0);
    await shot(page, 'mailbox-folders-phone-zh');

    const sync = page.waitForResponse((r) => r.url().endsWith('/sync'));
    await page.getByTestId('mailbox-sync').click();
    const { jobId } = (await (await sync).json()) as { jobId: string };
    await createContainer(b.database.db, {
      secret: 'e2e-secret-e2e-secret-e2e-secret',
      mail: { allowPrivateHosts: true },
    }).jobs.runner.runNow(jobId);
    await page.reload();
    await page.getByText(/保存 1 封，0 封与客户无关/).waitFor();
    await page.goto(`${base}/customers/${customerId}`);
    await page.getByTestId('customer-mail').getByText('Projeto Santos').waitFor();
  });
});
