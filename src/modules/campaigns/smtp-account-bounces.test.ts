import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CAMPAIGN_SMTP, campaignWorld, unfold } from '../../../test/support/campaign-world.ts';
import { testDialects } from '../../../test/support/databases.ts';
import { deliveryReport } from '../../../test/support/dsn-fixtures.ts';
import { Dovecot } from '../../../test/support/dovecot.ts';
import { rawMail } from '../../../test/support/mail-fixtures.ts';
import { SmtpReceiver } from '../../../test/support/smtp-receiver.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- API answers read as loose JSON */
type Json = any;

const RETURN_PATH = {
  user: 'bounces',
  password: 'bounce-pass-退信-9Ä',
  address: 'news@exporter.test',
};
const HOUR = 3600_000;

// A campaign sent through a workspace SMTP account (not a user's mailbox) learns its bounces
// from the account's return-path mailbox (0089): its INBOX on a real Dovecot, read for delivery
// status notifications only, with its own UIDVALIDITY/UID bookmark. A hard bounce marks the
// address, a soft one is sent again 4 h later, the results count them; other mail there is
// neither stored nor matched.
describe.each(testDialects())('bounces through a workspace SMTP account on %s', (dialect) => {
  let smtp: SmtpReceiver;
  let dovecot: Dovecot;
  let w: Awaited<ReturnType<typeof campaignWorld>>;
  let accountId: string;

  beforeAll(async () => {
    smtp = await SmtpReceiver.start({ [CAMPAIGN_SMTP.user]: CAMPAIGN_SMTP.password });
    dovecot = await Dovecot.start({ [RETURN_PATH.user]: RETURN_PATH.password });
    w = await campaignWorld(dialect, smtp);
  });
  afterAll(async () => {
    await smtp?.stop();
    await dovecot?.stop();
    await w?.ctx.close();
  });

  const admin = () => w.ctx.client(w.org.admin);
  const account = (over: Record<string, unknown> = {}) => ({
    name: 'Marketing relay',
    address: RETURN_PATH.address,
    fromName: 'Exporter Co.',
    smtpHost: '127.0.0.1',
    smtpPort: smtp.port,
    smtpTls: 'none',
    smtpUsername: CAMPAIGN_SMTP.user,
    smtpPassword: CAMPAIGN_SMTP.password,
    imapHost: '127.0.0.1',
    imapPort: dovecot.port,
    imapTls: 'none',
    imapUsername: RETURN_PATH.user,
    imapPassword: RETURN_PATH.password,
    ...over,
  });
  const accounts = async () =>
    Number(
      (
        await w.ctx.db
          .selectFrom('smtp_accounts')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const messageIdTo = (to: string) => {
    const all = smtp.received.filter((m) => m.envelope.to[0] === to);
    return unfold(all[all.length - 1]!.raw).match(/^Message-ID: (<[^>]+>)/im)![1]!;
  };
  const report = (to: string, status: string, over: Record<string, unknown> = {}) =>
    deliveryReport({
      to,
      messageId: messageIdTo(to),
      action: 'failed',
      status,
      diagnostic: status.startsWith('5')
        ? `550 ${status} <${to}>: Recipient address rejected: User unknown`
        : `452 ${status} <${to}>: Mailbox full`,
      sender: RETURN_PATH.address,
      ...over,
    });
  const deliver = (...mails: Buffer[]) =>
    dovecot.append(RETURN_PATH.user, RETURN_PATH.password, 'INBOX', mails);
  /** The bounce sync as the API queues it, then whatever it queued (a soft bounce's resend). */
  const sync = async () => {
    const res = await admin().post(`/smtp-accounts/${accountId}/sync`);
    expect(res.statusCode, res.body).toBe(202);
    await w.ctx.services.jobs.runner.runNow(res.json().jobId);
    await w.runDue();
    return (await admin().get(`/smtp-accounts/${accountId}`)).json();
  };
  const row = (campaignId: string, contactId: string) =>
    w.ctx.db
      .selectFrom('campaign_recipients')
      .select(['status', 'send_at', 'retries', 'bounce_status'])
      .where('campaign_id', '=', campaignId)
      .where('contact_id', '=', contactId)
      .executeTakeFirstOrThrow();

  it('keeps the return-path mailbox’s password sealed, never returned or audited, and tests it', async () => {
    const res = await admin().post('/smtp-accounts', account());
    expect(res.statusCode, res.body).toBe(201);
    const out: Json = res.json();
    accountId = out.id;
    expect(out).toMatchObject({
      imapHost: '127.0.0.1',
      imapPort: dovecot.port,
      imapTls: 'none',
      imapUsername: RETURN_PATH.user,
      hasImapPassword: true,
      bounceSync: null,
    });
    expect(res.body).not.toContain(RETURN_PATH.password);
    const stored = await w.ctx.db
      .selectFrom('smtp_accounts')
      .select(['imap_secret', 'smtp_secret'])
      .where('id', '=', accountId)
      .executeTakeFirstOrThrow();
    expect(stored.imap_secret).toMatch(/^v1\./);
    expect(stored.imap_secret).not.toContain(RETURN_PATH.password);
    expect(stored.imap_secret).not.toBe(stored.smtp_secret);
    const ok = await admin().post(`/smtp-accounts/${accountId}/test`);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toEqual({ ok: true, imap: 'ok' });

    // A wrong IMAP password: 422 at /imapPassword, the password never echoed.
    const other = (
      await admin().post('/smtp-accounts', account({ name: 'Wrong', imapPassword: 'nope-123' }))
    ).json();
    const refused = await admin().post(`/smtp-accounts/${other.id}/test`);
    expect(refused.statusCode, refused.body).toBe(422);
    expect(refused.json().errors).toEqual([
      expect.objectContaining({ path: '/imapPassword', code: 'mail_auth_failed' }),
    ]);
    expect(refused.body).not.toContain('nope-123');
    // Changing it is audited as changed, never the value; removing the side clears it all.
    const patched = await admin().patch(`/smtp-accounts/${other.id}`, {
      imapPassword: 'still-wrong-456',
    });
    expect(patched.statusCode, patched.body).toBe(200);
    const removed = await admin().patch(`/smtp-accounts/${other.id}`, { imapHost: null });
    expect(removed.json()).toMatchObject({
      imapHost: null,
      imapPort: null,
      hasImapPassword: false,
    });
    const audit = await w.ctx.db
      .selectFrom('audit_log')
      .select('changes')
      .where('entity_id', '=', other.id)
      .execute();
    const text = JSON.stringify(audit);
    for (const secret of ['nope-123', 'still-wrong-456', RETURN_PATH.password])
      expect(text).not.toContain(secret);
    expect(text).toContain('imapPassword');
    // Without a return-path mailbox there is nothing to read: 409, nothing queued.
    const none = await admin().post(`/smtp-accounts/${other.id}/sync`);
    expect(none.statusCode).toBe(409);
    expect(none.json().errors[0]).toMatchObject({
      path: '/imapHost',
      code: 'smtp_account_no_return_path',
    });
    await admin().delete(`/smtp-accounts/${other.id}`);
  });

  it.each([
    ['an IMAP host without password', { imapPassword: undefined }, ['/imapPassword']],
    [
      'an IMAP password without server',
      { imapHost: undefined, imapPort: undefined, imapTls: undefined },
      ['/imapHost', '/imapPort', '/imapTls'],
    ],
    ['an IMAP port out of range', { imapPort: 0 }, ['/imapPort']],
    ['an unknown IMAP TLS mode', { imapTls: 'ssl3' }, ['/imapTls']],
  ])('answers %s with 400 field errors and writes nothing', async (_n, over, paths) => {
    const before = await accounts();
    const res = await admin().post('/smtp-accounts', account(over));
    expect(res.statusCode, res.body).toBe(400);
    expect([...new Set(res.json().errors.map((e: Json) => e.path))]).toEqual(paths);
    expect(res.body).not.toContain(RETURN_PATH.password);
    expect(await accounts()).toBe(before);
  });

  it('refuses a half return-path on edit, and lets only admins read bounces', async () => {
    const before = await w.ctx.db
      .selectFrom('smtp_accounts')
      .selectAll()
      .where('id', '=', accountId)
      .executeTakeFirstOrThrow();
    const res = await admin().patch(`/smtp-accounts/${accountId}`, { imapUsername: null });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().errors).toEqual([
      expect.objectContaining({ path: '/imapUsername', code: 'required' }),
    ]);
    for (const who of [w.org.eastManager, w.org.eastRep])
      expect((await w.ctx.client(who).post(`/smtp-accounts/${accountId}/sync`)).statusCode).toBe(
        403,
      );
    const after = await w.ctx.db
      .selectFrom('smtp_accounts')
      .selectAll()
      .where('id', '=', accountId)
      .executeTakeFirstOrThrow();
    expect(after).toEqual(before);
    const jobs = await w.ctx.db
      .selectFrom('jobs')
      .select('kind')
      .where('kind', '=', 'mail.bounce-sync')
      .execute();
    expect(jobs).toEqual([]);
  });

  it('reads hard and soft bounces of its campaign once, stores nothing else, and counts them', async () => {
    // The retries are due 4 and 8 hours on: start in the past, so the touches they log (dated
    // by the jobs' clock) are not in the future of the real one.
    const t0 = new Date(Date.now() - 10 * HOUR);
    w.world.clock = t0;
    const de = await w.audience('DE', [
      { name: 'Jonas', email: 'jonas@werk.example' },
      { name: 'Lena', email: 'lena@werk.example' },
      { name: 'Mia', email: 'mia@werk.example' },
    ]);
    const [jonas, lena, mia] = de.contacts as [string, string, string];
    const c = await w.ctx.client(w.org.eastManager).post('/campaigns', {
      name: 'Relay autumn',
      templateId: w.templateId,
      smtpAccountId: accountId,
      schedule: { mode: 'now' },
      segmentId: de.segmentId,
    });
    expect(c.statusCode, c.body).toBe(201);
    const campaignId = c.json().id;
    expect(
      (await w.ctx.client(w.org.eastManager).post(`/campaigns/${campaignId}/schedule`)).statusCode,
    ).toBe(200);
    await w.runDue();
    expect(smtp.received).toHaveLength(3);

    await deliver(
      report('jonas@werk.example', '5.1.1'),
      report('lena@werk.example', '4.2.2', { returned: 'headers' }),
      // Not ours: a report on mail Chuhai did not send changes nothing.
      report('mia@werk.example', '5.1.1', { messageId: '<elsewhere-1@exporter.test>' }),
      // A customer writing to the return path is not synced mail: never stored.
      rawMail({
        from: 'Mia <mia@werk.example>',
        to: RETURN_PATH.address,
        subject: 'Re: Our new catalogue',
        body: 'Danke!',
        messageId: '<mia-reply@werk.example>',
        inReplyTo: messageIdTo('mia@werk.example'),
      }),
    );
    const synced = await sync();
    expect(synced.bounceSync).toMatchObject({ status: 'ok', lastError: null, reports: 2 });
    expect(synced.bounceSync.syncedAt).not.toBeNull();
    expect(await row(campaignId, jonas)).toMatchObject({
      status: 'bounced',
      bounce_status: '5.1.1',
    });
    const soft = await row(campaignId, lena);
    expect(soft).toMatchObject({ status: 'queued', retries: 1, bounce_status: '4.2.2' });
    expect(Date.parse(soft.send_at)).toBe(t0.getTime() + 4 * HOUR);
    expect(await row(campaignId, mia)).toMatchObject({ status: 'sent' });
    const marked = await w.ctx.db.selectFrom('bounced_addresses').selectAll().execute();
    expect(marked).toMatchObject([
      { address: 'jonas@werk.example', status: '5.1.1', campaign_id: campaignId },
    ]);
    expect(await w.ctx.db.selectFrom('mail_messages').select('id').execute()).toEqual([]);
    const mark = await w.ctx.db
      .selectFrom('smtp_account_folders')
      .select(['folder', 'last_uid'])
      .where('account_id', '=', accountId)
      .execute();
    expect(mark.map((m) => [m.folder, Number(m.last_uid)])).toEqual([['INBOX', 4]]);
    let r = await w.results(campaignId);
    expect(r.totals).toMatchObject({ sent: 1, bounced: 1, queued: 1 });
    expect(r.byCountry[0]).toMatchObject({ country: 'DE', bounced: 1 });

    // Read again: nothing applied twice.
    expect((await sync()).bounceSync).toMatchObject({ status: 'ok', reports: 0 });
    expect(await row(campaignId, lena)).toMatchObject({ retries: 1 });

    // Four hours on Lena's mail goes again through the relay; it bounces softly twice more.
    for (const retries of [1, 2]) {
      w.world.clock = new Date(t0.getTime() + retries * 4 * HOUR + 60_000);
      const before = smtp.received.length;
      await w.runDue();
      expect(smtp.received.length).toBe(before + 1);
      expect(smtp.received[before]!.envelope.to).toEqual(['lena@werk.example']);
      await deliver(report('lena@werk.example', '4.2.2'));
      await sync();
      expect(await row(campaignId, lena)).toMatchObject(
        retries === 1 ? { status: 'queued', retries: 2 } : { status: 'bounced', retries: 2 },
      );
    }
    r = await w.results(campaignId);
    expect(r.totals).toMatchObject({ sent: 1, bounced: 2, queued: 0 });

    // The same report read from a user's mailbox would not be the account's: the campaign takes
    // bounces only from the sender it went out through (campaign-bounces.test.ts covers that side).
    // The periodic visit queues the account's bounce sync with the mailboxes'.
    await w.ctx.db.deleteFrom('jobs').where('kind', '=', 'mail.bounce-sync').execute();
    await w.ctx.services.mailSync.syncAllKind().run({}, {} as never);
    const queued = await w.ctx.db
      .selectFrom('jobs')
      .select(['kind', 'dedup_key'])
      .where('kind', '=', 'mail.bounce-sync')
      .execute();
    expect(queued).toEqual([{ kind: 'mail.bounce-sync', dedup_key: accountId }]);
  });
});
