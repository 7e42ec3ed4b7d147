import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { followUpsRepository } from '../../src/modules/relationship/follow-ups.repository.ts';
import { browserRunnable } from '../support/browser.ts';
import { manualFollowUp } from '../support/follow-up-rows.ts';
import { signIn, startBrowserApp, type BrowserApp } from '../support/browser-app.ts';

const ADMIN = {
  email: 'admin@inbox-pages.test',
  name: 'Chen Jing',
  role: 'admin',
  password: 'e2e-password-731',
} as const;
const OVERDUE = 13;
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

// Issue #10 in the browser: an admin's inbox spans the workspace, so it comes a page at a time.
// Its totals count every follow-up due, and "show more" adds the next page until none is left.
describe.skipIf(!browserRunnable)('browser: the inbox a page at a time', () => {
  let b: BrowserApp;
  beforeAll(async () => {
    b = await startBrowserApp({
      workspace: 'Inbox Pages Export',
      user: ADMIN,
      seed: async ({ db, scope, services }) => {
        const customer = await services.customers.create(scope, {
          name: 'Kraków Valves Sp. z o.o.',
          country: 'PL',
          stage: 'customer',
        });
        const rows = Array.from({ length: OVERDUE }, (_, i) =>
          manualFollowUp({
            workspace_id: scope.workspaceId,
            customer_id: customer.id,
            assignee_id: scope.userId,
            due_date: daysAgo(10 + i),
            note: `Overdue ${i}`,
          }),
        );
        await followUpsRepository.insertMany(db, rows);
      },
    });
  }, 240_000);
  afterAll(() => b?.close());

  it(
    'shows the totals and the first ten, then the rest on "show more"',
    { timeout: 120_000 },
    async () => {
      const { page, base } = b;
      await signIn(page, base, ADMIN.email, ADMIN.password);
      const totals = page.getByTestId('inbox-totals');
      await totals.waitFor();
      expect(await totals.innerText()).toBe(`0 due today · ${OVERDUE} overdue`);
      await expect.poll(() => page.getByTestId('inbox-item').count()).toBe(10);
      // Overdue, oldest first: the first is the one due 22 days ago.
      expect(await page.getByTestId('inbox-item').first().innerText()).toContain(
        daysAgo(10 + OVERDUE - 1),
      );
      const more = page.getByTestId('inbox-show-more');
      expect(await more.innerText()).toBe('Show 3 more (3 left)');
      await more.click();
      await expect.poll(() => page.getByTestId('inbox-item').count()).toBe(OVERDUE);
      await more.waitFor({ state: 'detached' });
      expect(await page.getByTestId('inbox-item').last().innerText()).toContain(daysAgo(10));

      await page.getByTestId('language-switch').getByText('中文').click();
      await expect.poll(() => totals.innerText()).toBe(`今天到期 0 条 · 逾期 ${OVERDUE} 条`);
    },
  );
});
