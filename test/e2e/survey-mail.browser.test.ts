import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app/http-app.ts';
import type { App } from '../../src/http/types.ts';
import { seedDemo } from '../../src/seed/demo.ts';
import { ensureWebBuilt } from '../../src/server/web-build.ts';
import { browserRunnable, launchChromium, listenLocal, signInDemo } from '../support/browser.ts';
import { createTestDatabase, type TestDatabase } from '../support/databases.ts';

// The NPS rounds page's Survey mail card on the demo seed: nothing is mailed until an admin
// chooses an SMTP account (the demo's marketing relay); in English at a phone's width and Chinese.
describe.skipIf(!browserRunnable)('browser: survey mail settings', () => {
  let database: TestDatabase;
  let app: App;
  let browser: Browser;
  let base: string;
  const crashes: string[] = [];

  beforeAll(async () => {
    const webDist = await ensureWebBuilt(() => {});
    database = await createTestDatabase('sqlite');
    await seedDemo(database.db, { customers: 30 });
    app = await buildApp({ db: database.db, secret: 'survey-mail-secret-survey-mail-1', webDist });
    base = await listenLocal(app);
    browser = await launchChromium();
  }, 240_000);

  afterAll(async () => {
    expect(crashes).toEqual([]);
    await browser?.close();
    await app?.close();
    await database?.drop();
  });

  async function open(locale: string, width: number) {
    const page = await browser.newPage({ locale, viewport: { width, height: 900 } });
    page.setDefaultTimeout(30_000);
    page.on('pageerror', (err) => crashes.push(err.message));
    return page;
  }

  it(
    'says nothing is mailed, then the admin chooses the account (English, phone width)',
    { timeout: 120_000 },
    async () => {
      const page = await open('en-US', 390);
      await signInDemo(page, base, 'Today');
      await page.goto(`${base}/surveys`);
      const card = page.getByTestId('survey-mail');
      await card
        .getByText('No SMTP account is chosen: survey links are not mailed.', { exact: false })
        .waitFor();
      await page.getByTestId('survey-mail-account').click();
      await page.getByText('营销中继 Marketing relay <news@demo.chuhai.dev>').click();
      await page.getByTestId('survey-mail-save').click();
      await card
        .getByText('are mailed through 营销中继 Marketing relay <news@demo.chuhai.dev>', {
          exact: false,
        })
        .waitFor();
      const stored = await database.db
        .selectFrom('service_settings')
        .select('survey_smtp_account_id')
        .executeTakeFirstOrThrow();
      expect(stored.survey_smtp_account_id).toBeTruthy();
      expect(
        await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth'),
      ).toBeLessThanOrEqual(0);
      await page.close();
    },
  );

  it('reads in Chinese', { timeout: 120_000 }, async () => {
    const page = await open('zh-CN', 1280);
    await signInDemo(page, base, '今日概览');
    await page.goto(`${base}/surveys`);
    await page.getByTestId('survey-mail').getByText('问卷邮件', { exact: true }).waitFor();
    await page
      .getByText('通过 营销中继 Marketing relay <news@demo.chuhai.dev> 发邮件', { exact: false })
      .waitFor();
    await page.close();
  });
});
