import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';

describe.each(testDialects())('activities, follow-ups and cadence on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;

  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
  });
  afterAll(() => ctx.close());
  afterEach(() => vi.useRealTimers());

  /** Only Date is faked, so timers and I/O run as usual. */
  const today = (iso: string) => vi.useFakeTimers({ toFake: ['Date'], now: new Date(iso) });

  const call = (customerId: string, occurredAt: string, extra: Record<string, unknown> = {}) => ({
    customerId,
    type: 'call',
    direction: 'outbound',
    occurredAt,
    summary: 'Discussed the spare parts order',
    ...extra,
  });

  it('an outbound call on Fri 18 Dec plans a German lead’s next follow-up on Mon 28 Dec, with the reason', async () => {
    today('2026-12-28T12:00:00Z');
    const de = await ctx.newCustomer(org.eastRep, {
      name: 'Müller Maschinenbau GmbH',
      country: 'DE',
      stage: 'lead',
    });
    const res = await ctx
      .client(org.eastRep)
      .post('/activities', call(de.id, '2026-12-18T10:00:00+01:00'));
    expect(res.statusCode).toBe(201);
    const { activity, nextFollowUp } = res.json();
    expect(activity).toMatchObject({
      customerId: de.id,
      type: 'call',
      direction: 'outbound',
      occurredAt: '2026-12-18T09:00:00.000Z',
      authorId: org.eastRep.user.id,
    });
    expect(nextFollowUp).toMatchObject({
      customerId: de.id,
      assigneeId: org.eastRep.user.id,
      dueDate: '2026-12-28',
      status: 'open',
      kind: 'cadence',
    });
    expect(nextFollowUp.reason.en).toContain('Christmas Day');
    expect(nextFollowUp.reason.zh).toContain('顺延至12月28日（周一）');
    // A second touch fulfils that follow-up and plans a new one: one open cadence follow-up per customer.
    await ctx.client(org.eastRep).post('/activities', call(de.id, '2026-12-28T09:00:00+01:00'));
    const open = (await ctx.client(org.eastRep).get(`/follow-ups?customerId=${de.id}`)).json()
      .items;
    expect(open.map((f: { dueDate: string }) => f.dueDate)).toEqual(['2027-01-04']);
  });

  it('a Saudi customer’s follow-ups never land on a Friday or Saturday', async () => {
    const sa = await ctx.newCustomer(org.eastRep, {
      name: 'Najd Industrial Co. Ltd',
      country: 'SA',
      stage: 'lead',
    });
    for (const day of [
      '2026-11-02',
      '2026-11-03',
      '2026-11-04',
      '2026-11-05',
      '2026-11-06',
      '2026-11-07',
      '2026-11-08',
    ]) {
      const next = (
        await ctx.client(org.eastRep).post('/activities', call(sa.id, `${day}T08:00:00+03:00`))
      ).json().nextFollowUp;
      expect([5, 6]).not.toContain(new Date(`${next.dueDate}T00:00:00Z`).getUTCDay());
    }
  });

  it('inbound touches and notes do not plan; they feed the health score', async () => {
    const c = await ctx.newCustomer(org.eastRep, {
      name: 'Agro Paulista Ltda',
      country: 'BR',
      tier: 'B',
      stage: 'customer',
    });
    const inbound = (
      await ctx
        .client(org.eastRep)
        .post(
          '/activities',
          call(c.id, new Date().toISOString(), { direction: 'inbound', type: 'email' }),
        )
    ).json();
    expect(inbound.nextFollowUp).toBeNull();
    const note = (
      await ctx
        .client(org.eastRep)
        .post('/activities', call(c.id, new Date().toISOString(), { type: 'note' }))
    ).json();
    expect(note.nextFollowUp).toBeNull();
    const health = (await ctx.client(org.eastRep).get(`/customers/${c.id}/health`)).json();
    expect(
      health.parts.map((p: { key: string; weight: number }) => `${p.key}:${p.weight}`),
    ).toEqual(['recency:40', 'frequency:25', 'inbound:20', 'overdue:15']);
    expect(health.score).toBeGreaterThan(50);
    const listed = (await ctx.client(org.eastRep).get(`/customers/${c.id}`)).json();
    expect(listed.healthScore).toBe(health.score);
  });

  it('rejects a touch in the future and a contact of another customer', async () => {
    const a = await ctx.newCustomer(org.eastRep, { name: 'A', country: 'DE' });
    const b = await ctx.newCustomer(org.eastRep, { name: 'B', country: 'DE' });
    const contact = await ctx.newContact(org.eastRep, b.id, { firstName: 'Lena' });
    expect(
      (await ctx.client(org.eastRep).post('/activities', call(a.id, '2099-01-01T00:00:00Z'))).json()
        .errors[0].path,
    ).toBe('/occurredAt');
    expect(
      (
        await ctx
          .client(org.eastRep)
          .post('/activities', call(a.id, '2026-11-02T08:00:00Z', { contactId: contact.id }))
      ).json().errors[0].path,
    ).toBe('/contactId');
  });

  it('a rep never sees another rep’s activities or follow-ups; a manager sees the team', async () => {
    const mine = await ctx.newCustomer(org.westRep, {
      name: 'Lone Star Industrial Supply',
      country: 'US',
      timeZone: 'America/Chicago',
      stage: 'lead',
    });
    const { nextFollowUp } = (
      await ctx.client(org.westRep).post('/activities', call(mine.id, '2026-11-02T15:00:00Z'))
    ).json();
    const ids = async (who: Parameters<TestContext['client']>[0], url: string) =>
      ((await ctx.client(who).get(url)).json().items as { id: string }[]).map((x) => x.id);
    expect(await ids(org.eastRep, `/activities?customerId=${mine.id}`)).toEqual([]);
    expect(await ids(org.eastRep, '/follow-ups?scope=all')).not.toContain(nextFollowUp.id);
    expect(await ids(org.eastManager, '/follow-ups?scope=team')).not.toContain(nextFollowUp.id);
    expect(await ids(org.westManager, '/follow-ups?scope=team')).toContain(nextFollowUp.id);
    expect(await ids(org.admin, '/follow-ups?scope=all')).toContain(nextFollowUp.id);
    expect(
      (await ctx.client(org.eastRep).post('/activities', call(mine.id, '2026-11-03T15:00:00Z')))
        .statusCode,
    ).toBe(400);
    expect(
      (await ctx.client(org.eastRep).patch(`/follow-ups/${nextFollowUp.id}`, { status: 'done' }))
        .statusCode,
    ).toBe(404);
    expect((await ctx.client(org.eastRep).get(`/customers/${mine.id}/health`)).statusCode).toBe(
      404,
    );
    for (const res of [
      await ctx.client().get('/activities'),
      await ctx.client().post('/activities', call(mine.id, '2026-11-03T15:00:00Z')),
      await ctx.client().get('/follow-ups'),
      await ctx.client().get('/inbox'),
      await ctx.client().patch(`/follow-ups/${nextFollowUp.id}`, {}),
      await ctx.client().post('/follow-ups', {}),
      await ctx.client().get('/cadence-policies'),
      await ctx.client().put('/cadence-policies', {}),
    ]) {
      expect(res.statusCode).toBe(401);
    }
  });

  it('follow-ups are done, snoozed, reassigned within scope, or created by hand with a warning for a holiday', async () => {
    const c = await ctx.newCustomer(org.eastRep, { name: 'Becker Verpackung GmbH', country: 'DE' });
    const manual = await ctx
      .client(org.eastRep)
      .post('/follow-ups', { customerId: c.id, dueDate: '2026-12-25', note: 'Send the catalogue' });
    expect(manual.statusCode).toBe(201);
    expect(manual.json()).toMatchObject({
      kind: 'manual',
      dueDate: '2026-12-25',
      assigneeId: org.eastRep.user.id,
    });
    expect(manual.json().reason.en).toContain('Christmas Day');
    const id = manual.json().id;
    expect(
      (await ctx.client(org.eastRep).patch(`/follow-ups/${id}`, { status: 'snoozed' })).json()
        .errors[0].path,
    ).toBe('/dueDate');
    expect(
      (
        await ctx
          .client(org.eastRep)
          .patch(`/follow-ups/${id}`, { status: 'snoozed', dueDate: '2020-01-01' })
      ).json().errors[0].path,
    ).toBe('/dueDate');
    expect(
      (
        await ctx
          .client(org.eastRep)
          .patch(`/follow-ups/${id}`, { status: 'snoozed', dueDate: '2027-01-05' })
      ).json(),
    ).toMatchObject({ status: 'snoozed', dueDate: '2027-01-05' });
    expect(
      (
        await ctx
          .client(org.eastRep)
          .patch(`/follow-ups/${id}`, { assigneeId: org.eastRep2.user.id })
      ).json().errors[0].path,
    ).toBe('/assigneeId');
    expect(
      (
        await ctx
          .client(org.eastManager)
          .patch(`/follow-ups/${id}`, { assigneeId: org.eastRep2.user.id })
      ).json().assigneeId,
    ).toBe(org.eastRep2.user.id);
    expect(
      (
        await ctx
          .client(org.eastManager)
          .patch(`/follow-ups/${id}`, { assigneeId: org.westRep.user.id })
      ).statusCode,
    ).toBe(400);
    expect(
      (await ctx.client(org.eastManager).patch(`/follow-ups/${id}`, { status: 'done' })).json()
        .status,
    ).toBe('done');
    expect(
      (
        await ctx
          .client(org.eastRep)
          .post('/follow-ups', { customerId: c.id, dueDate: '2026-02-30' })
      ).statusCode,
    ).toBe(400);
    expect(
      (await ctx.client(org.eastRep).patch(`/follow-ups/${id}`, { status: 'lost' })).statusCode,
    ).toBe(400);
  });

  it('managers change cadence policies and every customer is replanned; reps may not', async () => {
    expect(
      (
        await ctx
          .client(org.eastRep)
          .put('/cadence-policies', { items: [{ name: 'All', days: 10 }] })
      ).statusCode,
    ).toBe(403);
    expect((await ctx.client(org.admin).put('/cadence-policies', { items: [] })).statusCode).toBe(
      400,
    );
    expect(
      (
        await ctx.client(org.admin).put('/cadence-policies', { items: [{ name: 'x', days: 0 }] })
      ).json().errors[0].path,
    ).toBe('/items/0/days');
    const before = (await ctx.client(org.admin).get('/cadence-policies')).json();
    expect(before.custom).toBe(false);
    expect(before.items.find((p: { tier: string }) => p.tier === 'A').days).toBe(14);
    const res = await ctx.client(org.eastManager).put('/cadence-policies', {
      items: [
        { name: 'Leads', stage: 'lead', days: 3 },
        { name: 'Everyone', days: 21, avoidSlowSeasons: true },
      ],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ custom: true });
    expect(res.json().replanned).toBeGreaterThan(5);
    const all = (await ctx.client(org.admin).get('/follow-ups?scope=all')).json().items as {
      kind: string;
      reason: { en: string };
    }[];
    expect(
      all.filter((f) => f.kind === 'cadence').every((f) => /every (3|21) days/.test(f.reason.en)),
    ).toBe(true);
  });
});
