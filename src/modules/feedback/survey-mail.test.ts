import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { salesOrg, TestContext } from '../../../test/support/context.ts';
import { testDialects } from '../../../test/support/databases.ts';
import { SmtpReceiver } from '../../../test/support/smtp-receiver.ts';
import type { DB } from '../../db/schema.ts';

const RELAY_USER = 'surveys';
const RELAY_PASSWORD = 'survey-pass-调查';

// Survey links by mail: through the workspace SMTP account the service settings name, as durable
// jobs, in the contact's language; tested against a real SMTP server, reading the bytes received.
describe.each(testDialects())('survey links by mail on %s', (dialect) => {
  let ctx: TestContext;
  let smtp: SmtpReceiver;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  let clock = new Date();
  let spanish: { id: string };
  let saudi: { id: string };
  let accountId: string;

  beforeAll(async () => {
    ctx = await TestContext.create(dialect, {
      container: {
        jobs: { now: () => clock },
        mail: { allowPrivateHosts: true, publicUrl: 'https://crm.test' },
      },
    });
    smtp = await SmtpReceiver.start({ [RELAY_USER]: RELAY_PASSWORD });
    org = await salesOrg(ctx);
    spanish = await ctx.newCustomer(org.eastRep, { name: 'Bombas del Sur SL', country: 'ES' });
    await ctx.newContact(org.eastRep, spanish.id, {
      firstName: 'Lucía',
      lastName: 'Ortega',
      emails: ['lucia@bombas.test'],
      preferredLanguage: 'es',
      primary: true,
    });
    saudi = await ctx.newCustomer(org.eastRep, { name: 'Riyadh Valves', country: 'SA' });
    await ctx.newContact(org.eastRep, saudi.id, {
      firstName: 'Faisal',
      emails: ['faisal@valves.test'],
      primary: true,
    });
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
  const count = async (table: keyof DB) =>
    Number(
      (
        await ctx.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const solved = async (customerId: string, subject: string) => {
    const rep = ctx.client(org.eastRep);
    const t = await rep.post('/tickets', {
      customerId,
      subject,
      channel: 'email',
      type: 'question',
    });
    expect(t.statusCode).toBe(201);
    expect((await rep.patch(`/tickets/${t.json().id}`, { status: 'solved' })).statusCode).toBe(200);
    return (await rep.get(`/tickets/${t.json().id}/csat`)).json().survey;
  };

  it('without an SMTP account chosen nothing is mailed, and the settings say so', async () => {
    const settings = await ctx.client(org.eastManager).get('/service-settings');
    expect(settings.statusCode).toBe(200);
    expect(settings.json()).toEqual({
      surveySmtpAccountId: null,
      surveyAccount: null,
      surveyMail: 'off',
    });
    const survey = await solved(spanish.id, 'Sin cuenta');
    expect(survey).toMatchObject({ language: 'es', mailStatus: null, mailedAt: null });
    await runDue();
    expect(smtp.received).toHaveLength(0);
  });

  it('only admins choose the account; an unknown account is 400 at its field and writes nothing', async () => {
    expect((await ctx.client(org.eastRep).get('/service-settings')).statusCode).toBe(403);
    for (const who of [org.eastManager, org.eastRep])
      expect(
        (await ctx.client(who).put('/service-settings', { surveySmtpAccountId: null })).statusCode,
      ).toBe(403);
    const bad = await ctx
      .client(org.admin)
      .put('/service-settings', { surveySmtpAccountId: 'nope' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([
      expect.objectContaining({ path: '/surveySmtpAccountId', code: 'no_such' }),
    ]);
    expect(
      (await ctx.client(org.admin).put('/service-settings', { surveySmtpAccountId: 1 })).statusCode,
    ).toBe(400);
    expect((await ctx.client(org.admin).put('/service-settings', { other: true })).statusCode).toBe(
      400,
    );
    expect(await count('service_settings')).toBe(0);
  });

  it('mails the CSAT link when a ticket is solved, in the contact’s language, through the account', async () => {
    const created = await ctx.client(org.admin).post('/smtp-accounts', {
      name: 'Service relay',
      address: 'service@exporter.test',
      fromName: 'Exporter Service',
      smtpHost: '127.0.0.1',
      smtpPort: smtp.port,
      smtpTls: 'none',
      smtpUsername: RELAY_USER,
      smtpPassword: RELAY_PASSWORD,
    });
    expect(created.statusCode, created.body).toBe(201);
    accountId = created.json().id;
    const put = await ctx
      .client(org.admin)
      .put('/service-settings', { surveySmtpAccountId: accountId });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json()).toMatchObject({
      surveyMail: 'on',
      surveyAccount: { id: accountId, name: 'Service relay', address: 'service@exporter.test' },
    });

    const survey = await solved(spanish.id, 'La bomba pierde agua');
    expect(survey.mailStatus).toBe('queued');
    await runDue();
    expect(smtp.received).toHaveLength(1);
    const [got] = smtp.received;
    expect(got!.user).toBe(RELAY_USER);
    expect(got!.envelope.to).toEqual(['lucia@bombas.test']);
    const raw = got!.raw.toString('utf8');
    expect(raw).toMatch(/^Content-Language: es\r?$/m);
    const mail = got!.parsed;
    expect(mail.from?.value[0]).toMatchObject({
      address: 'service@exporter.test',
      name: 'Exporter Service',
    });
    expect(mail.subject).toBe('¿Cómo lo hicimos? La bomba pierde agua');
    expect(mail.text).toContain('Hola, Lucía:');
    const link = /https:\/\/crm\.test\/survey\/(\S+)/.exec(mail.text ?? '');
    expect(link?.[0]).toBe(`https://crm.test${survey.link}`);
    // The link leads to the survey, asked in Spanish.
    const page = await ctx.client().get(`/public/surveys/${link![1]}`);
    expect(page.json()).toMatchObject({
      kind: 'csat',
      language: 'es',
      subject: 'La bomba pierde agua',
    });
    const row = await ctx.db
      .selectFrom('surveys')
      .select(['mail_status', 'mail_error', 'mailed_at'])
      .where('id', '=', survey.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ mail_status: 'sent', mail_error: null });
    // A second run sends nothing more.
    await runDue();
    expect(smtp.received).toHaveLength(1);
  });

  it('mails an NPS round’s links at each customer’s local send time, in Arabic for Riyadh', async () => {
    const seg = await ctx.client(org.admin).post('/segments', {
      name: 'Gulf',
      filter: { match: 'all', conditions: [{ field: 'country', op: 'in', value: ['sa'] }] },
    });
    const res = await ctx.client(org.admin).post('/surveys', {
      name: 'Gulf NPS',
      segmentId: seg.json().id,
      sendTime: '10:00',
    });
    expect(res.statusCode, res.body).toBe(201);
    const round = res.json();
    expect(round.mail).toEqual({ queued: 1, sent: 0, failed: 0, notMailed: 0 });
    const [s] = round.surveys;
    expect(s).toMatchObject({ language: 'ar', mailStatus: 'queued' });
    expect(s.plannedLocal.endsWith('10:00')).toBe(true);
    await runDue();
    expect(smtp.received).toHaveLength(0); // not before its instant
    clock = new Date(Date.parse(s.plannedAt) + 1000);
    await runDue();
    expect(smtp.received).toHaveLength(1);
    const got = smtp.received[0]!;
    expect(got.envelope.to).toEqual(['faisal@valves.test']);
    expect(got.raw.toString('utf8')).toMatch(/^Content-Language: ar\r?$/m);
    expect(got.parsed.subject).toBe('سؤال سريع: هل توصي بنا؟');
    expect(got.parsed.text).toContain(`https://crm.test${s.link}`);
    const again = (await ctx.client(org.admin).get(`/surveys/${round.id}`)).json();
    expect(again.mail).toEqual({ queued: 0, sent: 1, failed: 0, notMailed: 0 });
    expect(again.surveys[0]).toMatchObject({ mailStatus: 'sent', mailError: null });
  });

  it('a survey whose account was removed before its turn fails with mail_no_smtp', async () => {
    const survey = await solved(saudi.id, 'Pressure drop');
    expect(survey.mailStatus).toBe('queued');
    expect((await ctx.client(org.admin).delete(`/smtp-accounts/${accountId}`)).statusCode).toBe(
      204,
    );
    await runDue();
    expect(smtp.received).toHaveLength(0);
    const row = await ctx.db
      .selectFrom('surveys')
      .select(['mail_status', 'mail_error'])
      .where('id', '=', survey.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ mail_status: 'failed', mail_error: 'mail_no_smtp' });
    expect((await ctx.client(org.admin).get('/service-settings')).json().surveyMail).toBe(
      'account_gone',
    );
  });
});
