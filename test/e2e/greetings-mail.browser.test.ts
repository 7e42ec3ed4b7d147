import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContainer } from '../../src/app/container.ts';
import { buildApp } from '../../src/app/http-app.ts';
import { demoScope } from '../../src/domain/scope.ts';
import type { App } from '../../src/http/types.ts';
import { DEMO_PASSWORD, seedDemo } from '../../src/seed/demo.ts';
import { ensureWebBuilt } from '../../src/server/web-build.ts';
import { browserRunnable, launchChromium, listenLocal } from '../support/browser.ts';
import { createTestDatabase, type TestDatabase } from '../support/databases.ts';

const PHONE = { width: 390, height: 844 };
const REP = 'rep1@demo.chuhai.dev';
const SECRET = 'greeting-secret-greeting-secret-1';

/** Nothing to scroll sideways on the phone (as test/e2e/phone.test.ts checks). */
async function expectFits(page: Page, where: string) {
  const { scrollWidth } = await page.evaluate<{ scrollWidth: number }>(
    '({ scrollWidth: document.documentElement.scrollWidth })',
  );
  expect(scrollWidth, `${where}: page is ${scrollWidth}px wide`).toBe(PHONE.width);
}

describe.skipIf(!browserRunnable)('greetings: schedule one as an email on a phone', () => {
  let database: TestDatabase;
  let app: App;
  let browser: Browser;
  let page: Page;
  let base: string;
  let repId: string;
  const crashes: string[] = [];

  beforeAll(async () => {
    const webDist = await ensureWebBuilt(() => {});
    database = await createTestDatabase('sqlite');
    const { workspaceId } = await seedDemo(database.db, { customers: 60 });
    const container = createContainer(database.db, { secret: SECRET });
    const rep = await database.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', REP)
      .executeTakeFirstOrThrow();
    repId = rep.id;
    // The rep's own mailbox on .invalid servers: scheduled, never sent.
    await container.mailboxes.create(
      { ...demoScope(workspaceId), userId: rep.id },
      {
        address: 'rep1@demo.chuhai.dev',
        imapHost: 'imap.demo-mail.invalid',
        imapPort: 993,
        imapTls: 'tls',
        imapUsername: 'rep1',
        imapPassword: 'demo-not-a-real-password',
        smtpHost: 'smtp.demo-mail.invalid',
        smtpPort: 465,
        smtpTls: 'tls',
        smtpUsername: 'rep1',
        smtpPassword: 'demo-not-a-real-password',
        syncSince: '2026-01-01',
      },
    );
    app = await buildApp({ db: database.db, secret: SECRET, webDist, container });
    base = await listenLocal(app);
    browser = await launchChromium();
    const context = await browser.newContext({
      locale: 'en-US',
      viewport: PHONE,
      isMobile: true,
      hasTouch: true,
      timezoneId: 'Asia/Shanghai',
    });
    page = await context.newPage();
    page.setDefaultTimeout(30_000);
    page.on('pageerror', (err) => crashes.push(err.message));
    await page.goto(base);
    await page.getByLabel('Email').fill(REP);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Today' }).waitFor();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await database?.drop();
  });

  it('shows when the mail arrives in their time and ours, in English and Chinese, and cancels', async () => {
    // Today's card offers the email beside the follow-up for an occasion of one customer.
    await page.getByTestId('greetings-card').waitFor();
    await page.getByTestId('greetings-card').scrollIntoViewIfNeeded();
    await expectFits(page, 'Today with the greetings card');
    await page.goto(`${base}/greetings`);
    const buttons = page.getByTestId('greeting-mail');
    await buttons.first().waitFor();
    const note = page.getByTestId('greeting-mail-note');
    // The first customer whose contact has an address (a contact without one is told so).
    for (let i = 0; i < Math.min(await buttons.count(), 8); i++) {
      await buttons.nth(i).click();
      await Promise.race([
        note.first().waitFor(),
        page.locator('.ant-message-error').first().waitFor(),
      ]);
      if (await note.count()) break;
    }
    await expect.poll(() => note.count()).toBe(1);
    await expect.poll(() => note.first().innerText()).toMatch(/their time \(.+\/.+\) · .+ ours/);
    await expect.poll(() => note.first().innerText()).toMatch(/09:30 their time/);
    await note.first().scrollIntoViewIfNeeded();
    const box = await note.first().boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width + 0.5);
    await expectFits(page, 'greetings with a scheduled email');
    const row = await database.db
      .selectFrom('mail_outbox')
      .select(['status', 'planned_at'])
      .where('owner_id', '=', repId)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('scheduled');

    await page.getByTestId('language-switch').getByText('中文').click();
    try {
      await expect
        .poll(() => note.first().innerText())
        .toMatch(/对方时间 .+09:30（.+）送达 · 我方时间/);
      await expectFits(page, '问候（已安排邮件）');
      await page.getByRole('button', { name: '取消邮件' }).click();
      await expect.poll(() => note.count()).toBe(0);
    } finally {
      await page.getByTestId('language-switch').getByText('English').click();
    }
    // The demo admin's own scheduled mails are theirs; the rep's one greeting is cancelled.
    const after = await database.db
      .selectFrom('mail_outbox')
      .select('status')
      .where('owner_id', '=', repId)
      .execute();
    expect(after.map((r) => r.status)).toEqual(['cancelled']);
    expect(crashes).toEqual([]);
  }, 120_000);
});
