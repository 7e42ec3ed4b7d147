import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserRunnable, launchChromium, listenLocal } from '../support/browser.ts';
import { buildApp } from '../../src/app/http-app.ts';
import { createContainer } from '../../src/app/container.ts';
import { ensureWebBuilt } from '../../src/server/web-build.ts';
import type { App } from '../../src/http/types.ts';
import { AuthService } from '../../src/modules/auth/auth.service.ts';
import { insertUser } from '../../src/modules/users/users.service.ts';
import { workspacesRepository } from '../../src/modules/workspaces/workspaces.repository.ts';
import { createTestDatabase, type TestDatabase } from '../support/databases.ts';

describe.skipIf(!browserRunnable)(
  'browser: duplicates are paged, said in words, and dismissed',
  () => {
    let database: TestDatabase;
    let app: App;
    let browser: Browser;
    let page: Page;
    let base: string;

    beforeAll(async () => {
      const webDist = await ensureWebBuilt(() => {});
      database = await createTestDatabase('sqlite');
      const ws = await workspacesRepository.create(database.db, 'E2E Dupes Co.');
      const rep = await insertUser(database.db, ws.id, null, {
        email: 'dupes@e2e.test',
        name: 'Li Na',
        role: 'rep',
        password: 'e2e-password-123',
      });
      const scope = (await new AuthService(database.db).scopeFor(ws.id, rep.id))!;
      const services = createContainer(database.db);
      // 21 pairs on one website each, and the Al Rajhi branches that must not make a 22nd.
      for (let i = 1; i <= 21; i++)
        for (const name of [`Gulf Pipes ${i} LLC`, `GULF PIPES ${i}`])
          await services.customers.create(scope, {
            name,
            country: 'AE',
            domain: `gulfpipes${i}.ae`,
          });
      for (const [name, domain] of [
        ['Al Rajhi Trading', 'alrajhi.sa'],
        ['Al Rajhi Trading Dammam', 'alrajhi-dammam.sa'],
      ] as const)
        await services.customers.create(scope, {
          name,
          nativeName: 'الراجحي للتجارة',
          country: 'SA',
          domain,
        });
      app = await buildApp({
        db: database.db,
        secret: 'e2e-secret-e2e-secret-e2e-secret',
        webDist,
      });
      base = await listenLocal(app);
      browser = await launchChromium();
      page = await browser.newPage({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    }, 180_000);

    afterAll(async () => {
      await browser?.close();
      await app?.close();
      await database?.drop();
    });

    it('shows 20 pairs a page with sentences, not keys, and hides a dismissed pair', async () => {
      const crashes: string[] = [];
      page.on('pageerror', (err) => crashes.push(err.message));
      await page.goto(base);
      await page.getByLabel('Email').fill('dupes@e2e.test');
      await page.getByLabel('Password').fill('e2e-password-123');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('heading', { name: 'Today' }).waitFor();

      await page.goto(`${base}/duplicates`);
      await page.getByText('21 pairs').waitFor();
      const pairs = page.getByTestId('duplicate-pair');
      expect(await pairs.count()).toBe(20);
      await page.getByText('Same website domain gulfpipes1.ae').waitFor();
      expect(await page.getByText('Al Rajhi').count()).toBe(0);
      expect(await page.locator('body').textContent()).not.toMatch(/AE:|SA:/);

      await page.locator('.ant-pagination-item-2').click();
      await expect.poll(() => pairs.count(), { timeout: 10_000 }).toBe(1);

      await pairs.first().getByRole('button', { name: 'Not a duplicate' }).click();
      await page.locator('.ant-popconfirm').getByRole('button', { name: 'Yes' }).click();
      await page.getByText('Marked as not a duplicate.').waitFor();
      // The last page emptied: the list steps back to page 1, now of 20.
      await page.getByText('20 pairs').waitFor();
      await expect.poll(() => pairs.count(), { timeout: 10_000 }).toBe(20);

      await page.getByTestId('language-switch').getByText('中文').click();
      await page.getByRole('heading', { name: '重复客户' }).waitFor();
      await page.getByText('同一网站域名 gulfpipes1.ae').waitFor();
      await page.getByText('共 20 对').waitFor();
      await page.screenshot({ path: 'test-results/duplicates-paged-zh.png' });
      expect(crashes).toEqual([]);
    }, 120_000);
  },
);
