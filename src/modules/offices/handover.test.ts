import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';

type Org = Awaited<ReturnType<typeof salesOrg>>;
interface Flags {
  items: {
    followUpId: string;
    dueDate: string;
    flag: string;
    leaveStatus: string | null;
    because: string[];
    personName: string;
  }[];
}

// A Dubai rep's follow-ups around Eid al-Adha 2026 (27 May) and their own leave in June.
describe.each(testDialects())('hand-over flags on %s', (dialect) => {
  let ctx: TestContext;
  let org: Org;
  let eidId: string;
  let leaveId: string;

  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
    const office = await ctx.client(org.admin).post('/offices', {
      name: 'Dubai office',
      country: 'AE',
      city: 'Dubai',
      timeZone: 'Asia/Dubai',
      hours: { start: '09:00', end: '18:00' },
      managerId: org.eastManager.user.id,
    });
    const officeId = office.json<{ id: string }>().id;
    const person = await ctx.client(org.eastManager).post(`/offices/${officeId}/people`, {
      name: 'Amira Haddad',
      userId: org.eastRep.user.id,
      countryOfWork: 'AE',
      role: 'Sales',
      startDate: '2025-09-01',
    });
    const leave = await ctx.client(org.eastManager).post(`/offices/${officeId}/leave`, {
      personId: person.json<{ id: string }>().id,
      kind: 'annual',
      from: '2026-06-08',
      to: '2026-06-10',
      reason: 'Family wedding',
    });
    expect(leave.statusCode, leave.body).toBe(201);
    const c = await ctx.newCustomer(org.eastRep, { name: 'Gulf Trading LLC', country: 'SA' });
    const due = async (dueDate: string) =>
      (await ctx.client(org.eastRep).post('/follow-ups', { customerId: c.id, dueDate })).json<{
        id: string;
      }>().id;
    eidId = await due('2026-05-27');
    leaveId = await due('2026-06-09');
    await due('2026-06-02'); // an ordinary Tuesday: not flagged
  });
  afterAll(() => ctx.close());

  const flags = async (who: Org['admin'], q = 'from=2026-05-25&days=21') => {
    const res = await ctx.client(who).get(`/office-hand-overs?${q}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<Flags>().items;
  };

  it('flags the follow-up on Eid al-Adha and the one during leave, without the leave’s reason', async () => {
    const res = await ctx.client(org.eastRep).get('/office-hand-overs?from=2026-05-25&days=21');
    expect(res.body).not.toContain('Family wedding');
    const items = await flags(org.eastRep);
    expect(items.map((i) => [i.followUpId, i.dueDate, i.flag, i.leaveStatus])).toEqual([
      [eidId, '2026-05-27', 'office-closed', null],
      [leaveId, '2026-06-09', 'on-leave', 'approved'],
    ]);
    expect(items[0]!.because.join(' ')).toMatch(/Eid|Arafat/);
    expect(items[0]!.personName).toBe('Amira Haddad');
  });

  it('follows the caller’s follow-up visibility', async () => {
    expect(await flags(org.westRep)).toEqual([]);
    expect(await flags(org.eastRep2)).toEqual([]);
    expect((await flags(org.eastManager)).length).toBe(2);
    expect((await ctx.client().get('/office-hand-overs')).statusCode).toBe(401);
  });

  it('a hand-over to a colleague clears the flag', async () => {
    const res = await ctx
      .client(org.eastManager)
      .patch(`/follow-ups/${eidId}`, { assigneeId: org.eastRep2.user.id });
    expect(res.statusCode, res.body).toBe(200);
    expect((await flags(org.eastManager)).map((i) => i.followUpId)).toEqual([leaveId]);
  });

  it.each([
    ['days=0', 400],
    ['days=61', 400],
    ['from=2026-02-30', 400],
    ['from=tomorrow', 400],
    ['colour=red', 400],
  ])('bad input %s answers %i', async (q, status) => {
    const res = await ctx.client(org.eastRep).get(`/office-hand-overs?${q}`);
    expect(res.statusCode).toBe(status);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });
});
