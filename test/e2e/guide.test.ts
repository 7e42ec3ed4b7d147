import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserRunnable, launchChromium, listenLocal } from '../support/browser.ts';
import { buildApp } from '../../src/app/http-app.ts';
import { createContainer } from '../../src/app/container.ts';
import type { App } from '../../src/http/types.ts';
import { DEMO_PASSWORD, seedDemo } from '../../src/seed/demo.ts';
import { ensureWebBuilt } from '../../src/server/web-build.ts';
import { en } from '../../web/src/i18n/en.ts';
import { zhCN } from '../../web/src/i18n/zh-CN.ts';
import { createTestDatabase, type TestDatabase } from '../support/databases.ts';

// `npm run screenshots` sets this; a normal run walks the same steps and writes nothing.
const SAVE = process.env.SCREENSHOTS === '1';
// antd spaces out a two-character Chinese button label (登 录).
const spaced = (label: string) => new RegExp(`^${[...label].join('\\s?')}$`);
const LANGS = [
  { locale: 'en', dir: 'en', m: en },
  { locale: 'zh-CN', dir: 'zh', m: zhCN },
] as const;

/**
 * The walk of `docs/guide.md`: a rep's and a manager's day on the demo workspace, in both
 * languages. Each step waits for what the guide says the reader will see; with SCREENSHOTS=1 it
 * also writes the guide's pictures to docs/screenshots/<lang>/.
 */
describe.skipIf(!browserRunnable)('the user guide’s walk through the demo workspace', () => {
  let database: TestDatabase;
  let app: App;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    const webDist = await ensureWebBuilt(() => {});
    database = await createTestDatabase('sqlite');
    const services = createContainer(database.db);
    // The guide's pictures show the full demo book; the check alone needs only a few customers.
    await seedDemo(database.db, { services, customers: SAVE ? 360 : 60, withActivities: true });
    app = await buildApp({ db: database.db, container: services, secret: 'g'.repeat(40), webDist });
    base = await listenLocal(app);
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await database?.drop();
  });

  for (const { locale, dir, m } of LANGS) {
    it(`walks a rep’s and a manager’s day in ${locale}`, async () => {
      const context = await browser.newContext({
        locale,
        viewport: { width: 1280, height: 800 },
        // The reader works from the Shanghai office, as the demo company does.
        timezoneId: 'Asia/Shanghai',
      });
      await context.addInitScript(`localStorage.setItem('chuhai.locale', '${locale}')`);
      const page = await context.newPage();
      const crashes: string[] = [];
      page.on('pageerror', (err) => crashes.push(err.message));
      const shot = async (name: string) => {
        if (!SAVE) return;
        mkdirSync(`docs/screenshots/${dir}`, { recursive: true });
        await page.waitForLoadState('networkidle');
        await page.screenshot({ path: `docs/screenshots/${dir}/${name}.png` });
      };
      const heading = (text: string) =>
        page.getByRole('heading', { name: text, exact: true }).first().waitFor();
      const signIn = async (email: string) => {
        await context.clearCookies();
        await page.goto(base);
        await page.getByLabel(m.login.email).fill(email);
        await page.getByLabel(m.login.password).fill(DEMO_PASSWORD);
        await page.getByRole('button', { name: spaced(m.login.submit) }).click();
        await heading(m.dashboard.title);
      };

      // A rep's morning: Today, the customer list, one customer's culture and calendar.
      await signIn('rep1@demo.chuhai.dev');
      // The header says who is signed in on one line (the name once wrapped under the avatar).
      const who = await page.getByTestId('user-menu').boundingBox();
      expect(who?.height ?? 99).toBeLessThanOrEqual(32);
      await page.getByTestId('user-menu').getByText('Zhang Min').waitFor();
      // "Gone cold" keeps its title; its long hint goes in the card's body, not beside it.
      await page.getByText(m.relationship.cold, { exact: true }).waitFor();
      await shot('today');
      await page.goto(`${base}/customers`);
      await heading(m.customers.title);
      await page.getByTestId('customer-link').first().waitFor();
      await shot('customers');
      await page.getByTestId('customer-link').first().click();
      await page.getByTestId('customer-title').waitFor();
      await shot('customer');
      await page.getByTestId('log-call').click();
      await page.getByTestId('activity-save').waitFor();
      await shot('log-touch');
      await page.getByTestId('activity-save').click();
      await page.getByTestId('activity-item').first().waitFor();

      await page.goto(`${base}/countries/SA`);
      await page.getByTestId('country-title').waitFor();
      await shot('country');

      await page.goto(`${base}/import`);
      await heading(m.imports.title);
      await shot('import');
      await page.goto(`${base}/segments`);
      await heading(m.segments.title);
      await shot('segments');

      // A manager's review: the team's Today, duplicates, orders and value.
      await signIn('manager.west@demo.chuhai.dev');
      await shot('today-manager');
      await page.goto(`${base}/duplicates`);
      await heading(m.duplicates.title);
      await shot('duplicates');
      await page.goto(`${base}/value`);
      await heading(m.value.title);
      await shot('value');
      expect(crashes).toEqual([]);
      await context.close();
    }, 180_000);
  }
});
