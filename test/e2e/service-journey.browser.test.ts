import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserRunnable } from '../support/browser.ts';
import { signIn, startBrowserApp, type BrowserApp } from '../support/browser-app.ts';
import { shot } from '../support/screenshot.ts';
import { insertUser } from '../../src/modules/users/users.service.ts';

const USER = {
  email: 'service@e2e.test',
  name: 'Chen Jing',
  role: 'admin',
  password: 'e2e-password-316',
} as const;
// The desk: a service agent (role `agent`) in the support team the public form's tickets go to.
const AGENT = {
  email: 'agent@e2e.test',
  name: 'Marta Ruiz',
  role: 'agent',
  password: 'e2e-password-417',
} as const;

const noSideScroll = (page: Page) =>
  page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');

// The service journey of issue #16 end to end: a Spanish-speaking contact opens a ticket through
// the public form, a service agent of the support desk answers, the contact replies through the
// portal link, the agent solves it, the contact rates it 5 through the CSAT link (the agent sees
// the rating on the ticket), and the customer page's service card shows the ticket, the rating
// and the follow-up call the workspace's rule planned (回访). The form's tickets reach the desk by
// the policy's follow-the-sun routing to its one support team.
describe.skipIf(!browserRunnable)('browser: the service journey', () => {
  let b: BrowserApp;
  let contact: Page;
  let agent: Page;
  let workspaceId = '';
  beforeAll(async () => {
    b = await startBrowserApp({
      workspace: 'Bombas Chuhai Export',
      user: USER,
      seed: async ({ db, scope, services }) => {
        workspaceId = scope.workspaceId;
        const desk = await insertUser(db, scope.workspaceId, scope.userId, { ...AGENT });
        const team = await services.supportTeams.create(scope, {
          name: 'Soporte LATAM',
          country: 'MX',
          timeZone: 'America/Mexico_City',
          hours: { start: '08:00', end: '18:00' },
          memberIds: [desk.id],
        });
        await services.sla.create(scope, {
          name: 'Soporte por la web',
          calendar: 'customer',
          hours: { start: '09:00', end: '18:00' },
          firstResponseMinutes: 240,
          resolutionMinutes: 2400,
          nextResponseMinutes: 240,
          routing: 'follow_sun',
          routingTeamIds: [team.id],
        });
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
    agent = await b.browser.newPage({ locale: 'en-US', viewport: { width: 1440, height: 900 } });
    await signIn(agent, b.base, AGENT.email, AGENT.password);
  }, 240_000);
  afterAll(() => b?.close());

  it(
    'runs from the public form to the follow-up visit on the customer page',
    { timeout: 240_000 },
    async () => {
      const { page, base } = b;
      const crashes: string[] = [];
      for (const p of [page, contact, agent]) p.on('pageerror', (err) => crashes.push(err.message));

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

      // The agent finds it in the desk's queue and answers publicly.
      await agent.goto(`${base}/tickets`);
      await agent.getByText(/T-000001 · La bomba pierde presión/).click();
      await agent.waitForURL(/\/tickets\/[^/]+$/);
      const ticketId = agent.url().split('/').pop()!;
      await agent.locator('.ant-radio-button-wrapper', { hasText: 'Reply to customer' }).click();
      await agent.getByTestId('comment-body').fill('Hola Lucía, revise la válvula de retención.');
      await agent.getByTestId('comment-send').click();
      await agent.getByTestId('comment-public').getByText('válvula de retención').waitFor();

      // The contact replies through the portal link.
      await contact.goto(portalUrl);
      await contact.getByTestId('portal-messages').getByText('válvula de retención').waitFor();
      await contact.getByTestId('portal-reply').fill('Gracias, la cambiamos y ya funciona.');
      await contact.getByTestId('portal-send').click();
      await contact.getByTestId('portal-messages').getByText('ya funciona').waitFor();

      // The agent sees the reply (the customer now waits for a next response) and solves the
      // ticket: the CSAT survey and the follow-up call are planned in the same change.
      await agent.reload();
      await agent.getByTestId('comment-public').getByText('ya funciona').waitFor();
      await agent.getByTestId('ticket-sla').getByText('Next response').waitFor();
      await agent.getByTestId('ticket-status').click();
      await agent
        .locator('.ant-select-item-option')
        .filter({ hasText: /^Solved$/ })
        .click();
      await agent.getByTestId('ticket-csat').waitFor();
      const link = await agent.evaluate<string, string>(
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

      // The agent sees the rating on the ticket; the sales side stays closed to them.
      await agent.reload();
      await agent.getByTestId('ticket-csat').getByText('5 / 5').waitFor();
      const customers = await agent.evaluate<number>(
        async () => (await fetch('/api/v1/customers')).status,
      );
      expect(customers).toBe(403);

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
      // The timeline beside it: the ticket opened and solved, and the CSAT answer as a survey
      // touch in the customer's own words.
      const events = page
        .getByTestId('ticket-event')
        .filter({ hasText: 'T-000001 · La bomba pierde presión' });
      await events.filter({ hasText: 'Ticket opened' }).waitFor();
      await events.filter({ hasText: 'Ticket solved' }).waitFor();
      await page
        .getByTestId('activity-item')
        .filter({ has: page.getByTestId('activity-survey') })
        .filter({ hasText: 'Muy buena atención.' })
        .waitFor();
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
