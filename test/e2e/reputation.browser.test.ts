import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertUser } from '../../src/modules/users/users.service.ts';
import { browserRunnable, pickOption } from '../support/browser.ts';
import { signIn, startBrowserApp, type BrowserApp } from '../support/browser-app.ts';

const MANAGER = {
  email: 'manager@reputation.test',
  name: 'Wang Fang',
  role: 'manager',
  password: 'e2e-password-740',
} as const;
const ADMIN = { email: 'admin@reputation.test', name: 'Chen Jie', password: 'e2e-password-741' };

// Issue #19's walk: add a stakeholder to the Mozambique map, log a negative mention, open an
// incident from it, have a Portuguese holding statement approved, and generate the Mozambique
// transparency report (its PDF read back with pdftotext, in Portuguese).
describe.skipIf(!browserRunnable)('browser: reputation in Mozambique', () => {
  let b: BrowserApp;
  beforeAll(async () => {
    b = await startBrowserApp({
      workspace: 'Reputation Pumps Export',
      user: MANAGER,
      seed: async ({ db, scope, services }) => {
        await insertUser(db, scope.workspaceId, null, { ...ADMIN, role: 'admin', teamIds: [] });
        await services.localValue.create(scope, {
          country: 'MZ',
          periodStart: '2025-01-01',
          periodEnd: '2025-12-31',
          kind: 'training_hours',
          quantity: 1200,
          sourceDocument: 'Training register 2025',
        });
      },
    });
  }, 240_000);
  afterAll(() => b?.close());

  it('from the map to an approved statement and the report', { timeout: 180_000 }, async () => {
    const { page, base } = b;
    await signIn(page, base, MANAGER.email, MANAGER.password);

    await page.goto(`${base}/stakeholders?country=MZ`);
    await page.getByTestId('stakeholder-new').click();
    await page.getByTestId('stakeholder-name').fill('Ministry of Public Works');
    await pickOption(page, page.getByTestId('stakeholder-kind'), 'Government ministry');
    await page.getByTestId('stakeholder-save').click();
    await page.getByText('Ministry of Public Works').first().waitFor();
    await page.locator('canvas').first().waitFor();

    await page.goto(`${base}/reputation?country=MZ`);
    await page.getByTestId('mention-new').click();
    await page.getByLabel('Headline').fill('Bomba rachada numa estação de Maputo');
    await page.getByLabel('Source').fill('Notícias');
    await page.getByLabel('Language (e.g. pt)').fill('pt');
    await page.getByLabel('Published on').click();
    await page.getByLabel('Published on').fill(new Date().toISOString().slice(0, 10));
    await page.keyboard.press('Enter');
    await pickOption(page, page.getByLabel('Sentiment'), 'Negative', {
      shown: page.getByTestId('mention-sentiment'),
    });
    await page.getByTestId('mention-save').click();
    const row = page.getByTestId('mention-row').filter({ hasText: 'Bomba rachada' });
    await row.getByText('Negative').waitFor();
    await page.getByTestId('mentions-chart').waitFor();

    await row.getByTestId('mention-open-incident').click();
    await page.waitForURL(/\/incidents/);
    expect(await page.getByLabel('What happened').inputValue()).toBe(
      'Bomba rachada numa estação de Maputo',
    );
    await page.getByTestId('incident-save').click();
    await page.waitForURL(/\/incidents\/[\w-]+$/);
    await page.getByTestId('incident-move-active').click();
    await expect.poll(() => page.getByTestId('incident-status').innerText()).toBe('Active');
    await page.getByTestId('incident-statement-language').fill('pt-MZ');
    await page
      .getByTestId('incident-statement-body')
      .fill('Estamos a investigar com o nosso distribuidor local.');
    await page.getByTestId('incident-statement-add').click();
    await page.getByTestId('incident-statement').getByText('Draft').waitFor();
    const incidentUrl = page.url();

    const admin = await b.browser.newPage({ locale: 'en-US' });
    await signIn(admin, base, ADMIN.email, ADMIN.password);
    await admin.goto(incidentUrl);
    await admin.getByTestId('incident-approve').click();
    await admin.getByTestId('incident-statement').getByText('Approved').waitFor();
    await admin.close();

    await page.goto(`${base}/local-value?country=MZ&year=2025`);
    const href = await page.getByTestId('local-value-report-local').getAttribute('href');
    expect(href).toContain('lang=local');
    const pdf = await page.request.get(`${base}${href!.replace('format=html', 'format=pdf')}`);
    expect(pdf.status()).toBe(200);
    const dir = mkdtempSync(join(tmpdir(), 'chuhai-report-'));
    writeFileSync(join(dir, 'mz.pdf'), await pdf.body());
    const text = execFileSync('pdftotext', ['-layout', join(dir, 'mz.pdf'), '-']).toString();
    expect(text).toMatch(/Moçambique|Mozambique/);
    expect(text).toMatch(/forma|horas/i);
  });
});
