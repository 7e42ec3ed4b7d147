import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserRunnable, launchChromium, listenLocal } from '../support/browser.ts';
import { createContainer } from '../../src/app/container.ts';
import { buildApp } from '../../src/app/http-app.ts';
import { ensureWebBuilt } from '../../src/server/web-build.ts';
import type { App } from '../../src/http/types.ts';
import { AuthService } from '../../src/modules/auth/auth.service.ts';
import { insertUser } from '../../src/modules/users/users.service.ts';
import { workspacesRepository } from '../../src/modules/workspaces/workspaces.repository.ts';
import { createTestDatabase, type TestDatabase } from '../support/databases.ts';

// Issue #11's smaller web fixes, seen in a browser: the things a unit test of a helper cannot show
// (the calendar's header in the grid, the policy table's rows, the pickers).
describe.skipIf(!browserRunnable)('browser: the smaller fixes of issue #11', () => {
  let database: TestDatabase;
  let app: App;
  let browser: Browser;
  let page: Page;
  let base: string;
  let customerId: string;

  beforeAll(async () => {
    const webDist = await ensureWebBuilt(() => {});
    database = await createTestDatabase('sqlite');
    const ws = await workspacesRepository.create(database.db, 'Small Fixes Trading');
    const admin = await insertUser(database.db, ws.id, null, {
      email: 'admin@e2e.test',
      name: 'Li Na',
      role: 'admin',
      password: 'e2e-password-123',
    });
    const scope = await new AuthService(database.db).scopeFor(ws.id, admin.id);
    if (!scope) throw new Error('no scope');
    customerId = (
      await createContainer(database.db).customers.create(scope, {
        name: 'Nordwerk Solar GmbH',
        country: 'DE',
      })
    ).id;
    app = await buildApp({ db: database.db, secret: 'e2e-secret-e2e-secret-e2e-secret', webDist });
    base = await listenLocal(app);
    browser = await launchChromium();
    page = await browser.newPage({
      locale: 'en-US',
      timezoneId: 'Asia/Shanghai',
      viewport: { width: 1440, height: 900 },
    });
    await page.goto(base);
    await page.getByLabel('Email').fill('admin@e2e.test');
    await page.getByLabel('Password').fill('e2e-password-123');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Today' }).waitFor();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await database?.drop();
  });

  const headerDays = async () => {
    const cells = (await page.locator('[data-weekday]').all()).slice(0, 7);
    return Promise.all(
      cells.map(async (c) => ({
        day: Number(await c.getAttribute('data-weekday')),
        text: await c.textContent(),
        weekend: (await c.getAttribute('data-weekend')) !== null,
      })),
    );
  };

  it('the year calendar names its weekdays, from the reader’s first day, weekend marked', async () => {
    await page.goto(`${base}/countries/SA`);
    await page.locator('[data-weekday]').first().waitFor();
    const en = await headerDays();
    expect(en.map((d) => d.text)).toEqual(['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']);
    // Saudi Arabia rests Friday and Saturday
    expect(en.filter((d) => d.weekend).map((d) => d.day)).toEqual([5, 6]);
    expect(await page.locator('[data-weekday="1"]').count()).toBe(12);
  }, 120_000);

  it('the cadence policies are a table: headers once, each row on one line', async () => {
    await page.goto(`${base}/admin/policies`);
    await page.getByTestId('policy-header').waitFor();
    expect(await page.getByRole('columnheader').allTextContents()).toEqual([
      'Name',
      'Stage',
      'Tier',
      'Segments',
      'Every (days)',
      'First contact within',
      'Avoid slow seasons',
    ]);
    const rows = page.getByTestId('policy-row');
    expect(await rows.count()).toBe(6);
    for (const row of await rows.all()) {
      const controls = await row.locator('input, .ant-select, button').all();
      const tops = await Promise.all(
        controls.map(async (c) => Math.round(((await c.boundingBox())?.y ?? 0) / 8)),
      );
      expect(new Set(tops).size, `one line: ${tops.join(',')}`).toBeLessThanOrEqual(2);
      const box = await row.boundingBox();
      expect(box?.height ?? 0).toBeLessThan(60);
    }
  }, 120_000);

  it('a contact’s language is picked by its name and saved as its code', async () => {
    await page.goto(`${base}/customers/${customerId}`);
    await page.getByTestId('add-contact').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('First name', { exact: true }).fill('Jonas');
    await dialog.getByTestId('contact-language').click();
    await page.keyboard.type('German');
    await page.locator('.ant-select-item-option[title="German · de"]').click();
    // The choice shows by its name before saving (a save racing the select would store nothing).
    await expect
      .poll(() => dialog.getByTestId('contact-language').textContent())
      .toContain('German');
    await page.getByTestId('contact-save').click();
    await page.getByTestId('contact-item').first().waitFor();
    const contacts = await app.inject({
      method: 'GET',
      url: `/api/v1/customers/${customerId}/contacts`,
      headers: {
        cookie: (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; '),
      },
    });
    expect(contacts.json().items[0].preferredLanguage).toBe('de');
  }, 120_000);

  it('the profile’s time zone is the one "behind you" and the contact windows name', async () => {
    await page.goto(`${base}/customers/${customerId}`);
    // No zone on the profile: the browser's (Shanghai), named.
    await expect
      .poll(
        () =>
          page
            .getByText(/h behind you/)
            .first()
            .textContent(),
        { timeout: 10_000 },
      )
      .toMatch(/7 h behind you \(Shanghai time\)|6 h behind you \(Shanghai time\)/);

    await page.goto(`${base}/profile`);
    await page.getByTestId('profile-time-zone').click();
    await page.keyboard.type('dubai');
    await page.locator('.ant-select-item-option[title^="Dubai"]').click();
    await page.getByText('Time zone saved').waitFor();

    await page.goto(`${base}/customers/${customerId}`);
    await expect
      .poll(
        () =>
          page
            .getByText(/h behind you/)
            .first()
            .textContent(),
        { timeout: 10_000 },
      )
      .toMatch(/[23] h behind you \(Dubai time\)/);
    await expect
      .poll(
        () =>
          page
            .getByText(/When both you/)
            .first()
            .textContent(),
        { timeout: 10_000 },
      )
      .toContain('Dubai time');
  }, 120_000);
});
