import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserRunnable } from '../support/browser.ts';
import { signIn, startBrowserApp, type BrowserApp } from '../support/browser-app.ts';
import { shot } from '../support/screenshot.ts';

const MANAGER = {
  email: 'manager@engagement.test',
  name: 'Wang Fang',
  role: 'manager',
  password: 'e2e-password-742',
} as const;

const noSidewaysScroll = (page: Page) =>
  expect
    .poll(() =>
      page.evaluate<number[]>('[document.documentElement.scrollWidth, window.innerWidth]'),
    )
    .toEqual([390, 390]);

// Issue #19: a stakeholder's page at phone width, in English and Chinese: log a meeting on the
// timeline, plan a follow-up in business days of Mozambique and tick it done.
describe.skipIf(!browserRunnable)('browser: a stakeholder’s timeline and plan', () => {
  let b: BrowserApp;
  let id = '';
  let incidentId = '';
  beforeAll(async () => {
    b = await startBrowserApp({
      workspace: 'Engagement Pumps Export',
      user: MANAGER,
      seed: async ({ scope, services }) => {
        const s = await services.stakeholders.create(scope, {
          country: 'MZ',
          name: 'Ministry of Public Works',
          kind: 'government_ministry',
          influence: 5,
          stance: 0,
        });
        id = s.id;
        // Two changes of stance, for the chart of its history.
        await services.stakeholders.update(scope, id, { stance: -1, stanceNote: 'Tender delays' });
        await services.stakeholders.update(scope, id, { stance: 1, stanceNote: 'Training agreed' });
        const mention = (title: string) =>
          services.mentions.create(scope, {
            country: 'MZ',
            title,
            source: 'Notícias',
            language: 'pt',
            publishedOn: '2026-11-30',
            sentiment: 'negative',
          });
        const first = await mention('Bomba rachada numa estação de Maputo');
        await mention('Fornecedor promete investigar a bomba rachada');
        const incident = await services.incidents.create(scope, {
          title: 'Pump housing cracked in Maputo',
          kind: 'product_safety',
          severity: 'high',
          countries: ['MZ'],
          mentionIds: [first.id],
        });
        incidentId = incident.id;
        await services.customers.create(scope, { name: 'Durban Water Works', country: 'ZA' });
      },
    });
    await signIn(b.page, b.base, MANAGER.email, MANAGER.password);
  }, 240_000);
  afterAll(() => b?.close());

  it('logs a meeting and plans a follow-up, en and zh-CN', { timeout: 120_000 }, async () => {
    const { page, base } = b;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${base}/stakeholders?country=MZ`);
    await page.getByTestId('stakeholder-row').first().click();
    await page.waitForURL(new RegExp(`/stakeholders/${id}$`));
    await page.getByRole('heading', { name: /Ministry of Public Works/ }).waitFor();
    await page.getByText('Stance over time').waitFor();
    await page.getByTestId('stance-chart').locator('canvas').waitFor();

    await page.getByTestId('interaction-summary').fill('Met the national director of water');
    await page.getByTestId('interaction-people').fill('Eng. Nhantumbo');
    await page.getByTestId('interaction-save').click();
    await page
      .getByTestId('interaction-row')
      .filter({ hasText: 'Met the national director' })
      .waitFor();
    await page.getByText('With: Eng. Nhantumbo').waitFor();

    // A title is required: the form says so and nothing is planned.
    await page.getByTestId('plan-save').click();
    await page.getByText('Say what to do').waitFor();
    await page.getByTestId('plan-title').fill('Send the training programme');
    await page.getByText('In business days').click();
    await page.getByTestId('plan-days').fill('3');
    await page.getByTestId('plan-save').click();
    const row = page.getByTestId('plan-row').filter({ hasText: 'Send the training programme' });
    await row.getByText(/^Due \d{4}-\d\d-\d\d$/).waitFor();
    await row.getByText(/business days after .* in Mozambique/).waitFor();
    await shot(page, 'stakeholder-engagement-phone');
    await noSidewaysScroll(page);
    await row.getByTestId('plan-done').click();
    await row.getByText('Done', { exact: true }).waitFor();

    await page.setViewportSize({ width: 1440, height: 900 });
    await page.getByText('中文', { exact: true }).click();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByText('沟通计划').waitFor();
    await page.getByText('时间线').first().waitFor();
    await row.getByText('已完成').waitFor();
    await row.getByText(/莫桑比克/).waitFor();
    await page.getByText('由 Wang Fang 记录').waitFor();
    await page.getByText('态度走势').waitFor();
    await page.getByTestId('stance-chart').locator('canvas').waitFor();
    await shot(page, 'stakeholder-engagement-phone-zh');
    await noSidewaysScroll(page);
  });

  it(
    'lists an incident’s mentions and links another, zh-CN and en',
    { timeout: 120_000 },
    async () => {
      const { page, base } = b;
      // Chinese since the first test chose it (kept on the account).
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`${base}/incidents/${incidentId}`);
      await page.getByText('关联的舆情').waitFor();
      await expect.poll(() => page.getByTestId('incident-mention').count()).toBe(1);
      await page.getByTestId('incident-mention-pick').click();
      await page.getByText('2026-11-30 · Fornecedor promete investigar a bomba rachada').click();
      await page.getByTestId('incident-mention-link').click();
      await expect.poll(() => page.getByTestId('incident-mention').count()).toBe(2);
      await page.getByText('已关联舆情：Fornecedor promete investigar a bomba rachada').waitFor();
      await noSidewaysScroll(page);

      await page.setViewportSize({ width: 1440, height: 900 });
      await page.getByText('English', { exact: true }).click();
      await page.setViewportSize({ width: 390, height: 844 });
      await page.getByText('Linked mentions').waitFor();
      await shot(page, 'incident-mentions-phone');
      await noSidewaysScroll(page);

      // The mention shows its incident on the reputation page.
      await page.goto(`${base}/reputation?country=MZ`);
      const row = page.getByTestId('mention-row').filter({ hasText: 'Fornecedor promete' });
      await row.getByText('Incident: Pump housing cracked in Maputo').click();
      await page.waitForURL(new RegExp(`/incidents/${incidentId}$`));
    },
  );

  it(
    'links a customer to the incident at phone width, en and zh-CN',
    { timeout: 120_000 },
    async () => {
      const { page, base } = b;
      // English since the test before chose it.
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`${base}/incidents/${incidentId}`);
      await page.getByText('No customers linked yet.').waitFor();
      await page.getByTestId('incident-customer-pick').locator('.ant-select').click();
      await page.getByText('Durban Water Works · ZA').click();
      await page.getByTestId('incident-customer-link').click();
      await expect.poll(() => page.getByTestId('incident-customer').count()).toBe(1);
      await page.getByText('Customer linked: Durban Water Works').waitFor();
      await shot(page, 'incident-customers-phone');
      await noSidewaysScroll(page);

      await page.setViewportSize({ width: 1440, height: 900 });
      await page.getByText('中文', { exact: true }).click();
      await page.setViewportSize({ width: 390, height: 844 });
      await page.getByText('关联的客户').waitFor();
      await page.getByText('已关联客户：Durban Water Works').waitFor();
      await page.getByTestId('incident-customer-unlink').click();
      await page.locator('.ant-popconfirm .ant-btn-primary').click();
      await page.getByText('尚未关联客户。').waitFor();
      await shot(page, 'incident-customers-phone-zh');
      await noSidewaysScroll(page);
    },
  );
});
