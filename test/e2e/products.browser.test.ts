import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app/http-app.ts';
import type { App } from '../../src/http/types.ts';
import { DEMO_ADMIN, DEMO_PASSWORD, seedDemo } from '../../src/seed/demo.ts';
import { ensureWebBuilt } from '../../src/server/web-build.ts';
import { browserRunnable, launchChromium, listenLocal } from '../support/browser.ts';
import { createTestDatabase, type TestDatabase } from '../support/databases.ts';

const REP = 'rep1@demo.chuhai.dev';

async function signIn(page: Page, base: string, email: string, home: string) {
  await page.goto(base);
  await page.getByLabel(/Email|邮箱/).fill(email);
  await page.getByLabel(/Password|密码/).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: /Sign in|登\s?录/ }).click();
  await page.getByRole('heading', { name: home }).waitFor();
}

/** Nothing to scroll sideways at the device's width. */
async function expectNoHorizontalOverflow(page: Page, where: string) {
  const device = page.viewportSize()?.width ?? 0;
  const width = await page.evaluate<number>('document.documentElement.scrollWidth');
  expect(width, `${where}: ${width}px wide on a ${device}px screen`).toBe(device);
}

// The catalogue in a browser: an admin in Chinese makes a product (an HS code with letters is
// refused on its field), prices it in the demo's USD list and previews the price; a rep on a phone
// reads the products and price lists without a sideways scroll and without edit buttons.
describe.skipIf(!browserRunnable)('products and price lists in the browser', () => {
  let database: TestDatabase;
  let app: App;
  let browser: Browser;
  let base: string;
  const crashes: string[] = [];

  beforeAll(async () => {
    const webDist = await ensureWebBuilt(() => {});
    database = await createTestDatabase('sqlite');
    await seedDemo(database.db, { customers: 30 });
    app = await buildApp({ db: database.db, secret: 'products-secret-products-secret', webDist });
    base = await listenLocal(app);
    browser = await launchChromium();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await database?.drop();
  });

  it('an admin creates a product, prices it and previews the price (zh-CN)', async () => {
    const context = await browser.newContext({
      locale: 'zh-CN',
      viewport: { width: 1280, height: 900 },
    });
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    page.on('pageerror', (err) => crashes.push(err.message));
    await signIn(page, base, DEMO_ADMIN, '今日概览');
    await page.goto(`${base}/products`);
    await page.getByRole('heading', { name: '产品' }).waitFor();
    await page.getByText('CP-100').first().waitFor();
    await page.getByTestId('new-product').click();
    await page.getByTestId('product-sku').fill('E2E-1');
    await page.getByTestId('product-name').first().fill('测试水泵');
    await page.getByTestId('product-hs').fill('84AB70');
    await page.getByTestId('product-save').click();
    await page.getByText('海关编码应为 6 到 10 位数字').waitFor();
    await page.getByTestId('product-hs').fill('841370');
    await page.getByTestId('product-save').click();
    await page.getByRole('heading', { name: /E2E-1 · 测试水泵/ }).waitFor();

    await page.goto(`${base}/price-lists`);
    await page.getByRole('heading', { name: '价格表' }).waitFor();
    await page.getByTestId('price-list-card').filter({ hasText: 'USD' }).first().click();
    await page.getByTestId('add-price').click();
    await page.getByTestId('breaks-product').click();
    await page.keyboard.type('E2E-1');
    await page.getByText('E2E-1 · 测试水泵').click();
    // (antd puts the test id on the input itself, or on its wrapper)
    await page
      .locator('input[data-testid="break-price"], [data-testid="break-price"] input')
      .first()
      .fill('12.5');
    await page.getByTestId('breaks-save').click();
    await page.getByRole('link', { name: /E2E-1/ }).waitFor();

    await page.getByTestId('preview-product').click();
    await page.keyboard.type('E2E-1');
    await page.getByTitle('E2E-1 · 测试水泵').last().click();
    await expect.poll(() => page.getByTestId('price-preview').textContent()).toContain('12.50');
    await context.close();
    expect(crashes).toEqual([]);
  }, 180_000);

  it('a rep reads the catalogue and the price lists on a phone', async () => {
    const context = await browser.newContext({
      locale: 'en-US',
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    page.on('pageerror', (err) => crashes.push(err.message));
    await signIn(page, base, REP, 'Today');
    await page.goto(`${base}/products`);
    await page.getByText('CP-100').first().waitFor();
    expect(await page.getByTestId('new-product').count()).toBe(0);
    expect(await page.locator('.ant-table').count(), 'a wide table at phone width').toBe(0);
    await expectNoHorizontalOverflow(page, 'products');
    await page.getByText('CP-100').first().click();
    await page.getByText('Only admins and managers can change the catalogue.').waitFor();
    await expectNoHorizontalOverflow(page, 'product page');
    await page.goto(`${base}/price-lists`);
    await page.getByTestId('price-list-card').first().click();
    await page.getByText('Price preview').waitFor();
    expect(await page.getByTestId('add-price').count()).toBe(0);
    await expectNoHorizontalOverflow(page, 'price lists');
    await context.close();
    expect(crashes).toEqual([]);
  }, 180_000);
});
