import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';
import { Dovecot } from '../../../test/support/dovecot.ts';
import { IMAP_PASSWORD, IMAP_USER, mailboxBody } from '../../../test/support/mail-world.ts';
import { SmtpReceiver } from '../../../test/support/smtp-receiver.ts';
import { vetMailHost } from './mail-hosts.ts';

const SMTP_PASSWORD = 'smtp-secret-Ü-42';

describe('vetMailHost', () => {
  const policy = (addresses: string[], allowPrivate = false) => ({
    allowPrivate,
    resolve: async () => addresses,
  });
  it.each([
    ['a public name', 'smtp.example.com', ['93.184.216.34'], false, '93.184.216.34'],
    ['loopback', '127.0.0.1', [], false, 'mail_host_private'],
    ['a name inside the network', 'smtp.corp', ['10.0.0.5'], false, 'mail_host_private'],
    [
      'one of two addresses inside',
      'mx.example',
      ['93.184.216.34', '192.168.1.2'],
      false,
      'mail_host_private',
    ],
    ['cloud metadata', '169.254.169.254', [], false, 'mail_host_private'],
    ['IPv6 loopback', '[::1]', [], false, 'mail_host_private'],
    ['no address', 'nowhere.example', [], false, 'mail_host_not_found'],
    ['loopback, allowed', '127.0.0.1', [], true, '127.0.0.1'],
  ])('%s', async (_n, host, addresses, allow, expected) => {
    const got = await vetMailHost(policy(addresses, allow), host).catch(
      (e: { code: string }) => e.code,
    );
    expect(got).toBe(expected);
  });
});

describe.each(testDialects())('the SMTP connection test on %s', (dialect) => {
  let ctx: TestContext;
  let dovecot: Dovecot;
  let smtp: SmtpReceiver;
  let org: Awaited<ReturnType<typeof salesOrg>>;

  beforeAll(async () => {
    ctx = await TestContext.create(dialect, { container: { mail: { allowPrivateHosts: true } } });
    dovecot = await Dovecot.start({ [IMAP_USER]: IMAP_PASSWORD });
    smtp = await SmtpReceiver.start({ [IMAP_USER]: SMTP_PASSWORD });
    org = await salesOrg(ctx);
  });
  afterAll(async () => {
    await smtp?.stop();
    await dovecot?.stop();
    await ctx?.close();
  });

  const withSmtp = (over: Record<string, unknown> = {}): Record<string, unknown> =>
    mailboxBody(dovecot.port, {
      smtpHost: '127.0.0.1',
      smtpPort: smtp.port,
      smtpTls: 'none',
      smtpUsername: IMAP_USER,
      smtpPassword: SMTP_PASSWORD,
      ...over,
    });

  it('logs in to SMTP too and says so', async () => {
    const client = ctx.client(org.eastRep);
    const box = (await client.post('/mailboxes', withSmtp())).json();
    expect(box).toMatchObject({ hasSmtpPassword: true, smtpError: null });
    const res = await client.post(`/mailboxes/${box.id}/test`);
    expect(res.statusCode, res.body).toBe(200);
    const out = res.json();
    expect(out).toMatchObject({ ok: true, folders: ['INBOX', 'Sent'], smtp: 'ok' });
    // The server's folders come with it (mail-folders.test.ts checks their shape).
    expect(out.serverFolders.map((f: { path: string }) => f.path)).toEqual(
      expect.arrayContaining(['INBOX', 'Sent']),
    );
  });

  it.each([
    ['a wrong password', { smtpPassword: 'not-it' }, '/smtpPassword', 'mail_auth_failed'],
    ['TLS on a plain port', { smtpTls: 'tls' }, '/smtpTls', 'mail_tls_failed'],
    ['STARTTLS the server lacks', { smtpTls: 'starttls' }, '/smtpTls', 'mail_tls_failed'],
    ['a closed port', { smtpPort: 'closed' }, '/smtpPort', 'mail_host_unreachable'],
  ])('answers %s with its field and code, and records it', async (_n, over, path, code) => {
    const body = withSmtp(over);
    if (body.smtpPort === 'closed') {
      const closed = await SmtpReceiver.start({});
      body.smtpPort = closed.port;
      await closed.stop();
    }
    const client = ctx.client(org.eastRep);
    const id = (await client.post('/mailboxes', body)).json().id;
    const res = await client.post(`/mailboxes/${id}/test`);
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().errors).toEqual([expect.objectContaining({ path, code })]);
    expect(res.body).not.toContain(SMTP_PASSWORD);
    const box = (await client.get(`/mailboxes/${id}`)).json();
    expect(box.smtpError).toMatchObject({ code });
    // The IMAP side is fine: its status is not the SMTP problem.
    expect(box.lastError).toBeNull();
    // New SMTP settings void the old problem.
    const fixed = await client.patch(`/mailboxes/${id}`, withSmtp());
    expect(fixed.json().smtpError).toBeNull();
  });

  it('stores mail it sent once: the server’s copy in Sent is not a second message or touch', async () => {
    const client = ctx.client(org.eastRep);
    const box = (await client.post('/mailboxes', withSmtp())).json();
    const customer = await ctx.newCustomer(org.eastRep, { name: 'Sent Twice GmbH', country: 'DE' });
    const anna = await ctx.newContact(org.eastRep, customer.id, { emails: ['anna@sent-twice.de'] });
    const res = await client.post('/messages', {
      mailboxId: box.id,
      contactId: anna.id,
      subject: 'Angebot',
      body: 'Anbei.',
    });
    expect(res.statusCode, res.body).toBe(201);
    const runner = ctx.services.jobs.runner;
    while ((await runner.tick()).length) await runner.drain();
    const raw = smtp.received.find((m) => m.parsed.subject === 'Angebot')!.raw;
    // What a server that files sent mail (Gmail, Exchange) puts into Sent.
    await dovecot.append(IMAP_USER, IMAP_PASSWORD, 'Sent', [raw]);
    await ctx.services.mailSync.sync(org.ws.id, box.id);
    const thread = (await client.get(`/messages?customerId=${customer.id}`)).json().items;
    expect(thread.map((m: { subject: string }) => m.subject)).toEqual(['Angebot']);
    const touches = await ctx.db
      .selectFrom('activities')
      .select('id')
      .where('customer_id', '=', customer.id)
      .where('type', '=', 'email')
      .execute();
    expect(touches).toHaveLength(1);
  });
});
