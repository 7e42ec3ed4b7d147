import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserRunnable } from '../support/browser.ts';
import { signIn, startBrowserApp, type BrowserApp } from '../support/browser-app.ts';
import { shot } from '../support/screenshot.ts';

// Admin → Campaign delivery at phone width: the approval threshold is changed and
// saved, the bounced addresses are searched (reason and date shown) and one is taken off.
describe.skipIf(!browserRunnable)('browser: campaign delivery settings on a phone', () => {
  let b: BrowserApp;
  beforeAll(async () => {
    b = await startBrowserApp({
      workspace: 'Delivery Co.',
      viewport: { width: 390, height: 844 },
      user: { email: 'ops@e2e.test', name: 'Wang Li', role: 'admin', password: 'e2e-password-123' },
      seed: async ({ db, scope }) => {
        for (const [address, day] of [
          ['gone@werk.example', 3],
          ['full@lisboa.example', 2],
        ] as const)
          await db
            .insertInto('bounced_addresses')
            .values({
              workspace_id: scope.workspaceId,
              address,
              status: '5.1.1',
              diagnostic: `550 5.1.1 <${address}>: Recipient address rejected: User unknown`,
              campaign_id: null,
              contact_id: null,
              bounced_at: new Date(Date.UTC(2026, 10, day, 8)).toISOString(),
            })
            .execute();
      },
    });
    await signIn(b.page, b.base, 'ops@e2e.test', 'e2e-password-123');
  }, 240_000);
  afterAll(async () => {
    await b?.close();
  });

  it('saves the threshold, searches and removes a bounced address', async () => {
    const { page, base, database } = b;
    await page.goto(`${base}/admin/campaign-delivery`);
    await page.getByText('Approval threshold').first().waitFor();
    const input = page.getByTestId('threshold-input');
    await expect.poll(() => input.inputValue()).toBe('500');
    await input.fill('2000');
    await page.getByTestId('threshold-save').click();
    await page.getByText('Approval threshold saved').waitFor();
    const saved = await database.db
      .selectFrom('campaign_settings')
      .selectAll()
      .executeTakeFirstOrThrow();
    expect(saved).toMatchObject({ approval_threshold: 2000 });

    const items = page.getByTestId('suppression-item');
    await expect.poll(() => items.count()).toBe(2);
    await page.getByTestId('suppression-search').locator('input').fill('lisboa');
    await page.getByTestId('suppression-search').locator('input').press('Enter');
    await expect.poll(() => items.count()).toBe(1);
    await items.first().getByText('User unknown', { exact: false }).waitFor();
    // Nothing is wider than the phone.
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(
      390,
    );
    await shot(page, 'campaign-delivery-phone');
    await items.first().getByTestId('suppression-remove').click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: 'Remove' }).click();
    await page.getByText('full@lisboa.example can be mailed again').waitFor();
    await page.getByText('No bounced address matches the search.').waitFor();
    const left = await database.db.selectFrom('bounced_addresses').select('address').execute();
    expect(left.map((r) => r.address)).toEqual(['gone@werk.example']);
  }, 150_000);
});
