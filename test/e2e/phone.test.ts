import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserRunnable, launchChromium, listenLocal } from '../support/browser.ts';
import { buildApp } from '../../src/app/http-app.ts';
import type { App } from '../../src/http/types.ts';
import { DEMO_PASSWORD, seedDemo } from '../../src/seed/demo.ts';
import { ensureWebBuilt } from '../../src/server/web-build.ts';
import { createTestDatabase, type TestDatabase } from '../support/databases.ts';

// The user guide's phone pictures; CI leaves the working tree alone.
const SCREENSHOTS = process.env.SCREENSHOTS === '1';
const PHONE = { width: 390, height: 844 };
const REP = 'rep1@demo.chuhai.dev'; // 张敏 Zhang Min: a long bilingual name in the header

/**
 * The page is no wider than the screen: nothing to scroll sideways. A mobile browser widens its
 * layout viewport (window.innerWidth) to fit wide content and zooms out, so both are compared with
 * the device's width.
 */
async function expectNoHorizontalOverflow(page: Page, where: string) {
  const device = page.viewportSize()?.width ?? PHONE.width;
  const { scrollWidth, innerWidth } = await page.evaluate<{
    scrollWidth: number;
    innerWidth: number;
  }>('({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth })');
  expect(scrollWidth, `${where}: page is ${scrollWidth}px wide on a ${device}px screen`).toBe(
    device,
  );
  expect(innerWidth, `${where}: the browser zoomed out to ${innerWidth}px`).toBe(device);
}

/** Shown, and wholly inside the screen's width (and its height, when `aboveFold`). */
async function expectOnScreen(locator: Locator, what: string, aboveFold = false) {
  await locator.waitFor({ state: 'visible' });
  if (!aboveFold) await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  const width = locator.page().viewportSize()?.width ?? PHONE.width;
  const height = locator.page().viewportSize()?.height ?? PHONE.height;
  expect(box, `${what} has no box`).not.toBeNull();
  expect(box!.x, `${what} starts left of the screen`).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width, `${what} ends right of the screen`).toBeLessThanOrEqual(width + 0.5);
  if (aboveFold) {
    expect(box!.y, `${what} starts above the page`).toBeGreaterThanOrEqual(-1);
    expect(box!.y + box!.height, `${what} is below the fold`).toBeLessThanOrEqual(height);
  }
}

/** What the height check reads of an element (the server's tsconfig has no DOM types). */
interface Box {
  getBoundingClientRect(): { height: number };
  ownerDocument: { defaultView: { getComputedStyle(el: Box): { lineHeight: string } } };
}

/** An element's height and its line height. */
function heightInLines(locator: Locator, fallback: number) {
  return locator.evaluate((node, fb) => {
    const el = node as unknown as Box;
    return {
      height: el.getBoundingClientRect().height,
      line: parseFloat(el.ownerDocument.defaultView.getComputedStyle(el).lineHeight) || fb,
    };
  }, fallback);
}

/** A heading reads on its line (a customer's long name on two), not one letter per line. */
async function expectTitleReadable(locator: Locator, what: string, maxLines = 1) {
  await locator.waitFor();
  const { height, line } = await heightInLines(locator, 32);
  expect(height, `${what} wraps onto ${Math.round(height / line)} lines`).toBeLessThan(
    (maxLines + 1) * line,
  );
}

/** The page's content starts at the screen's edge: no collapsed menu rail beside it. */
async function expectFullWidthContent(page: Page) {
  const left = await page.locator('main, .ant-layout-content').first().boundingBox();
  expect(left?.x ?? 999, 'a menu rail takes width beside the content').toBeLessThan(1);
}

async function shoot(page: Page, name: string) {
  if (!SCREENSHOTS) return;
  mkdirSync('docs/screenshots', { recursive: true });
  await page.screenshot({ path: `docs/screenshots/phone-${name}.png` });
}

describe.skipIf(!browserRunnable)('phone: a rep on the road at 390×844', () => {
  let database: TestDatabase;
  let app: App;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let base: string;
  let customerId: string;
  const crashes: string[] = [];

  beforeAll(async () => {
    const webDist = await ensureWebBuilt(() => {});
    database = await createTestDatabase('sqlite');
    // The demo book: contacts, months of touches, follow-ups due, orders in their currencies.
    await seedDemo(database.db, { customers: 60 });
    const rep = await database.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', REP)
      .executeTakeFirstOrThrow();
    // The rep's customer with the longest name that buys (orders, amounts) and has a clock.
    const customers = await database.db
      .selectFrom('customers')
      .select(['id', 'name'])
      .where('owner_id', '=', rep.id)
      .where('stage', 'in', ['customer', 'partner'])
      .where('time_zone', 'is not', null)
      .execute();
    const longest = customers.sort((a, b) => b.name.length - a.name.length)[0];
    if (!longest) throw new Error('the demo gave the rep no buying customer');
    customerId = longest.id;
    app = await buildApp({ db: database.db, secret: 'phone-secret-phone-secret-phone', webDist });
    base = await listenLocal(app);
    browser = await launchChromium();
    context = await browser.newContext({
      locale: 'en-US',
      viewport: PHONE,
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 2,
      // The rep works from the Shanghai office, as the demo company does.
      timezoneId: 'Asia/Shanghai',
    });
    page = await context.newPage();
    // The machine running the tests may be busy; give the app time rather than fail on load.
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

  it('Today: the inbox fits, the menu opens as a drawer, a touch is one tap away', async () => {
    await page.goto(base);
    const title = page.getByRole('heading', { name: 'Today' });
    await expectTitleReadable(title, 'Today title');
    await page.getByTestId('inbox-item').first().waitFor();
    await expectNoHorizontalOverflow(page, 'Today');
    await expectFullWidthContent(page);
    await expectOnScreen(page.getByTestId('user-menu'), 'user menu', true);
    await expectOnScreen(page.getByTestId('inbox-log-touch').first(), 'inbox log-touch button');
    // The inbox comes a page at a time: its totals say how many in all, "show more" adds the next.
    const totals = (await page.getByTestId('inbox-totals').textContent()) ?? '';
    const [today = 0, overdue = 0] = (totals.match(/[\d,]+/g) ?? []).map((n) =>
      Number(n.replace(/,/g, '')),
    );
    const all = today + overdue;
    expect(all, totals).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId('inbox-item').count()).toBe(Math.min(all, 10));
    if (all > 10) {
      await expectOnScreen(page.getByTestId('inbox-show-more'), 'show more');
      await page.getByTestId('inbox-show-more').click();
      await expect.poll(() => page.getByTestId('inbox-item').count()).toBe(Math.min(all, 20));
    }
    await page.evaluate('window.scrollTo(0, 0)');
    await shoot(page, 'today');

    const menu = page.getByTestId('nav-menu-button');
    await expectOnScreen(menu, 'menu button', true);
    await menu.click();
    const drawer = page.getByTestId('nav-drawer');
    await expectOnScreen(drawer.getByRole('link', { name: 'Customers', exact: true }), 'menu');
    await shoot(page, 'menu');
    await drawer.getByRole('link', { name: 'Customers', exact: true }).click();
    await page.getByRole('heading', { name: 'Customers' }).waitFor();
    await expect.poll(() => drawer.isVisible()).toBe(false);
  }, 120_000);

  it('customer list: cards, not a wide table; New customer is on screen', async () => {
    await page.goto(`${base}/customers`);
    await expectTitleReadable(page.getByRole('heading', { name: 'Customers' }), 'list title');
    await page.getByTestId('customer-card').first().waitFor();
    await expectNoHorizontalOverflow(page, 'customer list');
    await expectFullWidthContent(page);
    await expectOnScreen(page.getByTestId('new-customer'), 'New customer button', true);
    await expectOnScreen(page.getByTestId('customer-search'), 'search box', true);
    await expectOnScreen(page.getByTestId('customer-card').first(), 'first customer card');
    expect(await page.locator('.ant-table').count(), 'a wide table at phone width').toBe(0);
    await page.evaluate('window.scrollTo(0, 0)');
    await shoot(page, 'customers');
  }, 120_000);

  it('customer page: local time and the next contact window first, amounts unbroken', async () => {
    await page.goto(`${base}/customers/${customerId}`);
    await expectTitleReadable(page.getByTestId('customer-title'), 'customer name', 2);
    await expectOnScreen(page.getByTestId('local-time'), 'local time', true);
    await expectOnScreen(page.getByTestId('next-window'), 'next contact window', true);
    await page.getByTestId('activity-item').first().waitFor();
    await page.getByTestId('money').first().waitFor();
    await expectNoHorizontalOverflow(page, 'customer page');
    await expectFullWidthContent(page);
    await expectOnScreen(page.getByTestId('log-call'), 'log-call button');
    await expectOnScreen(page.getByTestId('contact-phone').first(), 'contact phone');
    // An amount is one unbroken line: "US$12,345.00", never "US$12,3" / "45.00".
    for (const amount of await page.getByTestId('money').all()) {
      const { height, line } = await heightInLines(amount, 22);
      expect(height, `amount "${await amount.textContent()}" breaks`).toBeLessThan(1.5 * line);
    }
    await page.evaluate('window.scrollTo(0, 0)');
    await shoot(page, 'customer');
  }, 120_000);

  it('logging a touch: the form fits the screen and saves', async () => {
    await page.goto(`${base}/customers/${customerId}`);
    await page.getByTestId('activity-item').first().waitFor();
    const before = await page.getByTestId('activity-item').count();
    // On the road the touch is logged from the top of the page, not after the whole history.
    await page.evaluate('window.scrollTo(0, 0)');
    await expectOnScreen(page.getByTestId('log-call'), 'log-call button', true);
    await page.getByTestId('log-call').click();
    const summary = page.getByTestId('activity-summary');
    await expectOnScreen(summary, 'summary field', true);
    await expectOnScreen(page.getByTestId('activity-save'), 'save button', true);
    await expectNoHorizontalOverflow(page, 'log form');
    await shoot(page, 'log-touch');
    await summary.fill('Called from the car: samples arrived, they want a quote by Friday');
    await page.getByTestId('activity-save').click();
    await expect
      .poll(() => page.getByTestId('activity-item').count(), { timeout: 30_000 })
      .toBe(before + 1);
    await expectNoHorizontalOverflow(page, 'customer page after logging');
  }, 120_000);

  it('country page: profile, playbook and the year fit', async () => {
    await page.goto(`${base}/countries/SA`);
    const title = page.getByTestId('country-title');
    await title.filter({ hasText: 'Saudi Arabia' }).waitFor();
    await expectTitleReadable(title, 'country title', 2);
    await page.getByTestId('playbook-item').first().waitFor();
    await expectNoHorizontalOverflow(page, 'country page');
    await expectFullWidthContent(page);
    await shoot(page, 'country');
  }, 120_000);

  it('in Chinese: Today, the customer list and the customer page fit too', async () => {
    await page.goto(`${base}/customers/${customerId}`);
    await page.getByTestId('language-switch').getByText('中文').click();
    try {
      await page.getByText('返回客户列表').waitFor();
      await expectOnScreen(page.getByTestId('local-time'), '当地时间', true);
      await expectOnScreen(page.getByTestId('next-window'), '下一个联系时段', true);
      await page.getByTestId('activity-item').first().waitFor();
      await expectNoHorizontalOverflow(page, '客户详情');
      await shoot(page, 'customer-zh');

      await page.goto(`${base}/customers`);
      await expectTitleReadable(page.getByRole('heading', { name: '客户', exact: true }), '客户');
      await page.getByTestId('customer-card').first().waitFor();
      await expectNoHorizontalOverflow(page, '客户列表');
      await expectOnScreen(page.getByTestId('new-customer'), '新建客户', true);

      await page.goto(base);
      await expectTitleReadable(page.getByRole('heading', { name: '今日概览' }), '今日概览');
      await page.getByTestId('inbox-item').first().waitFor();
      await expectNoHorizontalOverflow(page, '今日概览');
      await expectOnScreen(page.getByTestId('nav-menu-button'), '菜单', true);
      await shoot(page, 'today-zh');
    } finally {
      // The choice is saved on the account; later tests read English.
      await page.getByTestId('language-switch').getByText('English').click();
    }
    expect(crashes).toEqual([]);
  }, 120_000);

  it('at 1440×900 the customer list with its default columns fits the screen', async () => {
    // Signed in as on the phone; the language is whatever the rep chose last.
    const desk = await browser.newContext({
      storageState: await context.storageState(),
      viewport: { width: 1440, height: 900 },
    });
    const wide = await desk.newPage();
    wide.setDefaultTimeout(30_000);
    await wide.goto(`${base}/customers`);
    await wide.getByTestId('customer-link').first().waitFor();
    await expectNoHorizontalOverflow(wide, 'customer list at 1440');
    // The table itself fits too: its last column ends inside it, nothing to scroll sideways.
    // (Browser code as text: the server's tsconfig has no DOM types.)
    const { tableRight, lastHeader } = await wide.evaluate<{
      tableRight: number;
      lastHeader: number;
    }>(`({
      tableRight: document.querySelector('.ant-table').getBoundingClientRect().right,
      lastHeader: Math.max(
        ...[...document.querySelectorAll('.ant-table-thead th')].map(
          (th) => th.getBoundingClientRect().right,
        ),
      ),
    })`);
    expect(lastHeader, 'the customer table scrolls sideways at 1440').toBeLessThanOrEqual(
      tableRight + 1,
    );
    await expectOnScreen(wide.getByTestId('new-customer'), 'New customer button', true);
    await desk.close();
  }, 120_000);
});
