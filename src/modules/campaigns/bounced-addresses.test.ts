import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CAMPAIGN_SMTP, campaignWorld, unfold } from '../../../test/support/campaign-world.ts';
import { testDialects } from '../../../test/support/databases.ts';
import { deliveryReport } from '../../../test/support/dsn-fixtures.ts';
import { Dovecot } from '../../../test/support/dovecot.ts';
import { SmtpReceiver } from '../../../test/support/smtp-receiver.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- API answers read as loose JSON */
type Json = any;

const IMAP = { user: 'sales', password: 'imap-sales-Ü-2', address: 'sales@chuhai.test' };

// The suppression list: a hard bounce read by the real sync from a real Dovecot puts the address
// on it; managers and admins read it (search, reason, date), reps do not; an admin takes an
// address off (audited on its contact), and the next campaign mails it again.
describe.each(testDialects())('the suppression list on %s', (dialect) => {
  let smtp: SmtpReceiver;
  let dovecot: Dovecot;
  let w: Awaited<ReturnType<typeof campaignWorld>>;
  beforeAll(async () => {
    smtp = await SmtpReceiver.start({ [CAMPAIGN_SMTP.user]: CAMPAIGN_SMTP.password });
    dovecot = await Dovecot.start({ [IMAP.user]: IMAP.password });
    w = await campaignWorld(dialect, smtp, { port: dovecot.port, ...IMAP });
  });
  afterAll(async () => {
    await smtp?.stop();
    await dovecot?.stop();
    await w?.ctx.close();
  });

  const bounce = async (to: string) => {
    const mine = smtp.received.filter((m) => m.envelope.to[0]?.toLowerCase() === to.toLowerCase());
    const messageId = unfold(mine[mine.length - 1]!.raw).match(/^Message-ID: (<[^>]+>)/im)![1]!;
    await dovecot.append(IMAP.user, IMAP.password, 'INBOX', [
      deliveryReport({
        to,
        messageId,
        action: 'failed',
        status: '5.1.1',
        diagnostic: `550 5.1.1 <${to}>: Recipient address rejected: User unknown`,
        sender: IMAP.address,
      }),
    ]);
    await w.ctx.services.mailSync.sync(w.org.ws.id, w.mailboxId);
  };

  it('lists, searches and removes with audit; the next campaign mails the address again', async () => {
    const de = await w.audience('DE', [
      { name: 'Jonas', email: 'Jonas@Werk.example' },
      { name: 'Lena', email: 'lena@werk.example' },
    ]);
    const [jonas] = de.contacts as [string, string];
    const first = await w.sendCampaign(de.segmentId);
    await bounce('Jonas@Werk.example');

    const { admin, eastManager, eastRep } = w.org;
    const list = await w.ctx.client(eastManager).get('/bounced-addresses');
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json<Json>()).toEqual({
      hasMore: false,
      items: [
        {
          address: 'jonas@werk.example',
          status: '5.1.1',
          diagnostic: expect.stringContaining('User unknown'),
          campaignId: first,
          campaignName: expect.any(String),
          contactId: jonas,
          bouncedAt: expect.any(String),
        },
      ],
    });
    // Search by a part of the address; % and _ are taken literally.
    const ids = async (q: string) =>
      (await w.ctx.client(admin).get(`/bounced-addresses?q=${encodeURIComponent(q)}`))
        .json<Json>()
        .items.map((i: Json) => i.address);
    expect(await ids('WERK')).toEqual(['jonas@werk.example']);
    expect(await ids('lena')).toEqual([]);
    expect(await ids('%')).toEqual([]);
    expect(await ids('_')).toEqual([]);

    // Reps neither read nor remove; managers read only; bad input is 400.
    expect((await w.ctx.client(eastRep).get('/bounced-addresses')).statusCode).toBe(403);
    const path = `/bounced-addresses/${encodeURIComponent('jonas@werk.example')}`;
    expect((await w.ctx.client(eastRep).delete(path)).statusCode).toBe(403);
    expect((await w.ctx.client(eastManager).delete(path)).statusCode).toBe(403);
    expect((await w.ctx.client(admin).get('/bounced-addresses?limit=0')).statusCode).toBe(400);
    expect((await w.ctx.client(admin).get('/bounced-addresses?extra=1')).statusCode).toBe(400);
    expect(
      (await w.ctx.client(admin).get(`/bounced-addresses?q=${'x'.repeat(321)}`)).statusCode,
    ).toBe(400);
    expect((await w.ctx.client().get('/bounced-addresses')).statusCode).toBe(401);

    // Removed by an admin (any case), audited on the contact; a second time it is not there.
    const removed = await w.ctx
      .client(admin)
      .delete(`/bounced-addresses/${encodeURIComponent('JONAS@werk.example')}`);
    expect(removed.statusCode, removed.body).toBe(204);
    expect((await w.ctx.client(admin).delete(path)).statusCode).toBe(404);
    expect((await w.ctx.client(admin).get('/bounced-addresses')).json<Json>().items).toEqual([]);
    const audit = (
      await w.ctx.db
        .selectFrom('audit_log')
        .selectAll()
        .where('entity_id', '=', jonas)
        .orderBy('at')
        .execute()
    ).filter((a) => JSON.stringify(a.changes).includes('bouncedAddress'));
    expect(audit.map((a) => a.actor_id)).toEqual([null, admin.user.id]);
    expect(JSON.parse(String(audit[1]!.changes))).toMatchObject({
      bouncedAddress: { before: 'jonas@werk.example', after: null },
    });

    // The next campaign mails Jonas again.
    const before = smtp.received.length;
    const next = await w.sendCampaign(de.segmentId);
    expect(smtp.received.length).toBe(before + 2);
    expect((await w.results(next)).totals).toMatchObject({ sent: 2, skippedBounced: 0 });
  });

  it('pages newest first', async () => {
    const at = (d: number) => new Date(Date.UTC(2026, 10, d)).toISOString();
    for (let d = 1; d <= 5; d++)
      await w.ctx.db
        .insertInto('bounced_addresses')
        .values({
          workspace_id: w.org.ws.id,
          address: `gone${d}@old.example`,
          status: '5.1.1',
          diagnostic: null,
          campaign_id: null,
          contact_id: null,
          bounced_at: at(d),
        })
        .execute();
    const page = async (offset: number) =>
      (
        await w.ctx
          .client(w.org.admin)
          .get(`/bounced-addresses?q=old.example&limit=2&offset=${offset}`)
      ).json<Json>();
    expect(await page(0)).toMatchObject({
      hasMore: true,
      items: [
        { address: 'gone5@old.example', campaignName: null },
        { address: 'gone4@old.example' },
      ],
    });
    expect(await page(4)).toMatchObject({
      hasMore: false,
      items: [{ address: 'gone1@old.example' }],
    });
    // Without a contact, the removal is audited on the address.
    expect(
      (await w.ctx.client(w.org.admin).delete('/bounced-addresses/gone1%40old.example')).statusCode,
    ).toBe(204);
    const audit = await w.ctx.db
      .selectFrom('audit_log')
      .select('entity_type')
      .where('entity_id', '=', 'gone1@old.example')
      .execute();
    expect(audit).toEqual([{ entity_type: 'bounced_address' }]);
  });
});
