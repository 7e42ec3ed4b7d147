import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';
import { SmtpReceiver } from '../../../test/support/smtp-receiver.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- API answers read as loose JSON */
type Json = any;

const RELAY_USER = 'relay';
const RELAY_PASSWORD = 'relay-pass-营销-7Ü';

// A workspace SMTP account (0073): an admin configures it (password sealed like a mailbox's),
// tests it against a real SMTP server, and a manager's campaign sends through it.
describe.each(testDialects())('workspace SMTP accounts on %s', (dialect) => {
  let ctx: TestContext;
  let smtp: SmtpReceiver;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  let clock = new Date();
  let templateId: string;

  beforeAll(async () => {
    ctx = await TestContext.create(dialect, {
      container: {
        jobs: { now: () => clock },
        mail: { allowPrivateHosts: true, publicUrl: 'https://crm.test' },
      },
    });
    smtp = await SmtpReceiver.start({ [RELAY_USER]: RELAY_PASSWORD });
    org = await salesOrg(ctx);
    templateId = (
      await ctx.client(org.admin).post('/templates', {
        name: 'Spring news',
        defaultLanguage: 'en',
        variants: [
          { language: 'en', subject: 'Spring news', body: 'Dear {contactFirstName}, news.' },
          { language: 'pt', subject: 'Novidades', body: 'Prezado {contactFirstName}, novidades.' },
        ],
      })
    ).json().id;
  });
  afterAll(async () => {
    await smtp?.stop();
    await ctx?.close();
  });
  beforeEach(() => {
    clock = new Date();
    smtp.received.length = 0;
  });

  const account = (over: Record<string, unknown> = {}) => ({
    name: 'Marketing relay',
    address: 'News@Exporter.test',
    fromName: 'Exporter Co.',
    smtpHost: '127.0.0.1',
    smtpPort: smtp.port,
    smtpTls: 'none',
    smtpUsername: RELAY_USER,
    smtpPassword: RELAY_PASSWORD,
    ...over,
  });
  const count = async () =>
    Number(
      (
        await ctx.db
          .selectFrom('smtp_accounts')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('workspace_id', '=', org.ws.id)
          .executeTakeFirstOrThrow()
      ).n,
    );
  const runDue = async () => {
    const runner = ctx.services.jobs.runner;
    while ((await runner.tick()).length) await runner.drain();
  };

  it('is created by an admin, its password sealed, never returned, never audited', async () => {
    const res = await ctx.client(org.admin).post('/smtp-accounts', account());
    expect(res.statusCode, res.body).toBe(201);
    const out = res.json();
    expect(out).toMatchObject({
      address: 'news@exporter.test',
      hasPassword: true,
      lastError: null,
      testedAt: null,
    });
    expect(res.body).not.toContain(RELAY_PASSWORD);
    const row = await ctx.db
      .selectFrom('smtp_accounts')
      .selectAll()
      .where('id', '=', out.id)
      .executeTakeFirstOrThrow();
    expect(row.smtp_secret).not.toContain(RELAY_PASSWORD);
    expect(row.smtp_secret).toMatch(/^v1\./);
    const audit = await ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity_id', '=', out.id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['create']);
    expect(JSON.stringify(audit)).not.toContain(RELAY_PASSWORD);
    expect(JSON.stringify(audit)).not.toContain(row.smtp_secret!);
    const listed = (await ctx.client(org.eastManager).get('/smtp-accounts')).json().items;
    expect(listed.map((a: Json) => a.id)).toContain(out.id);
    expect(JSON.stringify(listed)).not.toContain(RELAY_PASSWORD);
  });

  it('tests the login against the SMTP server and keeps the outcome', async () => {
    const admin = ctx.client(org.admin);
    const id = (await admin.post('/smtp-accounts', account())).json().id;
    const ok = await admin.post(`/smtp-accounts/${id}/test`);
    expect(ok.statusCode, ok.body).toBe(200);
    expect((await admin.get(`/smtp-accounts/${id}`)).json().testedAt).not.toBeNull();

    await admin.patch(`/smtp-accounts/${id}`, { smtpPassword: 'not-the-password' });
    const refused = await admin.post(`/smtp-accounts/${id}/test`);
    expect(refused.statusCode, refused.body).toBe(422);
    expect(refused.json().errors).toEqual([
      expect.objectContaining({ path: '/smtpPassword', code: 'mail_auth_failed' }),
    ]);
    expect(refused.body).not.toContain('not-the-password');
    const after = (await admin.get(`/smtp-accounts/${id}`)).json();
    expect(after).toMatchObject({ lastError: { code: 'mail_auth_failed' }, testedAt: null });
    expect(JSON.stringify(after)).not.toContain('not-the-password');

    const tls = await admin.post('/smtp-accounts', account({ smtpTls: 'tls' }));
    const tlsRes = await admin.post(`/smtp-accounts/${tls.json().id}/test`);
    expect(tlsRes.json().errors).toEqual([
      expect.objectContaining({ path: '/smtpTls', code: 'mail_tls_failed' }),
    ]);
  });

  it('refuses a private host unless the installation allows it', async () => {
    const strict = await TestContext.create(dialect);
    try {
      const o = await salesOrg(strict);
      const id = (await strict.client(o.admin).post('/smtp-accounts', account())).json().id;
      const res = await strict.client(o.admin).post(`/smtp-accounts/${id}/test`);
      expect(res.statusCode).toBe(422);
      expect(res.json().errors[0]).toMatchObject({
        path: '/smtpHost',
        code: 'mail_host_private',
      });
    } finally {
      await strict.close();
    }
  });

  it.each([
    ['a user name without password', { smtpPassword: null }, '/smtpPassword', 'required'],
    ['a password without user name', { smtpUsername: null }, '/smtpUsername', 'required'],
    ['an address that is not one', { address: 'not-an-address' }, '/address', undefined],
    ['a port out of range', { smtpPort: 70000 }, '/smtpPort', undefined],
    ['an unknown TLS mode', { smtpTls: 'ssl3' }, '/smtpTls', undefined],
    ['an unknown field', { popHost: 'x' }, undefined, undefined],
  ])('answers %s with 400 and writes nothing', async (_n, over, path, code) => {
    const before = await count();
    const res = await ctx.client(org.admin).post('/smtp-accounts', account(over));
    expect(res.statusCode, res.body).toBe(400);
    if (path) expect(res.json().errors[0]).toMatchObject({ path, ...(code ? { code } : {}) });
    expect(res.body).not.toContain(RELAY_PASSWORD);
    expect(await count()).toBe(before);
  });

  it('is the admins’ to write; managers read it, reps get 403', async () => {
    const id = (await ctx.client(org.admin).post('/smtp-accounts', account())).json().id;
    const before = await count();
    for (const who of [org.eastManager, org.eastRep]) {
      const c = ctx.client(who);
      expect((await c.post('/smtp-accounts', account())).statusCode).toBe(403);
      expect((await c.patch(`/smtp-accounts/${id}`, { name: 'Mine' })).statusCode).toBe(403);
      expect((await c.post(`/smtp-accounts/${id}/test`)).statusCode).toBe(403);
      expect((await c.delete(`/smtp-accounts/${id}`)).statusCode).toBe(403);
    }
    expect((await ctx.client(org.eastRep).get('/smtp-accounts')).statusCode).toBe(403);
    expect((await ctx.client(org.eastRep).get(`/smtp-accounts/${id}`)).statusCode).toBe(403);
    expect((await ctx.client(org.eastManager).get(`/smtp-accounts/${id}`)).statusCode).toBe(200);
    expect(await count()).toBe(before);
    // Another workspace's admin does not find it.
    const other = await salesOrg(ctx);
    expect((await ctx.client(other.admin).get(`/smtp-accounts/${id}`)).statusCode).toBe(404);
    const del = await ctx.client(org.admin).delete(`/smtp-accounts/${id}`);
    expect(del.statusCode).toBe(204);
    expect(await count()).toBe(before - 1);
    const audit = await ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', id)
      .orderBy('at')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['create', 'delete']);
  });

  it('sends a manager’s campaign through it, in each contact’s language, with one-click unsubscribe', async () => {
    const id = (await ctx.client(org.admin).post('/smtp-accounts', account())).json().id;
    const customer = await ctx.newCustomer(org.eastRep, { name: 'Porto Ltda', country: 'BR' });
    const joao = await ctx.newContact(org.eastRep, customer.id, {
      firstName: 'João',
      emails: ['joao@porto.example'],
      preferredLanguage: 'pt',
    });
    const seg = await ctx.client(org.eastManager).post('/segments', {
      name: 'Brazil relay',
      filter: { match: 'all', conditions: [{ field: 'country', op: 'in', value: ['br'] }] },
    });
    const manager = ctx.client(org.eastManager);
    const body = {
      name: 'Spring',
      segmentId: seg.json().id,
      templateId,
      schedule: { mode: 'now' },
    };
    const both = await manager.post('/campaigns', { ...body, smtpAccountId: id, mailboxId: 'x' });
    expect(both.json().errors).toEqual([
      expect.objectContaining({ path: '/smtpAccountId', code: 'campaign_one_sender' }),
    ]);
    const none = await manager.post('/campaigns', body);
    expect(none.json().errors).toEqual([
      expect.objectContaining({ path: '/mailboxId', code: 'required' }),
    ]);
    const unknown = await manager.post('/campaigns', { ...body, smtpAccountId: 'nope' });
    expect(unknown.json().errors).toEqual([
      expect.objectContaining({ path: '/smtpAccountId', code: 'no_such' }),
    ]);

    const created = await manager.post('/campaigns', { ...body, smtpAccountId: id });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ smtpAccountId: id, mailboxId: null });
    const cid = created.json().id;

    const test = await manager.post(`/campaigns/${cid}/test-send`);
    expect(test.statusCode, test.body).toBe(200);
    expect(test.json()).toMatchObject({ to: org.eastManager.user.email, language: 'pt' });
    expect(smtp.received[0]!.parsed.subject).toBe('[TEST] Novidades');
    smtp.received.length = 0;

    expect((await manager.post(`/campaigns/${cid}/schedule`)).statusCode).toBe(200);
    await runDue();
    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail!.user).toBe(RELAY_USER);
    expect(mail!.envelope.to).toEqual(['joao@porto.example']);
    expect(mail!.parsed.from?.value[0]).toEqual({
      address: 'news@exporter.test',
      name: 'Exporter Co.',
    });
    expect(mail!.parsed.subject).toBe('Novidades');
    expect(mail!.parsed.text).toContain('Prezado João, novidades.');
    const head = mail!.raw.toString('utf8').replace(/\r?\n[ \t]+/g, ' ');
    expect(head).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m);
    expect(head).toMatch(
      /^List-Unsubscribe: <https:\/\/crm\.test\/api\/v1\/public\/unsubscribe\/[^>]+>$/m,
    );
    expect(mail!.parsed.messageId).toBe(`<${cid}.${joao.id}.chuhai@exporter.test>`);
    const recipient = await ctx.db
      .selectFrom('campaign_recipients')
      .select(['status', 'language'])
      .where('campaign_id', '=', cid)
      .executeTakeFirstOrThrow();
    expect(recipient).toEqual({ status: 'sent', language: 'pt' });
    const touch = await ctx.db
      .selectFrom('activities')
      .select(['direction', 'summary'])
      .where('contact_id', '=', joao.id)
      .where('type', '=', 'email')
      .execute();
    expect(touch).toEqual([{ direction: 'outbound', summary: 'Novidades' }]);
    const results = (await manager.get(`/campaigns/${cid}/results`)).json();
    expect(results.totals).toMatchObject({ total: 1, sent: 1 });
  });

  it('keeps a refused login on the account and holds the recipients for a later run', async () => {
    const admin = ctx.client(org.admin);
    const id = (await admin.post('/smtp-accounts', account({ smtpPassword: 'wrong' }))).json().id;
    const customer = await ctx.newCustomer(org.eastRep, { name: 'Held GmbH', country: 'AT' });
    await ctx.newContact(org.eastRep, customer.id, {
      firstName: 'Lena',
      emails: ['lena@held.example'],
    });
    const seg = await ctx.client(org.eastManager).post('/segments', {
      name: 'Austria relay',
      filter: { match: 'all', conditions: [{ field: 'country', op: 'in', value: ['at'] }] },
    });
    const manager = ctx.client(org.eastManager);
    const cid = (
      await manager.post('/campaigns', {
        name: 'Held',
        segmentId: seg.json().id,
        templateId,
        smtpAccountId: id,
        schedule: { mode: 'now' },
      })
    ).json().id;
    await manager.post(`/campaigns/${cid}/schedule`);
    await runDue();
    expect(smtp.received).toHaveLength(0);
    const held = await ctx.db
      .selectFrom('campaign_recipients')
      .select('status')
      .where('campaign_id', '=', cid)
      .executeTakeFirstOrThrow();
    expect(held.status).toBe('queued');
    const acc = (await admin.get(`/smtp-accounts/${id}`)).json();
    expect(acc.lastError).toMatchObject({ code: 'mail_auth_failed' });
    expect(JSON.stringify(acc)).not.toContain('wrong"');
  });
});
