import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext, type Actor } from '../../../test/support/context.ts';
import { SmtpReceiver } from '../../../test/support/smtp-receiver.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- API answers read as loose JSON */
type Json = any;

const SMTP_USER = 'campaigns';
const SMTP_PASSWORD = 'smtp-pass-活动-1';
const template = {
  name: 'Autumn catalogue',
  defaultLanguage: 'en',
  variants: [
    { language: 'en', subject: 'Our new catalogue', body: 'Dear {contactFirstName}, here it is.' },
    {
      language: 'de',
      subject: 'Unser neuer Katalog',
      body: 'Guten Tag {contactFirstName}, hier ist er.',
    },
    {
      language: 'ar',
      subject: 'كتالوجنا الجديد',
      body: 'عزيزي {contactFirstName}، إليك الكتالوج.',
    },
  ],
};

/** The message's header lines with folded lines joined. */
const unfold = (raw: Buffer) => raw.toString('utf8').replace(/\r?\n[ \t]+/g, ' ');

describe.each(testDialects())('campaigns on %s', (dialect) => {
  let ctx: TestContext;
  let smtp: SmtpReceiver;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  let clock = new Date();
  let templateId: string;
  let mailboxId: string;

  beforeAll(async () => {
    ctx = await TestContext.create(dialect, {
      container: {
        jobs: { now: () => clock },
        mail: { allowPrivateHosts: true, publicUrl: 'https://crm.test' },
      },
    });
    smtp = await SmtpReceiver.start({ [SMTP_USER]: SMTP_PASSWORD });
    org = await salesOrg(ctx);
    templateId = (await ctx.client(org.admin).post('/templates', template)).json().id;
    const box = await ctx.client(org.eastManager).post('/mailboxes', {
      address: 'sales@chuhai.test',
      imapHost: '127.0.0.1',
      imapPort: 1,
      imapTls: 'none',
      imapUsername: 'unused',
      imapPassword: 'unused',
      smtpHost: '127.0.0.1',
      smtpPort: smtp.port,
      smtpTls: 'none',
      smtpUsername: SMTP_USER,
      smtpPassword: SMTP_PASSWORD,
      syncSince: '2026-01-01',
    });
    expect(box.statusCode, box.body).toBe(201);
    mailboxId = box.json().id;
  });
  afterAll(async () => {
    await smtp?.stop();
    await ctx?.close();
  });
  beforeEach(() => {
    clock = new Date();
    smtp.received.length = 0;
  });

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
    return { segmentId: seg.json().id as string, contacts };
  }
  const create = (actor: Actor, body: Record<string, unknown>) =>
    ctx.client(actor).post('/campaigns', {
      name: 'Autumn',
      templateId,
      mailboxId,
      schedule: { mode: 'now' },
      ...body,
    });
  const recipients = (campaignId: string) =>
    ctx.db
      .selectFrom('campaign_recipients')
      .select(['contact_id', 'status', 'send_at', 'language', 'country'])
      .where('campaign_id', '=', campaignId)
      .orderBy('send_at')
      .execute();

  it('sends on Tuesday 10:00 at each recipient; a German holiday moves to the next business day', async () => {
    const sa = await audience('SA', [{ name: 'Omar', email: 'omar@noor.example', lang: 'ar' }]);
    const de = await audience('DE', [{ name: 'Jonas', email: 'jonas@werk.example' }]);
    // One segment of both: Saudi Arabia or Germany.
    const seg = await ctx.client(org.eastManager).post('/segments', {
      name: 'SA and DE',
      filter: { match: 'all', conditions: [{ field: 'country', op: 'in', value: ['sa', 'de'] }] },
    });
    clock = new Date('2028-10-01T12:00:00Z'); // Sunday; Tue 3 Oct 2028 is German Unity Day
    const c = await create(org.eastManager, {
      segmentId: seg.json().id,
      schedule: { mode: 'local', weekday: 2, time: '10:00' },
    });
    expect(c.statusCode, c.body).toBe(201);
    const scheduled = await ctx.client(org.eastManager).post(`/campaigns/${c.json().id}/schedule`);
    expect(scheduled.statusCode, scheduled.body).toBe(200);
    expect(scheduled.json()).toMatchObject({ status: 'scheduled', recipients: 2 });
    const rows = await recipients(c.json().id);
    expect(rows).toEqual([
      expect.objectContaining({
        contact_id: sa.contacts[0],
        send_at: '2028-10-03T07:00:00.000Z',
        language: 'ar',
        status: 'queued',
      }),
      expect.objectContaining({
        contact_id: de.contacts[0],
        send_at: '2028-10-04T08:00:00.000Z',
        language: 'de',
        status: 'queued',
      }),
    ]);
    clock = new Date('2028-10-03T07:00:30Z');
    await runDue();
    expect(smtp.received.map((m) => m.envelope.to[0])).toEqual(['omar@noor.example']);
    const [mail] = smtp.received;
    expect(mail!.parsed.subject).toBe('كتالوجنا الجديد');
    expect(mail!.parsed.text).toContain('عزيزي Omar، إليك الكتالوج.');
    const head = unfold(mail!.raw);
    expect(head).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m);
    expect(head).toMatch(
      /^List-Unsubscribe: <https:\/\/crm\.test\/api\/v1\/public\/unsubscribe\/[^>]+>$/m,
    );
    expect(mail!.parsed.text).toMatch(/إلغاء الاشتراك من هنا: https:\/\/crm\.test\/unsubscribe\//);
    clock = new Date('2028-10-04T08:00:30Z');
    await runDue();
    expect(smtp.received.map((m) => m.parsed.subject)).toEqual([
      'كتالوجنا الجديد',
      'Unser neuer Katalog',
    ]);
    const done = await ctx.client(org.eastManager).get(`/campaigns/${c.json().id}`);
    expect(done.json().status).toBe('done');
    // On the timeline as the outbox records its mail: an outbound email touch.
    const touches = await ctx.db
      .selectFrom('activities')
      .select(['direction', 'summary'])
      .where('type', '=', 'email')
      .where('contact_id', 'in', [sa.contacts[0]!, de.contacts[0]!])
      .execute();
    expect(touches).toHaveLength(2);
    const results = (
      await ctx.client(org.westManager).get(`/campaigns/${c.json().id}/results`)
    ).json();
    expect(results.totals).toMatchObject({ total: 2, sent: 2 });
    expect(results.byCountry.map((r: Json) => [r.country, r.sent]).sort()).toEqual([
      ['DE', 1],
      ['SA', 1],
    ]);
  });

  it('throttles to the messages per minute of the sender', async () => {
    const br = await audience('BR', [
      { name: 'Ana', email: 'ana@a.example' },
      { name: 'Bruno', email: 'bruno@b.example' },
      { name: 'Carla', email: 'carla@c.example' },
      { name: 'Davi' },
    ]);
    const c = (await create(org.eastManager, { segmentId: br.segmentId, perMinute: 2 })).json();
    await ctx.client(org.eastManager).post(`/campaigns/${c.id}/schedule`);
    await runDue();
    expect(smtp.received).toHaveLength(2);
    clock = new Date(clock.getTime() + 30_000);
    await runDue();
    expect(smtp.received).toHaveLength(2);
    clock = new Date(clock.getTime() + 31_000);
    await runDue();
    expect(smtp.received).toHaveLength(3);
    const statuses = (await recipients(c.id)).map((r) => r.status).sort();
    expect(statuses).toEqual(['sent', 'sent', 'sent', 'skipped_no_email']);
  });

  it('unsubscribes with one click; the contact is skipped by every later campaign', async () => {
    const fr = await audience('FR', [{ name: 'Chloé', email: 'chloe@f.example', lang: 'fr' }]);
    const c = (await create(org.eastManager, { segmentId: fr.segmentId })).json();
    await ctx.client(org.eastManager).post(`/campaigns/${c.id}/schedule`);
    await runDue();
    const header = unfold(smtp.received[0]!.raw).match(/List-Unsubscribe: <([^>]+)>/)![1]!;
    const path = header.replace('https://crm.test/api/v1', '');
    const page = await ctx.app.inject({ method: 'GET', url: `/api/v1${path}` });
    expect(page.json()).toMatchObject({ language: 'fr', unsubscribed: false });
    const click = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1${path}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(click.statusCode, click.body).toBe(200);
    expect(click.json()).toMatchObject({
      unsubscribed: true,
      labels: { done: expect.stringContaining('désabonné') },
    });
    const flag = await ctx.db
      .selectFrom('contacts')
      .select('unsubscribed_at')
      .where('id', '=', fr.contacts[0]!)
      .executeTakeFirst();
    expect(flag?.unsubscribed_at).toBeTruthy();
    const audit = await ctx.db
      .selectFrom('audit_log')
      .select('entity_type')
      .where('entity_id', '=', fr.contacts[0]!)
      .execute();
    expect(audit.map((a) => a.entity_type)).toContain('contact');
    expect(
      (await ctx.client(org.eastManager).get(`/campaigns/${c.id}/results`)).json().totals
        .unsubscribed,
    ).toBe(1);
    const again = (await create(org.eastManager, { segmentId: fr.segmentId })).json();
    const s = await ctx.client(org.eastManager).post(`/campaigns/${again.id}/schedule`);
    expect(s.json().status).toBe('done');
    await runDue();
    expect(smtp.received).toHaveLength(1);
    expect((await recipients(again.id)).map((r) => r.status)).toEqual(['skipped_unsubscribed']);
    expect(
      (await ctx.app.inject({ method: 'POST', url: '/api/v1/public/unsubscribe/nope.x' }))
        .statusCode,
    ).toBe(404);
  });

  it('waits for another manager’s approval above the threshold', async () => {
    expect(
      (await ctx.client(org.eastManager).put('/campaign-settings', { approvalThreshold: 1 }))
        .statusCode,
    ).toBe(403);
    expect(
      (await ctx.client(org.admin).put('/campaign-settings', { approvalThreshold: 1 })).statusCode,
    ).toBe(200);
    const jp = await audience('JP', [
      { name: 'Haruto', email: 'haruto@j.example' },
      { name: 'Yui', email: 'yui@j.example' },
    ]);
    const c = (await create(org.eastManager, { segmentId: jp.segmentId })).json();
    const s = await ctx.client(org.eastManager).post(`/campaigns/${c.id}/schedule`);
    expect(s.json()).toMatchObject({ status: 'pending_approval', recipients: 2 });
    await runDue();
    expect(smtp.received).toHaveLength(0);
    const own = await ctx.client(org.eastManager).post(`/campaigns/${c.id}/approve`);
    expect(own.statusCode).toBe(403);
    expect((await ctx.client(org.eastRep).post(`/campaigns/${c.id}/approve`)).statusCode).toBe(403);
    const ok = await ctx.client(org.westManager).post(`/campaigns/${c.id}/approve`);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'scheduled', approvedBy: org.westManager.user.id });
    await runDue();
    expect(smtp.received).toHaveLength(2);
    await ctx.client(org.admin).put('/campaign-settings', { approvalThreshold: 500 });
  });

  it('test-sends to the sender’s own address', async () => {
    const es = await audience('ES', [{ name: 'Lucía', email: 'lucia@e.example' }]);
    const c = (await create(org.eastManager, { segmentId: es.segmentId })).json();
    const t = await ctx.client(org.eastManager).post(`/campaigns/${c.id}/test-send`);
    expect(t.statusCode, t.body).toBe(200);
    expect(smtp.received.map((m) => m.envelope.to)).toEqual([['sales@chuhai.test']]);
    expect(smtp.received[0]!.parsed.subject).toMatch(/^\[TEST\] /);
    expect(
      (await ctx.client(org.westManager).post(`/campaigns/${c.id}/test-send`)).statusCode,
    ).toBe(403);
  });

  it('denies reps and leaves nothing behind on bad input', async () => {
    const seg = await audience('MX', [{ name: 'Sofía', email: 'sofia@m.example' }]);
    expect((await create(org.eastRep, { segmentId: seg.segmentId })).statusCode).toBe(403);
    expect((await ctx.client(org.eastRep).get('/campaigns')).statusCode).toBe(403);
    const count = async () => (await ctx.db.selectFrom('campaigns').select('id').execute()).length;
    const before = await count();
    const bad = await create(org.eastManager, {
      segmentId: 'nope',
      templateId: 'nope',
      schedule: { mode: 'local', weekday: 2 },
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: Json) => e.path)
        .sort(),
    ).toEqual(['/schedule/time', '/segmentId', '/templateId']);
    // Another user's mailbox is not the caller's to send with.
    expect((await create(org.westManager, { segmentId: seg.segmentId })).statusCode).toBe(400);
    expect(
      (await create(org.eastManager, { segmentId: seg.segmentId, perMinute: 0 })).statusCode,
    ).toBe(400);
    expect(await count()).toBe(before);
  });
});
