import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';
import { ledgerOf, ok, PROGRAMME } from '../../../test/support/loyalty-world.ts';
import { enqueueJob } from '../jobs/job-records.service.ts';
import { LOYALTY_NIGHTLY } from './loyalty-jobs.ts';

const clock = { now: new Date('2026-06-15T02:00:00Z') };
const BONUSES = { eventAttended: 50, npsAnswer: 20, referral: 300, anniversary: 100 };

describe.each(testDialects())('loyalty bonuses on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  beforeAll(async () => {
    ctx = await TestContext.create(dialect, { container: { jobs: { now: () => clock.now } } });
    org = await salesOrg(ctx);
    await ok(
      await ctx.client(org.admin).put('/loyalty/programme', { ...PROGRAMME, bonuses: BONUSES }),
    );
  });
  afterAll(() => ctx.close());

  /** The bonus entries of a customer's ledger, their sources' ids elided. */
  const bonuses = async (customerId: string) =>
    (await ledgerOf(ctx, org.ws.id, customerId))
      .filter((r) => r.source)
      .map((r) => [r.kind, Number(r.points), r.source?.replace(/:.*?(:\d+)?$/, ':…$1')]);
  const night = async (date: string) => {
    clock.now = new Date(`${date}T02:00:00Z`);
    await enqueueJob(ctx.db, LOYALTY_NIGHTLY, {}, { runAt: clock.now });
    const runner = ctx.services.jobs.runner;
    while ((await runner.tick()).length) await runner.drain();
  };

  it('keeps the bonuses with the programme; a save without them leaves them as they were', async () => {
    const got = await ok(await ctx.client(org.eastRep).get('/loyalty/programme'));
    expect(got.bonuses).toEqual(BONUSES);
    await ok(await ctx.client(org.admin).put('/loyalty/programme', PROGRAMME));
    expect((await ok(await ctx.client(org.eastRep).get('/loyalty/programme'))).bonuses).toEqual(
      BONUSES,
    );
    const bad = await ctx
      .client(org.admin)
      .put('/loyalty/programme', { ...PROGRAMME, bonuses: { ...BONUSES, referral: -1 } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('/bonuses/referral');
  });

  it('grants the event bonus once per invitation, however often the guest is checked in', async () => {
    clock.now = new Date('2026-06-15T02:00:00Z');
    const c = await ctx.newCustomer(org.eastRep, { name: 'Guest GmbH', country: 'DE' });
    const contact = await ctx.newContact(org.eastRep, c.id, { firstName: 'Greta' });
    const event = await ok<{ id: string }>(
      await ctx.client(org.admin).post('/events', {
        type: 'dinner',
        title: { en: 'Summer dinner' },
        timeZone: 'Europe/Berlin',
        startsAt: '2026-06-16T17:00:00Z',
        endsAt: '2026-06-16T21:00:00Z',
        currency: 'EUR',
      }),
      201,
    );
    const invited = await ok<{ created: { invitation: { id: string } }[] }>(
      await ctx
        .client(org.eastRep)
        .post(`/events/${event.id}/invitations`, { contactIds: [contact.id] }),
      201,
    );
    const invitationId = invited.created[0]!.invitation.id;
    for (let i = 0; i < 2; i++)
      await ok(
        await ctx.client(org.eastRep).post(`/events/${event.id}/check-in`, { invitationId }),
      );
    expect(await bonuses(c.id)).toEqual([['earn', 50, 'event:…']]);
    const [row] = await ledgerOf(ctx, org.ws.id, c.id);
    expect(row).toMatchObject({ reason: 'Event attended: Summer dinner', order_id: null });
    expect(row!.expires_on).toBe('2027-06-15');
  });

  it('grants the NPS bonus once per survey: an edited answer earns nothing more, CSAT nothing', async () => {
    const c = await ctx.newCustomer(org.eastRep, { name: 'Nps Kft', country: 'HU' });
    await ctx.newContact(org.eastRep, c.id, { firstName: 'Nora' });
    const seg = await ok<{ id: string }>(
      await ctx.client(org.admin).post('/segments', {
        name: 'Hungary',
        filter: { match: 'all', conditions: [{ field: 'country', op: 'in', value: ['hu'] }] },
      }),
      201,
    );
    const round = await ok<{ surveys: { link: string }[] }>(
      await ctx
        .client(org.admin)
        .post('/surveys', { name: 'NPS', segmentId: seg.id, sendTime: '10:00' }),
      201,
    );
    const token = round.surveys[0]!.link.replace('/survey/', '');
    await ok(await ctx.client().post(`/public/surveys/${token}`, { score: 9 }));
    await ok(await ctx.client().post(`/public/surveys/${token}`, { score: 10, comment: 'Great' }));
    expect(await bonuses(c.id)).toEqual([['earn', 20, 'nps:…']]);
  });

  it('grants the anniversary bonus once a year, however often the nightly job runs', async () => {
    const old = await ctx.newCustomer(org.eastRep, {
      name: 'Old Friend',
      customerSince: '2021-06-13',
    });
    const fresh = await ctx.newCustomer(org.eastRep, {
      name: 'New Friend',
      customerSince: '2026-06-13',
    });
    const leap = await ctx.newCustomer(org.eastRep, {
      name: 'Leap Ltd',
      customerSince: '2024-02-29',
    });
    await night('2026-06-15');
    await night('2026-06-15');
    await night('2026-06-16');
    expect(await bonuses(old.id)).toEqual([['earn', 100, 'anniversary:…:2026']]);
    expect(await bonuses(fresh.id)).toEqual([]);
    await night('2027-02-28');
    expect(await bonuses(leap.id)).toEqual([['earn', 100, 'anniversary:…:2027']]);
    await night('2027-06-13');
    expect((await bonuses(old.id)).map((b) => b[2])).toEqual([
      'anniversary:…:2026',
      'anniversary:…:2027',
    ]);
    expect(await bonuses(fresh.id)).toEqual([['earn', 100, 'anniversary:…:2027']]);
  });

  it('grants a referral once per referred customer, only within the caller’s scope', async () => {
    clock.now = new Date('2027-07-01T02:00:00Z');
    const referrer = await ctx.newCustomer(org.eastRep, { name: 'Referrer SA' });
    const referred = await ctx.newCustomer(org.eastRep, { name: 'Referred SA' });
    const elsewhere = await ctx.newCustomer(org.westRep, { name: 'West SA' });
    const rep = ctx.client(org.eastRep);
    const url = `/customers/${referrer.id}/loyalty/referrals`;
    const first = await ok<{ balance: number }>(
      await rep.post(url, { referredCustomerId: referred.id }),
    );
    expect(first.balance).toBe(300);
    const again = await rep.post(url, { referredCustomerId: referred.id });
    expect(again.statusCode).toBe(409);
    expect(again.json().errors[0]).toMatchObject({
      path: '/referredCustomerId',
      code: 'loyalty_bonus_granted',
    });
    // Another referrer cannot claim the same referred customer either.
    const other = await ctx.newCustomer(org.eastRep, { name: 'Second Referrer' });
    expect(
      (
        await rep.post(`/customers/${other.id}/loyalty/referrals`, {
          referredCustomerId: referred.id,
        })
      ).statusCode,
    ).toBe(409);
    const self = await rep.post(url, { referredCustomerId: referrer.id });
    expect(self.json().errors[0].code).toBe('loyalty_self_referral');
    const hidden = await rep.post(url, { referredCustomerId: elsewhere.id });
    expect(hidden.statusCode).toBe(400);
    expect(hidden.json().errors[0].code).toBe('not_in_scope');
    const stranger = await ctx.client(org.westRep).post(url, { referredCustomerId: elsewhere.id });
    expect(stranger.statusCode).toBe(404);
    expect(await bonuses(referrer.id)).toEqual([['earn', 300, 'referral:…']]);
    expect(await bonuses(other.id)).toEqual([]);
    const audit = await ctx.db
      .selectFrom('audit_log')
      .select('changes')
      .where('workspace_id', '=', org.ws.id)
      .where('entity_type', '=', 'loyalty_entry')
      .where('entity_id', '=', referrer.id)
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('two referrers claiming one customer at the same moment: one bonus, the other 409', async () => {
    const rep = ctx.client(org.eastRep);
    const referred = await ctx.newCustomer(org.eastRep, { name: 'Claimed Twice' });
    const a = await ctx.newCustomer(org.eastRep, { name: 'Claimant A' });
    const b = await ctx.newCustomer(org.eastRep, { name: 'Claimant B' });
    const answers = await Promise.all(
      [a, b].map((c) =>
        rep.post(`/customers/${c.id}/loyalty/referrals`, { referredCustomerId: referred.id }),
      ),
    );
    expect(answers.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const loser = answers.find((r) => r.statusCode === 409)!;
    expect(loser.json().errors[0].code).toBe('loyalty_bonus_granted');
    expect([...(await bonuses(a.id)), ...(await bonuses(b.id))]).toEqual([
      ['earn', 300, 'referral:…'],
    ]);
  });

  it('grants nothing for a bonus set to 0, and a referral then is 409 loyalty_bonus_off', async () => {
    await ok(
      await ctx
        .client(org.admin)
        .put('/loyalty/programme', { ...PROGRAMME, bonuses: { ...BONUSES, referral: 0 } }),
    );
    const a = await ctx.newCustomer(org.eastRep, { name: 'Off A' });
    const b = await ctx.newCustomer(org.eastRep, { name: 'Off B' });
    const res = await ctx
      .client(org.eastRep)
      .post(`/customers/${a.id}/loyalty/referrals`, { referredCustomerId: b.id });
    expect(res.statusCode).toBe(409);
    expect(res.json().errors[0].code).toBe('loyalty_bonus_off');
    expect(await ledgerOf(ctx, org.ws.id, a.id)).toEqual([]);
  });
});
