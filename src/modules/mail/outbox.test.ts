import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext, type Actor } from '../../../test/support/context.ts';
import { seedMessage } from '../../../test/support/mail-world.ts';
import { SmtpReceiver } from '../../../test/support/smtp-receiver.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- API answers read as loose JSON */
type Json = any;

const SMTP_USER = 'li.wei';
const SMTP_PASSWORD = 'smtp-pass-密码-7';

const greeting = {
  name: 'Sample follow-up',
  defaultLanguage: 'en',
  variants: [
    { language: 'en', subject: 'Your samples', body: 'Dear {contactFirstName}, samples sent.' },
    {
      language: 'zh-CN',
      subject: '您的样品已寄出',
      body: '{contactFirstName}，您好！样品已寄出。',
    },
    { language: 'ar', subject: 'عيناتكم', body: 'عزيزي {contactFirstName}، تم إرسال العينات.' },
  ],
};

describe.each(testDialects())('sending mail on %s', (dialect) => {
  let ctx: TestContext;
  let smtp: SmtpReceiver;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  let clock = new Date();
  let templateId: string;
  let mailboxId: string;
  let world: Record<string, { id: string }>;

  beforeAll(async () => {
    ctx = await TestContext.create(dialect, {
      container: { jobs: { now: () => clock }, mail: { allowPrivateHosts: true } },
    });
    smtp = await SmtpReceiver.start({ [SMTP_USER]: SMTP_PASSWORD });
    org = await salesOrg(ctx);
    templateId = (await ctx.client(org.admin).post('/templates', greeting)).json().id;
    mailboxId = await connect(org.eastRep, SMTP_PASSWORD);
    const shanghai = await ctx.newCustomer(org.eastRep, { name: 'Huaxin Trading', country: 'CN' });
    const riyadh = await ctx.newCustomer(org.eastRep, { name: 'Al Noor Trading', country: 'SA' });
    world = {
      shanghai,
      riyadh,
      wang: await ctx.newContact(org.eastRep, shanghai.id, {
        firstName: '王芳',
        emails: ['wang.fang@huaxin.example'],
        preferredLanguage: 'zh-CN',
      }),
      omar: await ctx.newContact(org.eastRep, riyadh.id, {
        firstName: 'عمر',
        emails: ['omar@alnoor.example'],
        preferredLanguage: 'ar',
      }),
    };
  });
  afterAll(async () => {
    await smtp?.stop();
    await ctx?.close();
  });
  beforeEach(() => {
    clock = new Date();
    smtp.received.length = 0;
  });

  async function connect(owner: Actor, smtpPassword: string, port?: number) {
    const res = await ctx.client(owner).post('/mailboxes', {
      address: `${owner.user.id.slice(-6).toLowerCase()}@chuhai.test`,
      imapHost: '127.0.0.1',
      imapPort: 1,
      imapTls: 'none',
      imapUsername: 'unused',
      imapPassword: 'unused',
      smtpHost: '127.0.0.1',
      smtpPort: port ?? smtp.port,
      smtpTls: 'none',
      smtpUsername: SMTP_USER,
      smtpPassword,
      syncSince: '2026-01-01',
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  }
  /** Runs every due job at the test clock until none is due. */
  const runDue = async () => {
    const runner = ctx.services.jobs.runner;
    while ((await runner.tick()).length) await runner.drain();
  };
  const send = (actor: Actor, body: Record<string, unknown>) =>
    ctx.client(actor).post('/messages', { mailboxId, ...body });
  const outboxRows = async () =>
    (await ctx.db.selectFrom('mail_outbox').select('id').execute()).length;
  const jobRows = async () =>
    (await ctx.db.selectFrom('jobs').select('id').where('kind', '=', 'mail.send').execute()).length;

  it('sends now: real mail in the contact’s language, on the timeline and in the thread', async () => {
    const res = await send(org.eastRep, { contactId: world.wang!.id, templateId });
    expect(res.statusCode, res.body).toBe(201);
    const queued = res.json();
    expect(queued.outgoing).toMatchObject({
      status: 'scheduled',
      sendAt: 'now',
      language: 'zh-CN',
      languageReason: { basis: 'contact' },
    });
    await runDue();
    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail!.user).toBe(SMTP_USER);
    expect(mail!.envelope.to).toEqual(['wang.fang@huaxin.example']);
    expect(mail!.parsed.subject).toBe('您的样品已寄出');
    expect(mail!.parsed.text?.trim()).toBe('王芳，您好！样品已寄出。');
    expect(mail!.parsed.messageId).toBe(queued.threadId);
    expect(mail!.parsed.from?.value[0]?.address).toBe(queued.from.address);
    expect(mail!.parsed.to).toMatchObject({ value: [{ address: 'wang.fang@huaxin.example' }] });
    expect(mail!.raw.toString('latin1')).toMatch(/charset=utf-8/i);
    const sent = (await ctx.client(org.eastRep).get(`/messages/${queued.id}`)).json();
    expect(sent.outgoing).toMatchObject({ status: 'sent', attempts: 1, error: null });
    const thread = await ctx.client(org.eastRep).get(`/messages?customerId=${world.shanghai!.id}`);
    expect(thread.json().items).toMatchObject([
      { direction: 'outbound', subject: '您的样品已寄出', threadId: queued.threadId },
    ]);
    const touches = await ctx.db
      .selectFrom('activities')
      .select(['type', 'direction', 'summary'])
      .where('customer_id', '=', world.shanghai!.id)
      .where('type', '=', 'email')
      .execute();
    expect(touches).toEqual([{ type: 'email', direction: 'outbound', summary: '您的样品已寄出' }]);
  });

  it('answers a synced message with threading headers, in Arabic UTF-8', async () => {
    const parent = await seedMessage(ctx, org.ws.id, mailboxId, world.riyadh!.id);
    const res = await send(org.eastRep, {
      contactId: world.omar!.id,
      templateId,
      replyToMessageId: parent.id,
    });
    expect(res.statusCode, res.body).toBe(201);
    await runDue();
    const [mail] = smtp.received;
    expect(mail!.parsed.subject).toBe('عيناتكم');
    expect(mail!.parsed.text?.trim()).toBe('عزيزي عمر، تم إرسال العينات.');
    expect(mail!.parsed.inReplyTo).toBe(parent.message_id);
    expect(mail!.parsed.references).toBe(parent.message_id);
  });

  it('sends at their morning: a Riyadh contact on Thursday evening gets Sunday 09:30', async () => {
    clock = new Date('2026-12-03T17:00:00Z'); // Thursday 20:00 in Riyadh; Fri and Sat are weekend
    const res = await send(org.eastRep, {
      contactId: world.omar!.id,
      subject: 'Samples',
      body: 'Hello',
      sendAt: 'local-morning',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().outgoing).toMatchObject({
      plannedAt: '2026-12-06T06:30:00.000Z',
      timeZone: 'Asia/Riyadh',
      plannedLocal: '2026-12-06 09:30',
    });
    await runDue();
    expect(smtp.received).toHaveLength(0);
    const outbox = (await ctx.client(org.eastRep).get('/messages?status=scheduled')).json();
    expect(outbox.items.map((m: Json) => m.id)).toEqual([res.json().id]);
    clock = new Date('2026-12-06T06:31:00Z');
    await runDue();
    expect(smtp.received.map((m) => m.parsed.subject)).toEqual(['Samples']);
  });

  it('cancels before sending (never sent), and answers 409 once cancelled or sent', async () => {
    const later = new Date(clock.getTime() + 86_400_000).toISOString();
    const res = await send(org.eastRep, {
      contactId: world.wang!.id,
      templateId,
      sendAt: later,
    });
    expect(res.json().outgoing.plannedAt).toBe(later);
    const id = res.json().id as string;
    const cancel = await ctx.client(org.eastRep).post(`/messages/${id}/cancel`);
    expect(cancel.statusCode, cancel.body).toBe(200);
    expect(cancel.json().outgoing).toMatchObject({ status: 'cancelled' });
    clock = new Date(clock.getTime() + 2 * 86_400_000);
    await runDue();
    expect(smtp.received).toHaveLength(0);
    expect((await ctx.client(org.eastRep).post(`/messages/${id}/cancel`)).statusCode).toBe(409);
    const sent = (await send(org.eastRep, { contactId: world.wang!.id, templateId })).json();
    await runDue();
    const late = await ctx.client(org.eastRep).post(`/messages/${sent.id}/cancel`);
    expect(late.statusCode).toBe(409);
    expect(late.json().errors[0]).toMatchObject({ code: 'mail_not_cancellable' });
  });

  it('marks a message failed with the reason when the SMTP password is wrong', async () => {
    const wrong = await connect(org.eastRep2, 'not-the-password');
    const res = await ctx
      .client(org.eastRep2)
      .post('/messages', { mailboxId: wrong, contactId: world.wang!.id, subject: 'S', body: 'B' });
    // eastRep2 is on the same team but the customer is eastRep's: not theirs to write to.
    expect(res.statusCode).toBe(404);
    const own = await ctx.newCustomer(org.eastRep2, { name: 'Kim Trading', country: 'KR' });
    const kim = await ctx.newContact(org.eastRep2, own.id, { emails: ['kim@kim.example'] });
    const ok = await ctx
      .client(org.eastRep2)
      .post('/messages', { mailboxId: wrong, contactId: kim.id, subject: 'S', body: 'B' });
    expect(ok.statusCode, ok.body).toBe(201);
    await runDue();
    expect(smtp.received).toHaveLength(0);
    const failed = (await ctx.client(org.eastRep2).get(`/messages/${ok.json().id}`)).json();
    expect(failed.outgoing).toMatchObject({
      status: 'failed',
      error: { code: 'mail_auth_failed' },
    });
    expect(JSON.stringify(failed)).not.toContain('not-the-password');
    const box = (await ctx.client(org.eastRep2).get(`/mailboxes/${wrong}`)).json();
    expect(box.smtpError).toMatchObject({ code: 'mail_auth_failed' });
  });

  it('retries an unreachable server with backoff, then marks the message failed', async () => {
    const closed = await SmtpReceiver.start({});
    const port = closed.port;
    await closed.stop();
    const box = await connect(org.westRep, 'x', port);
    const brazil = await ctx.newCustomer(org.westRep, { name: 'Porto Ltda', country: 'BR' });
    const joao = await ctx.newContact(org.westRep, brazil.id, { emails: ['joao@porto.example'] });
    const res = await ctx
      .client(org.westRep)
      .post('/messages', { mailboxId: box, contactId: joao.id, subject: 'Olá', body: 'B' });
    const id = res.json().id as string;
    const statuses: string[] = [];
    for (let i = 0; i < 5; i++) {
      await runDue();
      statuses.push((await ctx.client(org.westRep).get(`/messages/${id}`)).json().outgoing.status);
      clock = new Date(clock.getTime() + 2 * 3_600_000);
    }
    expect(statuses).toEqual(['scheduled', 'scheduled', 'scheduled', 'scheduled', 'failed']);
    const last = (await ctx.client(org.westRep).get(`/messages/${id}`)).json().outgoing;
    expect(last).toMatchObject({ attempts: 5, error: { code: 'mail_host_unreachable' } });
  });

  it.each([
    ['a bad sendAt', { sendAt: 'tomorrow', subject: 'S', body: 'B' }, '/sendAt', 'send_at_format'],
    [
      'a past sendAt',
      { sendAt: '2020-01-01T00:00:00Z', subject: 'S', body: 'B' },
      '/sendAt',
      'send_at_past',
    ],
    ['no subject without a template', { body: 'B' }, '/subject', 'required'],
    ['an unknown template', { templateId: 'nope' }, '/templateId', 'no_such'],
    ['an unknown field', { subject: 'S', body: 'B', cc: 'x' }, '', ''],
  ])('refuses %s with 400 and writes nothing', async (_n, body, path, code) => {
    const [rows, jobs] = [await outboxRows(), await jobRows()];
    const res = await send(org.eastRep, { contactId: world.wang!.id, ...body });
    expect(res.statusCode, res.body).toBe(400);
    if (code) expect(res.json().errors).toContainEqual(expect.objectContaining({ path, code }));
    expect([await outboxRows(), await jobRows()]).toEqual([rows, jobs]);
  });

  it('refuses a template that cannot be rendered for the contact (missing merge value)', async () => {
    const strict = await ctx.client(org.admin).post('/templates', {
      name: 'Formal',
      defaultLanguage: 'en',
      variants: [{ language: 'en', subject: 'Hi', body: 'Dear Mr {contactLastName}' }],
    });
    const rows = await outboxRows();
    const res = await send(org.eastRep, {
      contactId: world.wang!.id,
      templateId: strict.json().id,
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().errors[0]).toMatchObject({
      path: '/variants/en/body',
      code: 'template_merge_value_missing',
    });
    expect(await outboxRows()).toBe(rows);
  });

  it('keeps the outbox its sender’s: others get 404 and cannot send through the mailbox', async () => {
    const mine = (
      await send(org.eastRep, {
        contactId: world.wang!.id,
        subject: 'S',
        body: 'B',
        sendAt: new Date(clock.getTime() + 3_600_000).toISOString(),
      })
    ).json();
    for (const other of [org.eastRep2, org.eastManager, org.admin]) {
      expect((await ctx.client(other).get(`/messages/${mine.id}`)).statusCode).toBe(404);
      expect((await ctx.client(other).post(`/messages/${mine.id}/cancel`)).statusCode).toBe(404);
      const list = (await ctx.client(other).get('/messages?status=all')).json();
      expect(list.items.map((m: Json) => m.id)).not.toContain(mine.id);
    }
    const rows = await outboxRows();
    const borrowed = await ctx
      .client(org.admin)
      .post('/messages', { mailboxId, contactId: world.wang!.id, subject: 'S', body: 'B' });
    expect(borrowed.statusCode).toBe(404);
    expect(await outboxRows()).toBe(rows);
    expect((await ctx.client(org.eastRep).get(`/messages/${mine.id}`)).statusCode).toBe(200);
  });
});
