import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserRunnable } from '../support/browser.ts';
import { signIn, startBrowserApp, type BrowserApp } from '../support/browser-app.ts';
import { shot } from '../support/screenshot.ts';

const USER = {
  email: 'service@e2e.test',
  name: 'Chen Jing',
  role: 'admin',
  password: 'e2e-password-316',
} as const;

const noSideScroll = (page: Page) =>
  page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');

// The service journey of issue #16 end to end: a Spanish-speaking contact opens a ticket through
// the public form, the desk answers, the contact replies through the portal link, the desk solves
// it, the contact rates it 5 through the CSAT link, and the customer page's service card shows the
// ticket, the rating and the follow-up call the workspace's rule planned (回访).
describe.skipIf(!browserRunnable)('browser: the service journey', () => {
  let b: BrowserApp;
  let contact: Page;
  let workspaceId = '';
  beforeAll(async () => {
    b = await startBrowserApp({
      workspace: 'Bombas Chuhai Export',
      user: USER,
      seed: async ({ scope, services }) => {
        workspaceId = scope.workspaceId;
        await services.ticketForms.create(scope, { key: 'soporte', name: 'Soporte' });
        await services.visitRules.create(scope, {
          name: 'Llamada de seguimiento · 解决后回访',
          trigger: 'ticket_solved',
          kind: 'call',
          businessDays: 3,
          checklist: [
            { key: 'fixed', label: 'Problem gone?', type: 'yes_no', required: true },
            { key: 'satisfaction', label: 'Satisfaction', type: 'score' },
          ],
        });
      },
    });
    await signIn(b.page, b.base, USER.email, USER.password);
    contact = await b.browser.newPage({ locale: 'es-ES', viewport: { width: 375, height: 812 } });
  }, 240_000);
  afterAll(() => b?.close());

  it(
    'runs from the public form to the follow-up visit on the customer page',
    { timeout: 240_000 },
    async () => {
      const { page, base } = b;
      const crashes: string[] = [];
      for (const p of [page, contact]) p.on('pageerror', (err) => crashes.push(err.message));

      // The contact opens a ticket through the public form, in Spanish.
      await contact.goto(`${base}/portal/new/${workspaceId}/soporte`);
      await contact.getByRole('heading', { name: 'Contactar con soporte' }).waitFor();
      await contact.getByLabel('Su nombre').fill('Lucía Fernández');
      await contact.getByLabel('Correo electrónico').fill('lucia@bombas-del-bajio.mx');
      await contact.getByLabel('Empresa').fill('Bombas del Bajío');
      await contact.getByLabel('Asunto').fill('La bomba pierde presión');
      await contact.getByLabel('Describa su solicitud').fill('La presión baja cada tarde.');
      await contact.getByRole('button', { name: 'Enviar solicitud' }).click();
      await contact.getByText('Gracias. Hemos recibido su solicitud.').waitFor();
      await contact.getByTestId('portal-follow').click();
      await contact.waitForURL(/\/portal\/tickets\//);
      const portalUrl = contact.url();

      // The desk answers publicly.
      await page.goto(`${base}/tickets`);
      await page.getByText(/T-000001 · La bomba pierde presión/).click();
      await page.waitForURL(/\/tickets\/[^/]+$/);
      const ticketId = page.url().split('/').pop()!;
      await page.locator('.ant-radio-button-wrapper', { hasText: 'Reply to customer' }).click();
      await page.getByTestId('comment-body').fill('Hola Lucía, revise la válvula de retención.');
      await page.getByTestId('comment-send').click();
      await page.getByTestId('comment-public').getByText('válvula de retención').waitFor();

      // The contact replies through the portal link.
      await contact.goto(portalUrl);
      await contact.getByTestId('portal-messages').getByText('válvula de retención').waitFor();
      await contact.getByTestId('portal-reply').fill('Gracias, la cambiamos y ya funciona.');
      await contact.getByTestId('portal-send').click();
      await contact.getByTestId('portal-messages').getByText('ya funciona').waitFor();

      // The desk sees the reply and solves the ticket: the CSAT survey and the follow-up call are
      // planned in the same change.
      await page.reload();
      await page.getByTestId('comment-public').getByText('ya funciona').waitFor();
      await page.getByTestId('ticket-status').click();
      await page
        .locator('.ant-select-item-option')
        .filter({ hasText: /^Solved$/ })
        .click();
      await page.getByTestId('ticket-csat').waitFor();
      const link = await page.evaluate<string, string>(
        async (id) =>
          (
            (await (await fetch(`/api/v1/tickets/${id}/csat`)).json()) as {
              survey: { link: string };
            }
          ).survey.link,
        ticketId,
      );
      expect(link).toMatch(/^\/survey\//);

      // The contact rates it 5 through the CSAT link, in Spanish.
      await contact.goto(`${base}${link}`);
      await contact.getByTestId('public-survey').waitFor();
      await contact.getByTestId('survey-scale').getByText('5', { exact: true }).click();
      await contact.getByTestId('survey-comment').fill('Muy buena atención.');
      await contact.getByTestId('survey-send').click();
      await contact.getByText('Gracias por su respuesta.').waitFor();
      expect(await noSideScroll(contact)).toBe(0);

      // The customer page's service card: the ticket, the rating and the planned follow-up call.
      await page.goto(`${base}/customers`);
      await page.getByText('Bombas del Bajío').first().click();
      const card = page.getByTestId('service-card');
      await card
        .getByTestId('service-ticket')
        .getByText('T-000001 · La bomba pierde presión')
        .waitFor();
      await card.getByTestId('service-csat-score').getByText('5 / 5').waitFor();
      await card.getByText('“Muy buena atención.”').waitFor();
      const visit = card.getByTestId('visit-item');
      await visit.getByTestId('visit-state').getByText('Planned').waitFor();
      await visit.getByText('Call', { exact: true }).waitFor();
      await visit.getByText(/After T-000001 · Due \d{4}-\d{2}-\d{2} \(their calendar\)/).waitFor();
      await shot(page, 'service-card');
      const customerUrl = page.url();

      // The same visit is on Today beside the inbox, and its outcome can be recorded there.
      await page.goto(base);
      const today = page.getByTestId('visits-card');
      await today.getByText('Bombas del Bajío').waitFor();
      await shot(page, 'visits-card-today');
      await today.getByTestId('visit-record').click();
      await page.locator('.ant-radio-button-wrapper', { hasText: 'Yes' }).click();
      await page.getByTestId('visit-outcome-note').fill('Todo bien, cliente contento.');
      await page.getByTestId('visit-outcome-save').click();
      await page.getByText('Outcome recorded on the timeline').waitFor();

      // The rules page, in Chinese, on a phone.
      const phone = await b.browser.newPage({
        locale: 'zh-CN',
        viewport: { width: 375, height: 812 },
      });
      phone.on('pageerror', (err) => crashes.push(err.message));
      await phone.context().addCookies(await page.context().cookies());
      await phone.goto(`${base}/admin/visit-rules`);
      await phone.getByRole('heading', { name: '回访规则' }).waitFor();
      await phone.getByText('工单解决后 3 个工作日电话回访').waitFor();
      expect(await noSideScroll(phone)).toBe(0);
      await shot(phone, 'visit-rules-phone-zh');
      // The customer page on a phone, in Chinese: the service card with the call done.
      await phone.goto(customerUrl);
      const phoneCard = phone.getByTestId('service-card');
      await phoneCard.getByTestId('visit-state').getByText('已完成').waitFor();
      await phoneCard.getByText('✓ Problem gone?').waitFor();
      expect(await noSideScroll(phone)).toBe(0);
      await shot(phone, 'service-card-phone-zh');
      expect(crashes).toEqual([]);
    },
  );
});
