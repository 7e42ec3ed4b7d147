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

/**
 * Three or more English words in a row is a sentence the Chinese reader was not meant to get.
 * What may stand in Latin letters: the data this test seeds (company and people names), codes,
 * and proper nouns (the Hofstede source's title, product and file names).
 */
const ENGLISH_RUN = /[A-Za-z]{2,}(?:[ ,;:]+[A-Za-z]{2,}){2,}/g;
const ALLOWED = [
  'Müller Maschinenbau GmbH',
  'Hofstede, Hofstede',
  '6 dimensions for website',
  'dimensions for website',
  'Zhang Min Admin',
  'Atlantis Trading Co',
  'Jonas Weber',
  'call me later',
];

function englishIn(text: string): string[] {
  let rest = text;
  for (const a of ALLOWED) rest = rest.split(a).join(' ');
  return [...rest.matchAll(ENGLISH_RUN)].map((m) => m[0]);
}

describe.skipIf(!browserRunnable)('browser: server messages in the Chinese UI', () => {
  let database: TestDatabase;
  let app: App;
  let browser: Browser;
  let page: Page;
  let base: string;
  let auth: string;

  beforeAll(async () => {
    const webDist = await ensureWebBuilt(() => {});
    database = await createTestDatabase('sqlite');
    const ws = await workspacesRepository.create(database.db, '出海测试');
    const admin = await insertUser(database.db, ws.id, null, {
      email: 'admin@e2e.test',
      name: 'Zhang Min Admin',
      role: 'admin',
      password: 'e2e-password-123',
    });
    const service = new AuthService(database.db);
    const scope = await service.scopeFor(ws.id, admin.id);
    auth = `Bearer ${(await service.createToken(scope!, 'e2e')).token}`;
    const container = createContainer(database.db);
    await container.jobs.runner.syncSchedules();
    app = await buildApp({
      db: database.db,
      container,
      secret: 'e2e-secret-e2e-secret-e2e-secret',
      webDist,
    });
    base = await listenLocal(app);
    browser = await launchChromium();
    page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
    await page.addInitScript("localStorage.setItem('chuhai.locale', 'zh-CN')");
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await database?.drop();
  });

  const api = (method: 'post' | 'patch' | 'delete', url: string, data?: unknown) =>
    page.request[method](`${base}/api/v1${url}`, {
      headers: { authorization: auth },
      ...(data === undefined ? {} : { data }),
    });

  /** The visible text of the page's main area, once `ready` shows. */
  async function englishOnPage(ready: string): Promise<string[]> {
    await page.getByText(ready).first().waitFor({ timeout: 20_000 });
    // A cited source's own title (<cite>) stays in its own language, as citations do.
    const text = await page.evaluate<string>(`(() => {
      const copy = document.querySelector('main').cloneNode(true);
      copy.querySelectorAll('cite').forEach((c) => c.remove());
      document.body.appendChild(copy);
      const out = copy.innerText;
      copy.remove();
      return out;
    })()`);
    return englishIn(text);
  }

  it('signs in and shows import row errors, the audit log and the Hofstede source in Chinese', async () => {
    await page.goto(base);
    await page.getByLabel('邮箱').fill('admin@e2e.test');
    await page.getByLabel('密码').fill('e2e-password-123');
    await page.getByLabel('密码').press('Enter');
    await page.getByRole('heading', { name: '今日概览' }).waitFor();

    // An import whose rows are refused: a phone that is no phone, an unknown country, a bad tier.
    const csv =
      'name,country,phone,tier\nAtlantis Trading Co,Atlantis,,A\nMüller Maschinenbau GmbH,DE,call me later,Gold\n';
    const upload = await page.request.post(`${base}/api/v1/imports`, {
      headers: { authorization: auth },
      multipart: {
        entity: 'customers',
        mapping: JSON.stringify({ name: 'name', country: 'country', phone: 'phone', tier: 'tier' }),
        file: { name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) },
      },
    });
    expect(upload.status(), await upload.text()).toBeLessThan(300);
    const job = (await upload.json()) as { id: string };
    await expect
      .poll(
        async () =>
          (
            await (
              await page.request.get(`${base}/api/v1/imports/${job.id}`, {
                headers: { authorization: auth },
              })
            ).json()
          ).status,
        { timeout: 20_000 },
      )
      .toBe('done');
    await page.goto(`${base}/import`);
    await page.getByText('bad.csv').first().click();
    expect(await englishOnPage('不是德国的电话号码')).toEqual([]);

    // Edits the audit log shows: a customer created and its tier and city changed, a contact gone.
    const customer = (await (
      await api('post', '/customers', { name: 'Müller Maschinenbau GmbH', country: 'DE' })
    ).json()) as { id: string };
    expect(
      (await api('patch', `/customers/${customer.id}`, { tier: 'A', city: '慕尼黑' })).ok(),
    ).toBe(true);
    const contact = (await (
      await api('post', `/customers/${customer.id}/contacts`, {
        firstName: 'Jonas',
        lastName: 'Weber',
      })
    ).json()) as { id: string };
    expect((await api('delete', `/contacts/${contact.id}`)).ok()).toBe(true);
    await page.goto(`${base}/admin/audit`);
    expect(await englishOnPage('等级')).toEqual([]);
    await page.getByRole('link', { name: 'Müller Maschinenbau GmbH' }).first().waitFor();
    await page.getByText('Jonas Weber').first().waitFor();

    // Background jobs: the import just run, and the schedules in their own zones.
    await page.goto(`${base}/admin/jobs`);
    expect(await englishOnPage('每晚重新计算客户等级')).toEqual([]);
    await page.getByText('已完成').first().waitFor();

    // A server validation error on a form: a phone the server refuses.
    const refused = await api('post', '/customers', {
      name: 'Atlantis Trading Co',
      country: 'DE',
      phones: ['call me'],
    });
    expect(refused.status()).toBe(400);

    // The country page with the culture scores' source note.
    await page.goto(`${base}/countries/DE`);
    expect(await englishOnPage('详见 PROVENANCE.md')).toEqual([]);
    await page.screenshot({ path: 'test-results/chinese-messages.png' });
  }, 120_000);
});
