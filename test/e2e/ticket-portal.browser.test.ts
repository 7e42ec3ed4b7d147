import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserRunnable } from '../support/browser.ts';
import { signIn, startBrowserApp, type BrowserApp } from '../support/browser-app.ts';
import { shot } from '../support/screenshot.ts';

const USER = {
  email: 'desk@e2e.test',
  name: 'Zhao Min',
  role: 'admin',
  password: 'e2e-password-789',
} as const;

const noSideScroll = (page: Page) =>
  page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');

// The customer portal end to end: a Spanish-speaking customer opens a ticket through the public
// form on a phone, the desk answers publicly (and keeps a note to itself), the customer reads the
// answer through the portal link and replies, and the desk sees the reply.
describe.skipIf(!browserRunnable)('browser: customer portal', () => {
  let b: BrowserApp;
  let customer: Page;
  let workspaceId = '';
  beforeAll(async () => {
    b = await startBrowserApp({
      workspace: 'Portal Pumps Co.',
      user: USER,
      seed: async ({ scope, services }) => {
        workspaceId = scope.workspaceId;
        await services.ticketForms.create(scope, { key: 'support', name: 'Soporte' });
      },
    });
    await signIn(b.page, b.base, USER.email, USER.password);
    customer = await b.browser.newPage({ locale: 'es-ES', viewport: { width: 375, height: 812 } });
  }, 240_000);
  afterAll(() => b?.close());

  it('opens, answers and follows a ticket in Spanish', { timeout: 180_000 }, async () => {
    const { page, base } = b;
    const crashes: string[] = [];
    customer.on('pageerror', (err) => crashes.push(err.message));

    // The customer: the form speaks the browser's Spanish, and fits a phone.
    await customer.goto(`${base}/portal/new/${workspaceId}/support`);
    await customer.getByRole('heading', { name: 'Contactar con soporte' }).waitFor();
    await customer.getByLabel('Su nombre').fill('Lucía Fernández');
    await customer.getByLabel('Correo electrónico').fill('lucia@bombas-del-bajio.mx');
    await customer.getByLabel('Empresa').fill('Bombas del Bajío');
    await customer.getByLabel('Asunto').fill('La bomba vibra al arrancar');
    await customer.getByLabel('Describa su solicitud').fill('Desde la instalación la bomba vibra.');
    expect(await noSideScroll(customer)).toBe(0);
    await shot(customer, 'portal-new-ticket-es');
    await customer.getByRole('button', { name: 'Enviar solicitud' }).click();
    await customer.getByText('Gracias. Hemos recibido su solicitud.').waitFor();
    await customer.getByTestId('portal-follow').click();
    await customer.waitForURL(/\/portal\/tickets\//);
    const portalUrl = customer.url();
    await customer.getByTestId('portal-status').getByText('Recibida').waitFor();
    await customer.getByText('Desde la instalación la bomba vibra.').waitFor();

    // The desk: the ticket came in on the web channel with its customer link active.
    await page.goto(`${base}/tickets`);
    await page.getByText(/T-000001 · La bomba vibra al arrancar/).click();
    await page.getByText(/A link is active since/).waitFor();
    await page.locator('.ant-radio-button-wrapper', { hasText: 'Internal note' }).click();
    await page.getByTestId('comment-body').fill('NOTA-INTERNA: check the base bolts first');
    await page.getByTestId('comment-send').click();
    await page.getByTestId('comment-internal').getByText('NOTA-INTERNA').waitFor();
    await page.locator('.ant-radio-button-wrapper', { hasText: 'Reply to customer' }).click();
    await page.getByTestId('comment-body').fill('Hola Lucía, ¿nos envía un vídeo de la bomba?');
    await page.getByTestId('comment-send').click();
    await page.getByTestId('comment-public').getByText('nos envía un vídeo').waitFor();
    await shot(page, 'portal-staff-ticket');

    // The customer sees the public answer, never the note, and replies.
    await customer.goto(portalUrl);
    await customer.getByTestId('portal-messages').getByText('nos envía un vídeo').waitFor();
    expect(await customer.getByText('NOTA-INTERNA').count()).toBe(0);
    await customer.getByTestId('portal-status').getByText('En curso').waitFor();
    await customer.getByTestId('portal-reply').fill('Claro, aquí tienen el enlace al vídeo.');
    await customer.getByTestId('portal-send').click();
    await customer.getByTestId('portal-messages').getByText('aquí tienen el enlace').waitFor();
    expect(await noSideScroll(customer)).toBe(0);
    await shot(customer, 'portal-ticket-es');

    // The same page in Arabic is written right to left.
    await customer.goto(`${portalUrl}?lang=ar`);
    await customer.getByText('المحادثة').waitFor();
    expect(await customer.evaluate<string>('document.documentElement.dir')).toBe('rtl');
    expect(await noSideScroll(customer)).toBe(0);
    await shot(customer, 'portal-ticket-ar');

    // The desk sees the customer's reply.
    await page.reload();
    await page.getByTestId('comment-public').getByText('aquí tienen el enlace').waitFor();

    // Ticket forms admin page, in Chinese too.
    await page.goto(`${base}/admin/ticket-forms`);
    await page.getByRole('heading', { name: 'Ticket forms' }).waitFor();
    await page.getByText('Soporte').waitFor();
    await shot(page, 'ticket-forms-admin');
    expect(crashes).toEqual([]);
  });
});
