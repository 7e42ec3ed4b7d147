import { expect } from 'vitest';
import type { DialectName } from '../../src/db/database.ts';
import { salesOrg, TestContext, type Actor } from './context.ts';
import type { SmtpReceiver } from './smtp-receiver.ts';

/** The app secret of a campaign world: tests sign links as the server does. */
export const CAMPAIGN_SECRET = 'campaign-test-secret-0123456789abcdef';
export const CAMPAIGN_SMTP = { user: 'campaigns', password: 'smtp-pass-活动-1' };

export const CAMPAIGN_TEMPLATE = {
  name: 'Autumn catalogue',
  defaultLanguage: 'en',
  variants: [
    { language: 'en', subject: 'Our new catalogue', body: 'Dear {contactFirstName}, here it is.' },
    {
      language: 'de',
      subject: 'Unser neuer Katalog',
      body: 'Guten Tag {contactFirstName}, hier ist er.',
    },
  ],
};

/** The message's header lines with folded lines joined. */
export const unfold = (raw: Buffer) => raw.toString('utf8').replace(/\r?\n[ \t]+/g, ' ');

/**
 * A test context for campaigns: a sales org, a template, the east manager's mailbox sending
 * through the test SMTP receiver (and reading from `imap` when given, e.g. the test Dovecot), a
 * settable clock, and helpers to build audiences, campaigns and run the due jobs.
 */
export async function campaignWorld(
  dialect: DialectName,
  smtp: SmtpReceiver,
  imap: { port: number; user: string; password: string; address: string } | null = null,
) {
  const world = { clock: new Date() };
  const ctx = await TestContext.create(dialect, {
    container: {
      secret: CAMPAIGN_SECRET,
      jobs: { now: () => world.clock },
      mail: { allowPrivateHosts: true, publicUrl: 'https://crm.test' },
    },
  });
  const org = await salesOrg(ctx);
  const templateId = (await ctx.client(org.admin).post('/templates', CAMPAIGN_TEMPLATE)).json<{
    id: string;
  }>().id;
  const box = await ctx.client(org.eastManager).post('/mailboxes', {
    address: imap?.address ?? 'sales@chuhai.test',
    imapHost: '127.0.0.1',
    imapPort: imap?.port ?? 1,
    imapTls: 'none',
    imapUsername: imap?.user ?? 'unused',
    imapPassword: imap?.password ?? 'unused',
    smtpHost: '127.0.0.1',
    smtpPort: smtp.port,
    smtpTls: 'none',
    smtpUsername: CAMPAIGN_SMTP.user,
    smtpPassword: CAMPAIGN_SMTP.password,
    syncSince: '2026-01-01',
  });
  expect(box.statusCode, box.body).toBe(201);
  const mailboxId = box.json<{ id: string }>().id;

  const runDue = async () => {
    const runner = ctx.services.jobs.runner;
    while ((await runner.tick()).length) await runner.drain();
  };

  /** Customers (owned by the east rep) in a country, one contact each, and a segment of them. */
  async function audience(
    country: string,
    people: { name: string; email?: string; lang?: string }[],
  ) {
    const contacts: string[] = [];
    for (const p of people) {
      const c = await ctx.newCustomer(org.eastRep, { name: `${p.name} Ltd`, country });
      contacts.push(
        (
          await ctx.newContact(org.eastRep, c.id, {
            firstName: p.name,
            emails: p.email ? [p.email] : [],
            ...(p.lang ? { preferredLanguage: p.lang } : {}),
          })
        ).id,
      );
    }
    const seg = await ctx.client(org.eastManager).post('/segments', {
      name: `In ${country} ${Math.random()}`,
      filter: {
        match: 'all',
        conditions: [{ field: 'country', op: 'in', value: [country.toLowerCase()] }],
      },
    });
    expect(seg.statusCode, seg.body).toBe(201);
    return { segmentId: seg.json<{ id: string }>().id, contacts };
  }

  /** A campaign to the segment sent at once through the manager's mailbox; its id. */
  async function sendCampaign(segmentId: string, actor: Actor = org.eastManager) {
    const c = await ctx.client(actor).post('/campaigns', {
      name: 'Autumn',
      templateId,
      mailboxId,
      schedule: { mode: 'now' },
      segmentId,
    });
    expect(c.statusCode, c.body).toBe(201);
    const id = c.json<{ id: string }>().id;
    const s = await ctx.client(actor).post(`/campaigns/${id}/schedule`);
    expect(s.statusCode, s.body).toBe(200);
    await runDue();
    return id;
  }

  const recipients = (campaignId: string) =>
    ctx.db
      .selectFrom('campaign_recipients')
      .select(['contact_id', 'status', 'send_at', 'error', 'address', 'country'])
      .where('campaign_id', '=', campaignId)
      .orderBy('contact_id')
      .execute();

  const results = async (campaignId: string) =>
    (await ctx.client(org.eastManager).get(`/campaigns/${campaignId}/results`)).json<{
      totals: Record<string, number>;
      byCountry: (Record<string, number> & { country: string })[];
    }>();

  return {
    world,
    ctx,
    org,
    templateId,
    mailboxId,
    runDue,
    audience,
    sendCampaign,
    recipients,
    results,
  };
}
