import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserRunnable } from '../support/browser.ts';
import { signIn, startBrowserApp, type BrowserApp } from '../support/browser-app.ts';
import { shot } from '../support/screenshot.ts';

const USER = {
  email: 'mail@e2e.test',
  name: 'Li Wei',
  role: 'admin',
  password: 'e2e-password-123',
} as const;

// Templates in a browser: the preview picks the contact's language and says why, shows culture
// warnings with their Hofstede source, the editor puts an ICU error on its variant; Chinese, phone.
describe.skipIf(!browserRunnable)('browser: templates', () => {
  let b: BrowserApp;
  beforeAll(async () => {
    b = await startBrowserApp({
      workspace: 'Ningbo Pumps',
      user: USER,
      seed: async ({ scope, services }) => {
        const brazil = await services.customers.create(scope, {
          name: 'Solaris Ltda',
          country: 'BR',
        });
        await services.contacts.create(scope, brazil.id, {
          firstName: 'Mariana',
          lastName: 'Costa',
          preferredLanguage: 'pt-BR',
        });
        await services.templates.create(scope, {
          name: 'Samples dispatched',
          defaultLanguage: 'en',
          variants: [
            { language: 'en', subject: 'Your samples', body: 'Dear {contactFirstName},' },
            { language: 'de', subject: 'Ihre Muster', body: 'Guten Tag {contactFullName},' },
            {
              language: 'pt',
              subject: 'Suas amostras',
              body: 'Prezado(a) {contactFullName},\n\nAs amostras para a {customerName} foram enviadas.',
            },
          ],
        });
      },
    });
    await signIn(b.page, b.base, USER.email, USER.password);
  }, 240_000);
  afterAll(() => b?.close());

  it(
    'previews in the contact’s language with the reason and warnings',
    { timeout: 120_000 },
    async () => {
      const { page, base } = b;
      await page.goto(`${base}/templates`);
      await page.getByRole('heading', { name: 'Templates' }).waitFor();
      await page.getByRole('row', { name: /Samples dispatched/ }).waitFor();
      await page.getByTestId('preview-customer').locator('.ant-select').click();
      await page.keyboard.type('Solaris');
      await page.locator('.ant-select-item-option', { hasText: 'Solaris Ltda' }).click();
      await page.getByTestId('preview-contact').locator('.ant-select').click();
      await page.locator('.ant-select-item-option', { hasText: 'Mariana Costa' }).click();
      await page.getByText('Sent in pt').waitFor();
      await page.getByText(/The contact prefers .*Portuguese/).waitFor();
      await page
        .getByTestId('preview-body')
        .getByText(/Prezado\(a\) Mariana Costa/)
        .waitFor();
      await page.getByText(/High power distance in Brazil \(PDI 69\)/).waitFor();
      await page.getByText(/Hofstede PDI = 69/).waitFor();
      await page.getByText('When it reaches them at work', { exact: false }).waitFor();
      await shot(page, 'templates-preview');

      // The editor: a broken ICU body is refused and shown on its variant.
      await page
        .getByRole('row', { name: /Samples dispatched/ })
        .getByRole('button', { name: 'Edit' })
        .click();
      await page.getByRole('tab', { name: 'de' }).click();
      await page.getByRole('tabpanel').getByLabel('Body').fill('Guten Tag {contactFullName');
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByText(/Not valid ICU MessageFormat/).waitFor();
      await shot(page, 'templates-editor');
      await page.getByRole('button', { name: 'Cancel' }).click();

      await page.getByText('中文', { exact: true }).click();
      await page.getByRole('heading', { name: '邮件模板' }).waitFor();
      await page.getByText('以 pt 发送').waitFor();
      await page.getByText(/权力距离高/).waitFor();
      await page.setViewportSize({ width: 390, height: 844 });
      await page.getByText('Samples dispatched').first().waitFor();
      // The preview on a phone: full-width pickers, the body and warnings in one column.
      await page.getByTestId('preview-customer').locator('.ant-select').click();
      await page.keyboard.type('Solaris');
      await page.locator('.ant-select-item-option', { hasText: 'Solaris Ltda' }).click();
      await page.getByTestId('preview-contact').locator('.ant-select').click();
      await page.locator('.ant-select-item-option', { hasText: 'Mariana Costa' }).click();
      await page.getByText('以 pt 发送').waitFor();
      const side = await page.evaluate<number>(
        'document.documentElement.scrollWidth - window.innerWidth',
      );
      expect(side).toBe(0);
      await shot(page, 'templates-phone');
    },
  );
});
