import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unsubscribeToken } from '../../src/modules/campaigns/campaign-deps.ts';
import { AuthService } from '../../src/modules/auth/auth.service.ts';
import { campaignsRepository } from '../../src/modules/campaigns/campaigns.repository.ts';
import { LinkSigner } from '../../src/domain/link-token.ts';
import { insertUser } from '../../src/modules/users/users.service.ts';
import { browserRunnable } from '../support/browser.ts';
import { SECRET, signIn, startBrowserApp, type BrowserApp } from '../support/browser-app.ts';
import { shot } from '../support/screenshot.ts';
import { SmtpReceiver } from '../support/smtp-receiver.ts';

const USER = {
  email: 'campaigns@e2e.test',
  name: 'Wang Lei',
  role: 'manager',
  password: 'e2e-password-123',
} as const;
const SMTP = { user: 'campaigns', password: 'smtp-pass-活动-1' };
const mailbox = (address: string, port: number) => ({
  address,
  imapHost: '127.0.0.1',
  imapPort: 1,
  imapTls: 'none' as const,
  imapUsername: 'unused',
  imapPassword: 'unused',
  smtpHost: '127.0.0.1',
  smtpPort: port,
  smtpTls: 'none' as const,
  smtpUsername: SMTP.user,
  smtpPassword: SMTP.password,
  syncSince: '2026-01-01',
});

// A manager builds a campaign to Gulf buyers (the server's field error shown at the field),
// schedules it for Tuesday 10:00 at each recipient, finds it in the list and opens its results;
// an Arabic-speaking contact opens their unsubscribe link (right to left) and unsubscribes.
describe.skipIf(!browserRunnable)('browser: campaigns', () => {
  let b: BrowserApp;
  let smtp: SmtpReceiver;
  let pendingId = '';
  beforeAll(async () => {
    smtp = await SmtpReceiver.start({ [SMTP.user]: SMTP.password });
    b = await startBrowserApp({
      workspace: 'Campaigns Trading',
      user: USER,
      mail: { allowPrivateHosts: true },
      seed: async ({ db, scope, services }) => {
        for (const [name, first, email, lang] of [
          ['Noor Trading', 'Omar', 'omar@noor.example', 'ar'],
          ['Gulf Pumps', 'Sara', 'sara@gulf.example', 'en'],
        ] as const) {
          const c = await services.customers.create(scope, { name, country: 'SA' });
          await services.contacts.create(scope, c.id, {
            firstName: first,
            emails: [email],
            preferredLanguage: lang,
            primary: true,
          });
        }
        await services.segments.create(scope, {
          name: 'Gulf buyers',
          filter: { match: 'all', conditions: [{ field: 'country', op: 'is', value: 'SA' }] },
        });
        await services.templates.create(scope, {
          name: 'Autumn catalogue',
          defaultLanguage: 'en',
          variants: [
            { language: 'en', subject: 'Our new catalogue', body: 'Dear {contactFirstName}' },
            { language: 'ar', subject: 'كتالوجنا الجديد', body: 'عزيزي {contactFirstName}' },
          ],
        });
        await services.mailboxes.create(scope, mailbox('sales@chuhai.test', smtp.port));
        const segment = (await services.segments.list(scope)).items[0]!;
        const template = (await services.templates.list(scope)).items[0]!;
        // An admin's campaign (admins see every customer) over a threshold of 1: it waits for
        // another manager or admin, this user.
        const li = await insertUser(db, scope.workspaceId, null, {
          email: 'li@e2e.test',
          name: 'Li Na',
          role: 'admin',
          password: 'e2e-password-123',
        });
        const liScope = (await new AuthService(db).scopeFor(scope.workspaceId, li.id))!;
        const box = await services.mailboxes.create(liScope, mailbox('li@chuhai.test', smtp.port));
        await campaignsRepository.setThreshold(db, scope.workspaceId, 1, new Date().toISOString());
        const pending = await services.campaigns.create(liScope, {
          name: 'Spring fair invitation',
          segmentId: segment.id,
          templateId: template.id,
          mailboxId: box.id,
          schedule: { mode: 'now' },
        });
        pendingId = pending.id;
        await services.campaigns.schedule(liScope, pending.id);
        await campaignsRepository.setThreshold(
          db,
          scope.workspaceId,
          500,
          new Date().toISOString(),
        );
      },
    });
    await signIn(b.page, b.base, USER.email, USER.password);
  }, 240_000);
  afterAll(async () => {
    await b?.close();
    await smtp?.stop();
  });

  const pick = async (testId: string, title: string) => {
    await b.page.getByTestId(testId).click();
    await b.page.locator(`.ant-select-item-option[title="${title}"]`).click();
  };

  it(
    'builds, schedules and reads a campaign; a contact unsubscribes in Arabic',
    { timeout: 60_000 },
    async () => {
      const { page, base } = b;
      await page.goto(`${base}/campaigns`);
      await page.getByRole('heading', { name: 'Campaigns' }).waitFor();
      await page.getByTestId('campaign-row').getByText('Waiting for approval').waitFor();

      // The admin's campaign is over the threshold: this manager approves it.
      await page.goto(`${base}/campaigns/${pendingId}`);
      await page
        .getByTestId('campaign-pending')
        .getByText('A manager or admin other than Li Na')
        .waitFor();
      await page.getByTestId('campaign-approve').click();
      await page.getByTestId('campaign-title').getByText('Scheduled').waitFor();
      await page.locator('.ant-descriptions').getByText('Wang Lei').waitFor();

      await page.goto(`${base}/campaigns`);

      await page.getByTestId('campaign-new').click();
      await page.getByTestId('campaign-name').fill('Autumn catalogue to the Gulf');
      await pick('campaign-segment', 'Gulf buyers');
      await pick('campaign-template', 'Autumn catalogue');
      await page.getByTestId('campaign-variants').getByText('Arabic, English').waitFor();
      await pick('campaign-mailbox', 'sales@chuhai.test');
      await page.getByText('A weekday and time at each recipient').click();
      await pick('campaign-weekday', 'Tuesday');
      // No time: the server's field error appears at the field.
      await page.getByTestId('campaign-save').click();
      await page.getByText('Required').first().waitFor();
      await page.getByTestId('campaign-time').fill('10:00');
      await page.getByTestId('campaign-save').click();
      await page.getByText('Draft saved').waitFor();
      await page.getByTestId('campaign-test').click();
      await page
        .getByTestId('campaign-test-sent')
        .getByText('Test mail sent to sales@chuhai.test')
        .waitFor();
      expect(smtp.received.map((m) => m.envelope.to)).toEqual([['sales@chuhai.test']]);
      expect(smtp.received[0]!.parsed.subject).toMatch(/^\[TEST\] /);
      await page.getByTestId('campaign-schedule').click();
      await page.getByText('More than 500 recipients need the approval').waitFor();
      await page.locator('.ant-modal-confirm-btns .ant-btn-primary').click();

      await page.getByTestId('campaign-title').getByText('Scheduled').waitFor();
      const campaignId = new URL(page.url()).pathname.split('/').pop()!;
      await page.getByText('Tuesday 10:00 at each recipient').waitFor();
      await page.getByTestId('result-total').getByText('2').waitFor();
      await page.getByTestId('result-country').getByText('Saudi Arabia').waitFor();
      await shot(page, 'campaign-page');

      await page.goto(`${base}/campaigns`);
      await page.getByTestId('campaign-row').getByText('Autumn catalogue to the Gulf').waitFor();
      await page.getByTestId('campaign-row').getByText('2 recipients').first().waitFor();
      // On a phone: cards, no sideways scrolling.
      await page.setViewportSize({ width: 375, height: 812 });
      await page.getByTestId('campaign-card').getByText('Autumn catalogue to the Gulf').waitFor();
      expect(
        await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth'),
      ).toBe(0);
      await shot(page, 'campaigns-phone');
      await page.setViewportSize({ width: 1440, height: 900 });

      // Omar's link, written again the way the mail writes it.
      const omar = await b.database.db
        .selectFrom('campaign_recipients')
        .innerJoin('contacts', 'contacts.id', 'campaign_recipients.contact_id')
        .select(['campaign_recipients.workspace_id', 'campaign_recipients.contact_id'])
        .where('campaign_recipients.campaign_id', '=', campaignId)
        .where('contacts.first_name', '=', 'Omar')
        .executeTakeFirstOrThrow();
      const token = unsubscribeToken(
        new LinkSigner(SECRET),
        omar.workspace_id,
        campaignId,
        omar.contact_id,
      );
      const contact = await b.browser.newPage({ locale: 'en-US' });
      await contact.goto(`${base}/unsubscribe/${token}`);
      await contact.getByText('هل تريد التوقف عن استلام رسائلنا التسويقية؟').waitFor();
      expect(
        await contact.getByTestId('unsubscribe-page').locator('xpath=..').getAttribute('dir'),
      ).toBe('rtl');
      await contact.getByTestId('unsubscribe-confirm').click();
      await contact.getByTestId('unsubscribe-done').getByText('تم إلغاء اشتراكك').waitFor();
      await shot(contact, 'unsubscribe-ar');
      await contact.goto(`${base}/unsubscribe/${omar.workspace_id}.nope`);
      await contact.getByTestId('unsubscribe-404').waitFor();
      await contact.close();

      await page.goto(`${base}/campaigns/${campaignId}`);
      await page.getByTestId('result-unsubscribed').getByText('1').waitFor();
    },
  );
});
