import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';
import { Dovecot } from '../../../test/support/dovecot.ts';
import { IMAP_PASSWORD, IMAP_USER, mailboxBody } from '../../../test/support/mail-world.ts';

/** A port nothing listens on: bound, noted, released. */
async function closedPort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const port = (srv.address() as { port: number }).port;
  await new Promise((r) => srv.close(r));
  return port;
}

describe.each(testDialects())('mailboxes API (%s)', (dialect) => {
  let ctx: TestContext;
  let dovecot: Dovecot;
  let org: Awaited<ReturnType<typeof salesOrg>>;

  beforeAll(async () => {
    // Dovecot listens on 127.0.0.1: this installation allows mail servers on its own network.
    ctx = await TestContext.create(dialect, { container: { mail: { allowPrivateHosts: true } } });
    dovecot = await Dovecot.start({ [IMAP_USER]: IMAP_PASSWORD });
    org = await salesOrg(ctx);
  });
  afterAll(async () => {
    await ctx?.close();
    await dovecot?.stop();
  });

  const rows = () => ctx.db.selectFrom('mailboxes').selectAll().execute();

  it('connects a mailbox: the password is sealed in the database and never answered', async () => {
    const res = await ctx.client(org.eastRep).post('/mailboxes', mailboxBody(dovecot.port));
    expect(res.statusCode).toBe(201);
    expect(res.body).not.toContain(IMAP_PASSWORD);
    expect(res.json()).toMatchObject({ status: 'new', sharing: 'metadata', imapTls: 'none' });
    const [row] = (await rows()).filter((r) => r.id === res.json().id);
    expect(row!.imap_secret).not.toContain(IMAP_PASSWORD);
    expect(row!.imap_secret.startsWith('v1.')).toBe(true);
    const audit = await ctx.db.selectFrom('audit_log').selectAll().execute();
    expect(JSON.stringify(audit)).not.toContain(IMAP_PASSWORD);
    expect(JSON.stringify(audit)).not.toContain(row!.imap_secret);
    const list = await ctx.client(org.eastRep).get('/mailboxes');
    expect(list.json().items).toHaveLength(1);
    expect(list.body).not.toContain(IMAP_PASSWORD);
  });

  it('tests the connection and lists the folders a sync reads', async () => {
    const id = (await ctx.client(org.eastRep).get('/mailboxes')).json().items[0].id;
    const res = await ctx.client(org.eastRep).post(`/mailboxes/${id}/test`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      ok: true,
      folders: ['INBOX', 'Sent'],
      smtp: 'not_configured',
    });
    // Every folder of the server, to choose more from (mail-folders.test.ts chooses some).
    expect(res.json().serverFolders).toEqual([
      { path: 'INBOX', name: 'INBOX', specialUse: '\\Inbox', always: true, chosen: false },
      { path: 'Sent', name: 'Sent', specialUse: '\\Sent', always: true, chosen: false },
    ]);
  });

  it.each([
    ['a wrong password', { imapPassword: 'not-the-password' }, '/imapPassword', 'mail_auth_failed'],
    ['TLS on a plain port', { imapTls: 'tls' }, '/imapTls', 'mail_tls_failed'],
    [
      'an unknown host',
      { imapHost: 'imap.chuhai-no-such-host.invalid' },
      '/imapHost',
      'mail_host_not_found',
    ],
    ['a closed port', { imapPort: 'closed' }, '/imapPort', 'mail_host_unreachable'],
  ])('answers %s with its field and code, and records it', async (_name, change, path, code) => {
    const body = { ...mailboxBody(dovecot.port), ...change };
    if (body.imapPort === 'closed') body.imapPort = await closedPort();
    const client = ctx.client(org.eastRep2);
    const id = (await client.post('/mailboxes', body)).json().id;
    const res = await client.post(`/mailboxes/${id}/test`);
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().errors).toEqual([expect.objectContaining({ path, code })]);
    expect(res.body).not.toContain(IMAP_PASSWORD);
    const box = (await client.get(`/mailboxes/${id}`)).json();
    expect(box).toMatchObject({ status: 'error', lastError: { code } });
  });

  it('refuses an IMAP server on a private or loopback address unless the installation allows it', async () => {
    // The installation as shipped: no private hosts. Saving connects to nothing; the test (and any
    // sync) refuses before a connection is made, so the server cannot be made to probe its network.
    const closed = await TestContext.create(dialect);
    try {
      const client = closed.client((await salesOrg(closed)).eastRep);
      const id = (await client.post('/mailboxes', mailboxBody(dovecot.port))).json().id;
      const res = await client.post(`/mailboxes/${id}/test`);
      expect(res.statusCode, res.body).toBe(422);
      expect(res.json().errors).toEqual([
        expect.objectContaining({ path: '/imapHost', code: 'mail_host_private' }),
      ]);
      expect((await client.get(`/mailboxes/${id}`)).json()).toMatchObject({
        status: 'error',
        lastError: { code: 'mail_host_private' },
      });
      // No login reached Dovecot: nothing was fetched, nothing stored.
      expect(await closed.db.selectFrom('mail_messages').selectAll().execute()).toEqual([]);
    } finally {
      await closed.close();
    }
  });

  it('keeps a mailbox its owner’s: colleagues, managers and admins get 404 and change nothing', async () => {
    const id = (await ctx.client(org.eastRep).get('/mailboxes')).json().items[0].id;
    const before = await rows();
    for (const other of [org.eastRep2, org.eastManager, org.admin, org.westRep]) {
      const c = ctx.client(other);
      expect((await c.get(`/mailboxes/${id}`)).statusCode).toBe(404);
      expect((await c.patch(`/mailboxes/${id}`, { sharing: 'full' })).statusCode).toBe(404);
      expect((await c.post(`/mailboxes/${id}/test`)).statusCode).toBe(404);
      expect((await c.post(`/mailboxes/${id}/sync`)).statusCode).toBe(404);
      expect((await c.delete(`/mailboxes/${id}`)).statusCode).toBe(404);
      expect(
        (await c.get('/mailboxes')).json().items.map((m: { id: string }) => m.id),
      ).not.toContain(id);
    }
    expect(await rows()).toEqual(before);
    const jobs = await ctx.db
      .selectFrom('jobs')
      .select('id')
      .where('kind', '=', 'mail.sync')
      .execute();
    expect(jobs).toEqual([]);
  });

  it.each([
    ['port 0', { imapPort: 0 }],
    ['port 70000', { imapPort: 70000 }],
    ['a port as text', { imapPort: 'abc' }],
    ['no host', { imapHost: undefined }],
    ['an empty host', { imapHost: '' }],
    ['an unknown TLS mode', { imapTls: 'ssl3' }],
    ['no password', { imapPassword: undefined }],
    ['a bad address', { address: 'not-an-address' }],
    ['a bad date', { syncSince: '2026-13-40' }],
    ['an unknown sharing', { sharing: 'everyone' }],
    ['an unknown field', { folder: 'Spam' }],
  ])('refuses %s and changes nothing', async (_name, change) => {
    const before = await rows();
    const res = await ctx
      .client(org.eastRep)
      .post('/mailboxes', { ...mailboxBody(dovecot.port), ...change });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.length).toBeGreaterThan(0);
    const id = (await ctx.client(org.eastRep).get('/mailboxes')).json().items[0].id;
    const patch = await ctx.client(org.eastRep).patch(`/mailboxes/${id}`, change);
    if (Object.values(change)[0] !== undefined) expect(patch.statusCode).toBe(400);
    expect(await rows()).toEqual(before);
  });

  it('visits every mailbox every 15 minutes, except those whose password was refused', async () => {
    await ctx.services.mailSync.syncAllKind().run({}, undefined as never);
    const queued = await ctx.db
      .selectFrom('jobs')
      .select(['payload', 'dedup_key'])
      .where('kind', '=', 'mail.sync')
      .execute();
    const boxes = await rows();
    const refused = boxes.filter((b) => b.last_error_code === 'mail_auth_failed').map((b) => b.id);
    expect(refused).toHaveLength(1);
    expect(queued.map((j) => j.dedup_key).sort()).toEqual(
      boxes
        .map((b) => b.id)
        .filter((id) => !refused.includes(id))
        .sort(),
    );
    // Run again while those are queued: nothing is queued twice.
    await ctx.services.mailSync.syncAllKind().run({}, undefined as never);
    const again = await ctx.db
      .selectFrom('jobs')
      .select('id')
      .where('kind', '=', 'mail.sync')
      .execute();
    expect(again).toHaveLength(queued.length);
  });

  it('deletes a mailbox with its bookmarks', async () => {
    const client = ctx.client(org.eastRep);
    const id = (await client.get('/mailboxes')).json().items[0].id;
    expect((await client.delete(`/mailboxes/${id}`)).statusCode).toBe(204);
    expect((await client.get(`/mailboxes/${id}`)).statusCode).toBe(404);
  });
});
