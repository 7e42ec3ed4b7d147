import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LinkSigner } from '../../domain/link-token.ts';
import {
  CAMPAIGN_SECRET,
  CAMPAIGN_SMTP,
  campaignWorld,
  unfold,
} from '../../../test/support/campaign-world.ts';
import { testDialects } from '../../../test/support/databases.ts';
import { SmtpReceiver } from '../../../test/support/smtp-receiver.ts';
import { unsubscribeToken } from './campaign-deps.ts';

// The unsubscribe link carries its workspace, campaign and contact under an HMAC and nothing is
// stored for it: these tests prove a real link still works, and that any change to it, a link
// signed with another secret, or one naming a recipient of another workspace opens nothing.
describe.each(testDialects())('campaign unsubscribe links on %s', (dialect) => {
  let smtp: SmtpReceiver;
  let w: Awaited<ReturnType<typeof campaignWorld>>;
  beforeAll(async () => {
    smtp = await SmtpReceiver.start({ [CAMPAIGN_SMTP.user]: CAMPAIGN_SMTP.password });
    w = await campaignWorld(dialect, smtp);
  });
  afterAll(async () => {
    await smtp?.stop();
    await w?.ctx.close();
  });
  beforeEach(() => {
    w.world.clock = new Date();
    smtp.received.length = 0;
  });

  const linkOf = (i: number) =>
    unfold(smtp.received[i]!.raw).match(
      /List-Unsubscribe: <https:\/\/crm\.test\/api\/v1\/public\/unsubscribe\/([^>]+)>/,
    )![1]!;
  const call = (method: 'GET' | 'POST', token: string) =>
    w.ctx.app.inject({ method, url: `/api/v1/public/unsubscribe/${token}` });
  const flag = async (contactId: string) =>
    (
      await w.ctx.db
        .selectFrom('contacts')
        .select('unsubscribed_at')
        .where('id', '=', contactId)
        .executeTakeFirstOrThrow()
    ).unsubscribed_at;

  it('opens the real link, and nothing for an altered or forged one', async () => {
    const de = await w.audience('DE', [
      { name: 'Jonas', email: 'jonas@werk.example' },
      { name: 'Lena', email: 'lena@werk.example' },
    ]);
    const campaignId = await w.sendCampaign(de.segmentId);
    expect(smtp.received).toHaveLength(2);
    const byTo = (to: string) => smtp.received.findIndex((m) => m.envelope.to[0] === to);
    const jonas = linkOf(byTo('jonas@werk.example'));
    const lena = linkOf(byTo('lena@werk.example'));
    const [ws, campaign, contact, mac] = jonas.split('.');
    expect([ws, campaign, contact]).toEqual([
      w.org.admin.user.workspace_id,
      campaignId,
      de.contacts[0],
    ]);
    // The link in the mail's body is the same token.
    expect(smtp.received[byTo('jonas@werk.example')]!.parsed.text).toContain(
      `https://crm.test/unsubscribe/${jonas}`,
    );

    const flipped = `${mac!.slice(0, 5)}${mac![5] === 'A' ? 'B' : 'A'}${mac!.slice(6)}`;
    const forged = [
      ['an altered HMAC', `${ws}.${campaign}.${contact}.${flipped}`],
      ['another contact under this HMAC', `${ws}.${campaign}.${de.contacts[1]}.${mac}`],
      ['the HMAC of another recipient', `${ws}.${campaign}.${contact}.${lena.split('.')[3]}`],
      ['a part cut off', `${ws}.${campaign}.${contact}`],
      [
        'signed with another secret',
        unsubscribeToken(new LinkSigner('not-the-app-secret'), ws!, campaign!, contact!),
      ],
      ['the old stored-hash shape', `${ws}.${mac}`],
    ];
    for (const [why, token] of forged)
      for (const method of ['GET', 'POST'] as const)
        expect((await call(method, token!)).statusCode, `${method} ${why}`).toBe(404);
    expect(await flag(de.contacts[0]!)).toBeNull();
    expect(await flag(de.contacts[1]!)).toBeNull();

    const page = await call('GET', jonas);
    expect(page.statusCode, page.body).toBe(200);
    expect(page.json()).toMatchObject({ language: 'de', unsubscribed: false });
    expect(await flag(de.contacts[0]!)).toBeNull();
    const done = await call('POST', jonas);
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ unsubscribed: true });
    expect(await flag(de.contacts[0]!)).toBeTruthy();
    // Only the link's own contact: Lena still gets mail.
    expect(await flag(de.contacts[1]!)).toBeNull();
    expect((await w.results(campaignId)).totals).toMatchObject({ sent: 2, unsubscribed: 1 });
  });

  it('opens nothing for a link naming another workspace', async () => {
    const fr = await w.audience('FR', [{ name: 'Chloé', email: 'chloe@f.example' }]);
    const campaignId = await w.sendCampaign(fr.segmentId);
    const real = linkOf(0);
    const other = await w.ctx.newWorkspace('Someone else');
    const [, campaign, contact, mac] = real.split('.');
    const signer = new LinkSigner(CAMPAIGN_SECRET);
    for (const [why, token] of [
      // The recipient's ids and HMAC under another workspace's id: the HMAC covers the workspace.
      ['the workspace swapped', `${other.id}.${campaign}.${contact}.${mac}`],
      // Signed by the server itself for the other workspace: no such recipient there.
      [
        'a genuine link of the other workspace',
        unsubscribeToken(signer, other.id, campaign!, contact!),
      ],
    ])
      for (const method of ['GET', 'POST'] as const)
        expect((await call(method, token!)).statusCode, `${method} ${why}`).toBe(404);
    expect(await flag(fr.contacts[0]!)).toBeNull();
    // The test signs as the server does: the same signer writes the real link.
    expect(
      unsubscribeToken(signer, w.org.admin.user.workspace_id, campaignId, fr.contacts[0]!),
    ).toBe(real);
    expect((await call('POST', real)).statusCode).toBe(200);
  });
});
