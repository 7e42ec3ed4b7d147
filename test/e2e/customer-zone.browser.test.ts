import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserRunnable, launchChromium, listenLocal } from '../support/browser.ts';
import { createContainer } from '../../src/app/container.ts';
import { buildApp } from '../../src/app/http-app.ts';
import { ensureWebBuilt } from '../../src/server/web-build.ts';
import type { App } from '../../src/http/types.ts';
import { AuthService } from '../../src/modules/auth/auth.service.ts';
import { createTestDatabase, type TestDatabase } from '../support/databases.ts';
import { insertUser } from '../../src/modules/users/users.service.ts';
import { workspacesRepository } from '../../src/modules/workspaces/workspaces.repository.ts';

// Issue #11: a Brazilian customer with nothing but the country shows São Paulo time, said to be
// assumed and what to fill in, in English and in Chinese; one in Campinas says it came from the city.
describe.skipIf(!browserRunnable)(
  'browser: an assumed time zone says so on the customer page',
  () => {
    let database: TestDatabase;
    let app: App;
    let browser: Browser;
    let page: Page;
    let base: string;
    let assumedId: string;
    let campinasId: string;

    beforeAll(async () => {
      const webDist = await ensureWebBuilt(() => {});
      database = await createTestDatabase('sqlite');
      const ws = await workspacesRepository.create(database.db, 'Zone Export Co.');
      const user = await insertUser(database.db, ws.id, null, {
        email: 'rep@zones.test',
        name: 'Li Na',
        role: 'rep',
        password: 'zones-password-123',
      });
      const scope = await new AuthService(database.db).scopeFor(ws.id, user.id);
      if (!scope) throw new Error('no scope');
      const customers = createContainer(database.db).customers;
      assumedId = (await customers.create(scope, { name: 'Sem Pista Ltda', country: 'BR' })).id;
      campinasId = (
        await customers.create(scope, { name: 'Campinas Agro', country: 'BR', city: 'Campinas' })
      ).id;
      app = await buildApp({ db: database.db, secret: 'zones-secret-zones-secret-zones', webDist });
      base = await listenLocal(app);
      browser = await launchChromium();
      page = await browser.newPage({ locale: 'en-US', viewport: { width: 1440, height: 900 } });
    }, 180_000);

    afterAll(async () => {
      await browser?.close();
      await app?.close();
      await database?.drop();
    });

    it('shows the assumed zone and what to set, in both languages', async () => {
      await page.goto(base);
      await page.getByLabel('Email').fill('rep@zones.test');
      await page.getByLabel('Password').fill('zones-password-123');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('heading', { name: 'Today' }).waitFor();

      await page.goto(`${base}/customers/${assumedId}`);
      const assumed = page.getByTestId('zone-assumed');
      await expect
        .poll(() => assumed.allTextContents(), { timeout: 15_000 })
        .toContain('Assumed: São Paulo time — set the state to be sure');
      // the local time card shows the customer's clock instead of "unknown"
      await page.getByTestId('local-time').waitFor();
      mkdirSync('test-results', { recursive: true });
      await page.screenshot({ path: 'test-results/zone-assumed-en.png' });

      await page.getByTestId('language-switch').getByText('中文').click();
      await expect
        .poll(() => assumed.allTextContents(), { timeout: 15_000 })
        .toContain('推测为圣保罗时间——填写州/省即可确认');

      await page.goto(`${base}/customers/${campinasId}`);
      await expect
        .poll(() => page.getByTestId('zone-source').allTextContents(), { timeout: 15_000 })
        .toContain('按城市推断');
      expect(await page.getByTestId('zone-assumed').count()).toBe(0);
    }, 120_000);
  },
);
