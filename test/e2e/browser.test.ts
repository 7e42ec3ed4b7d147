import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserRunnable, launchChromium, listenLocal } from '../support/browser.ts';
import { buildApp } from '../../src/app/http-app.ts';
import { ensureWebBuilt } from '../../src/server/web-build.ts';
import type { App } from '../../src/http/types.ts';
import { createTestDatabase, type TestDatabase } from '../support/databases.ts';
import { insertUser } from '../../src/modules/users/users.service.ts';
import { workspacesRepository } from '../../src/modules/workspaces/workspaces.repository.ts';

describe.skipIf(!browserRunnable)(
  'browser: sign in, Chinese UI, create a Brazilian customer, find it',
  () => {
    let database: TestDatabase;
    let app: App;
    let browser: Browser;
    let page: Page;
    let base: string;

    beforeAll(async () => {
      const webDist = await ensureWebBuilt(() => {});
      database = await createTestDatabase('sqlite');
      const ws = await workspacesRepository.create(database.db, 'E2E Export Co.');
      await insertUser(database.db, ws.id, null, {
        email: 'rep@e2e.test',
        name: 'Zhang Min',
        role: 'rep',
        password: 'e2e-password-123',
      });
      app = await buildApp({
        db: database.db,
        secret: 'e2e-secret-e2e-secret-e2e-secret',
        webDist,
      });
      base = await listenLocal(app);
      browser = await launchChromium();
      page = await browser.newPage({ locale: 'en-US', viewport: { width: 1440, height: 900 } });
    }, 120_000);

    afterAll(async () => {
      await browser?.close();
      await app?.close();
      await database?.drop();
    });

    it('does the whole flow', async () => {
      await page.goto(base);
      await page.getByLabel('Email').fill('rep@e2e.test');
      await page.getByLabel('Password').fill('e2e-password-123');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('heading', { name: 'Today' }).waitFor();

      await page.getByTestId('language-switch').getByText('中文').click();
      await page.getByRole('heading', { name: '今日概览' }).waitFor();
      // The menu also has 客户分组 (segments).
      await page.getByRole('link', { name: '客户', exact: true }).click();
      await page.getByRole('heading', { name: '客户' }).waitFor();
      expect(await page.evaluate('localStorage.getItem("chuhai.locale")')).toBe('zh-CN');

      await page.getByTestId('new-customer').click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('公司名称').fill('Construtora Horizonte Ltda');
      await dialog.getByLabel('国家/地区').fill('巴西');
      await page.locator('.ant-select-item-option[title^="巴西"]').first().click();
      await dialog.getByLabel('城市').fill('São Paulo');
      await page.getByTestId('customer-save').click();
      await page
        .getByTestId('customer-title')
        .filter({ hasText: 'Construtora Horizonte Ltda' })
        .waitFor();
      // A new lead: no red score but 新客户, and its first contact planned in Brazil's calendar.
      await page.getByTestId('health-new').first().waitFor();
      await expect
        .poll(() => page.getByTestId('follow-up-reason').first().textContent(), { timeout: 10_000 })
        .toContain('2 个工作日内首次联系');

      await page.getByTestId('add-contact').click();
      const contact = page.getByRole('dialog');
      await contact.getByLabel('名', { exact: true }).fill('Mariana');
      await contact.getByLabel('姓', { exact: true }).fill('Costa');
      await contact.getByTestId('contact-phones').fill('11 91234-5678');
      await page.getByTestId('contact-save').click();
      await expect
        .poll(() => page.getByTestId('contact-phone').first().textContent(), { timeout: 10_000 })
        .toContain('+55 11 91234 5678');

      // Two clicks log a call; the next follow-up appears with its reason, in the customer's calendar.
      await page.getByTestId('log-call').click();
      await page.getByTestId('activity-save').click();
      await page.getByTestId('activity-item').first().waitFor();
      await expect
        .poll(() => page.getByTestId('follow-up-reason').first().textContent(), { timeout: 10_000 })
        .toMatch(/每 7 天跟进一次（上次联系 \d{4}-\d{2}-\d{2}）/);
      expect(await page.getByTestId('follow-up-due').first().textContent()).toMatch(
        /\d{4}年\d{1,2}月\d{1,2}日 到期/,
      );

      await page.getByRole('link', { name: /返回客户列表/ }).click();
      await page.getByTestId('customer-search').locator('input').fill('Horizonte');
      await page.getByTestId('customer-search').locator('input').press('Enter');
      await expect
        .poll(() => page.getByTestId('customer-link').allTextContents(), { timeout: 10_000 })
        .toEqual(['Construtora Horizonte Ltda']);
      // The part of the name the search matched is marked.
      expect(await page.getByTestId('customer-link').locator('mark').allTextContents()).toEqual([
        'Horizonte',
      ]);
      await page.getByTestId('customer-search').locator('input').fill('+55 11 91234');
      await page.getByTestId('customer-search').locator('input').press('Enter');
      await expect
        .poll(() => page.getByTestId('customer-link').allTextContents(), { timeout: 10_000 })
        .toEqual(['Construtora Horizonte Ltda']);
      await page.screenshot({ path: 'test-results/customers-zh.png' });

      // The country page: Saudi weekend, missing culture scores said plainly, Ramadan as a slow season.
      await page.goto(`${base}/countries/SA`);
      await page.getByTestId('country-title').filter({ hasText: '沙特阿拉伯' }).waitFor();
      await page.getByText('周五、周六').waitFor();
      expect(await page.getByTestId('score-pdi').textContent()).toContain('无分数');
      await page
        .getByText(/没有“权力距离”分数/)
        .first()
        .waitFor();
      await page.getByText(/斋月 2026-02-18 → 2026-03-19/).waitFor();
    }, 120_000);

    it('builds a segment with a live count, imports a list, and shows duplicates', async () => {
      const crashes: string[] = [];
      page.on('pageerror', (err) => crashes.push(err.message));

      await page.goto(`${base}/segments`);
      await page.getByRole('heading', { name: '客户分组', level: 3 }).waitFor();
      const value = page.getByTestId('condition-values').locator('input');
      await value.fill('BR');
      await value.press('Enter');
      await expect
        .poll(() => page.getByTestId('segment-count').textContent(), { timeout: 10_000 })
        .toBe('您权限范围内共 1 个客户');
      await page.getByPlaceholder('名称').fill('巴西客户');
      await page.getByRole('button', { name: '保 存' }).click();
      await page.getByText('Construtora Horizonte Ltda').waitFor();

      await page.goto(`${base}/import`);
      await page.getByRole('heading', { name: '导入客户' }).waitFor();
      await page.locator('input[type=file]').setInputFiles({
        name: 'canton.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(
          '公司名称,国家,联系人,邮箱,备注\n' +
            'Vina Steel JSC,越南,Nguyen An,an@vinasteel.vn,广交会展位 B12 见过，要样品\n' +
            'VINA STEEL,Vietnam,Tran Binh,binh@vinasteel.vn,\n' +
            'Almaty Trade LLP,KAZ,Aigerim,sales@almatytrade.kz,\n',
        ),
      });
      // One step (#11): choosing the file shows its columns, no button to press first.
      await page.getByText('列对应关系根据表头自动识别，请核对').waitFor();
      await page.getByText('备注（记入跟进记录）').first().waitFor();
      await page.getByRole('button', { name: '开始导入' }).click();
      await page
        .getByText(/已完成/)
        .first()
        .waitFor({ timeout: 20_000 });
      await expect
        .poll(() => page.locator('.ant-statistic').first().textContent(), { timeout: 10_000 })
        .toBe('新建2');
      // The recent list says who ran it and that it was a real import, not a dry run.
      const recent = page.getByTestId('recent-imports');
      await recent.getByText('Zhang Min').waitFor();
      await recent.getByText('正式导入').waitFor();

      // The notes cell is a note on the customer's timeline, marked as imported.
      await page.goto(`${base}/customers`);
      await page.getByTestId('customer-search').locator('input').fill('Vina');
      await page.getByTestId('customer-search').locator('input').press('Enter');
      await page.getByTestId('customer-link').filter({ hasText: 'Vina Steel' }).click();
      await page.getByTestId('activity-imported').waitFor();
      await page.getByText('广交会展位 B12 见过，要样品').waitFor();

      await page.goto(`${base}/duplicates`);
      await page.getByRole('heading', { name: '重复客户' }).waitFor();
      await page.screenshot({ path: 'test-results/duplicates-zh.png' });
      expect(crashes).toEqual([]);
    }, 120_000);

    it('records an order in the customer’s currency, never adds it raw, and nests a segment group', async () => {
      const crashes: string[] = [];
      page.on('pageerror', (err) => crashes.push(err.message));
      await page.goto(`${base}/customers`);
      await page.getByTestId('customer-search').locator('input').fill('Horizonte');
      await page.getByTestId('customer-search').locator('input').press('Enter');
      await page.getByTestId('customer-link').filter({ hasText: 'Construtora Horizonte' }).click();
      await page.getByRole('button', { name: '录入订单' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('订单号').fill('PV-2026-001');
      await dialog.getByLabel('金额').fill('12500.5');
      await page.getByTestId('order-save').click();
      // No BRL rate yet: the order is listed and named, not added to the USD total.
      await page.getByText('BRL 缺少汇率（1 笔订单），未计入合计').waitFor({ timeout: 10_000 });
      await page.getByText('PV-2026-001').waitFor();

      await page.goto(`${base}/value`);
      await page.getByRole('heading', { name: '订单与客户价值' }).waitFor();
      await page.getByRole('cell', { name: 'PV-2026-001' }).waitFor();

      await page.goto(`${base}/segments`);
      await page.getByRole('button', { name: '添加条件组' }).click();
      await expect.poll(() => page.getByRole('button', { name: /添加条件$/ }).count()).toBe(2);
      await page.screenshot({ path: 'test-results/segment-groups-zh.png' });
      expect(crashes).toEqual([]);
    }, 120_000);
  },
);
