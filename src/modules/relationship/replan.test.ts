import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';

interface Item {
  id: string;
  customerId: string;
  assigneeId: string;
  dueDate: string;
  status: string;
  kind: string;
  reason: { en: string };
}

describe.each(testDialects())('bulk replan after a policy change on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;

  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
    // The touches below are in December 2026; only Date is faked, timers and I/O run as usual.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-12-15T12:00:00Z') });
  });
  afterAll(async () => {
    vi.useRealTimers();
    await ctx.close();
  });

  const touch = (customerId: string, occurredAt: string) =>
    ctx.client(org.eastRep).post('/activities', {
      customerId,
      type: 'call',
      direction: 'outbound',
      occurredAt,
      summary: 'Quarterly check-in',
    });
  const cadenceOf = async (customerId: string) =>
    (
      (await ctx.client(org.admin).get(`/follow-ups?scope=all&customerId=${customerId}`)).json()
        .items as Item[]
    ).filter((f) => f.kind === 'cadence');
  const setPolicies = (items: unknown[]) =>
    ctx.client(org.eastManager).put('/cadence-policies', { items });

  it('moves only what changed, keeps snoozes and reassignments, drops what no policy covers', async () => {
    const a = await ctx.newCustomer(org.eastRep, {
      name: 'Alpha GmbH',
      country: 'DE',
      stage: 'customer',
      tier: 'A',
    });
    const b = await ctx.newCustomer(org.eastRep, {
      name: 'Beta AG',
      country: 'DE',
      stage: 'customer',
      tier: 'B',
    });
    const lead = await ctx.newCustomer(org.eastRep, {
      name: 'Gamma Ltda',
      country: 'BR',
      stage: 'lead',
    });
    // Wed 2 Dec 2026 in Germany; Mon 30 Nov in São Paulo.
    for (const [id, at] of [
      [a.id, '2026-12-02T10:00:00+01:00'],
      [b.id, '2026-12-02T10:00:00+01:00'],
      [lead.id, '2026-11-30T10:00:00-03:00'],
    ] as const)
      expect((await touch(id, at)).statusCode).toBe(201);

    const [bPlan] = await cadenceOf(b.id);
    const snoozed = await ctx.client(org.eastRep).patch(`/follow-ups/${bPlan!.id}`, {
      status: 'snoozed',
      dueDate: '2027-02-01',
    });
    expect(snoozed.statusCode).toBe(200);
    expect(await cadenceOf(b.id)).toMatchObject([{ dueDate: '2027-02-01', status: 'snoozed' }]);
    const [aPlan] = await cadenceOf(a.id);
    const handed = await ctx
      .client(org.eastManager)
      .patch(`/follow-ups/${aPlan!.id}`, { assigneeId: org.eastRep2.user.id });
    expect(handed.statusCode).toBe(200);

    const res = await setPolicies([
      { name: 'Key accounts', tier: 'A', days: 21 },
      { name: 'Tier B', tier: 'B', days: 60 },
    ]);
    expect(res.statusCode).toBe(200);

    // 2 Dec + 21 = Wed 23 Dec; the person it was handed to keeps it.
    expect(await cadenceOf(a.id)).toMatchObject([
      { dueDate: '2026-12-23', assigneeId: org.eastRep2.user.id, status: 'open' },
    ]);
    expect((await cadenceOf(a.id))[0]!.reason.en).toContain('every 21 days');
    // Snoozed by a person on purpose: a replan leaves it.
    expect(await cadenceOf(b.id)).toMatchObject([{ dueDate: '2027-02-01', status: 'snoozed' }]);
    // No policy covers leads any more.
    expect(await cadenceOf(lead.id)).toEqual([]);

    // The same policies again change nothing.
    const again = await setPolicies([
      { name: 'Key accounts', tier: 'A', days: 21 },
      { name: 'Tier B', tier: 'B', days: 60 },
    ]);
    expect(again.json().replanned).toBe(0);

    // Covering leads again plans them from their last touch: 30 Nov + 7 = Mon 7 Dec.
    const back = await setPolicies([
      { name: 'Leads', stage: 'lead', days: 7 },
      { name: 'Key accounts', tier: 'A', days: 21 },
    ]);
    expect(back.json().replanned).toBeGreaterThanOrEqual(1);
    expect(await cadenceOf(lead.id)).toMatchObject([{ dueDate: '2026-12-07', status: 'open' }]);
    // Tier B lost its policy: the snoozed plan goes too.
    expect(await cadenceOf(b.id)).toEqual([]);
  });

  it('lands on the next business day of each market when the cadence changes', async () => {
    const de = await ctx.newCustomer(org.eastRep, { name: 'Delta KG', country: 'DE', tier: 'C' });
    const sa = await ctx.newCustomer(org.eastRep, { name: 'Saudi Co.', country: 'SA', tier: 'C' });
    await touch(de.id, '2026-12-11T10:00:00+01:00');
    await touch(sa.id, '2026-12-10T10:00:00+03:00');
    await setPolicies([{ name: 'Tier C', tier: 'C', days: 14 }]);
    // 11 Dec + 14 = Fri 25 Dec (Christmas), 26–27 Dec → Mon 28 Dec.
    expect((await cadenceOf(de.id))[0]!.dueDate).toBe('2026-12-28');
    // 10 Dec + 14 = Thu 24 Dec, a Saudi working day.
    expect((await cadenceOf(sa.id))[0]!.dueDate).toBe('2026-12-24');
    await setPolicies([{ name: 'Tier C', tier: 'C', days: 15 }]);
    // 10 Dec + 15 = Fri 25 Dec, the Saudi weekend → Sun 27 Dec.
    expect((await cadenceOf(sa.id))[0]!.dueDate).toBe('2026-12-27');
    expect((await cadenceOf(de.id))[0]!.dueDate).toBe('2026-12-28');
  });

  it('a policy for a saved segment applies to its customers first', async () => {
    const kz = await ctx.newCustomer(org.eastRep, {
      name: 'Steppe Machinery LLP',
      country: 'KZ',
      stage: 'customer',
      tier: 'C',
      tags: ['belt-and-road'],
    });
    const other = await ctx.newCustomer(org.eastRep, {
      name: 'Plain Tier C GmbH',
      country: 'DE',
      stage: 'customer',
      tier: 'C',
    });
    await touch(kz.id, '2026-12-01T10:00:00+05:00');
    await touch(other.id, '2026-12-01T10:00:00+01:00');
    const seg = await ctx.client(org.eastManager).post('/segments', {
      name: 'Belt and Road',
      filter: {
        match: 'all',
        conditions: [{ field: 'tags', op: 'has_any', value: ['belt-and-road'] }],
      },
    });
    expect(seg.statusCode).toBe(201);
    await setPolicies([
      { name: 'Belt and Road', segmentId: seg.json().id, days: 7 },
      { name: 'Tier C', tier: 'C', days: 90 },
    ]);
    // 1 Dec + 7 = Tue 8 Dec in Kazakhstan; the other tier C customer waits 90 days (Tue 2 Mar).
    expect(await cadenceOf(kz.id)).toMatchObject([{ dueDate: '2026-12-08' }]);
    expect((await cadenceOf(kz.id))[0]!.reason.en).toContain('every 7 days');
    expect(await cadenceOf(other.id)).toMatchObject([{ dueDate: '2027-03-01' }]);
    // A new touch plans by the same rule: 9 Dec + 7 = 16 Dec, Independence Day in Kazakhstan.
    await touch(kz.id, '2026-12-09T10:00:00+05:00');
    expect(await cadenceOf(kz.id)).toMatchObject([{ dueDate: '2026-12-17' }]);
    expect((await cadenceOf(kz.id))[0]!.reason.en).toContain('Independence Day');
  });
});
