import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';

type Org = Awaited<ReturnType<typeof salesOrg>>;
interface Flags {
  items: {
    kind: string;
    followUpId: string | null;
    ticketId: string | null;
    ticketNumber: string | null;
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
    expect(items.map((i) => [i.kind, i.followUpId, i.dueDate, i.flag, i.leaveStatus])).toEqual([
      ['follow-up', eidId, '2026-05-27', 'office-closed', null],
      ['follow-up', leaveId, '2026-06-09', 'on-leave', 'approved'],
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

  it('flags a ticket due while its assignee is on leave, by the day where the assignee works', async () => {
    const admin = ctx.client(org.admin);
    const policy = await admin.post('/sla-policies', {
      name: 'Round the clock',
      calendar: '24x7',
      hours: { start: '00:00', end: '23:59' },
      firstResponseMinutes: 120,
      resolutionMinutes: 600,
    });
    expect(policy.statusCode, policy.body).toBe(201);
    const offices = (await admin.get('/offices')).json<{ items: { id: string }[] }>().items;
    const officeId = offices[0]!.id;
    const person = await ctx.client(org.eastManager).post(`/offices/${officeId}/people`, {
      name: 'Omar Saleh',
      userId: org.eastRep2.user.id,
      countryOfWork: 'AE',
      role: 'Service',
      startDate: '2025-01-01',
    });
    expect(person.statusCode, person.body).toBe(201);
    const today = new Date().toISOString().slice(0, 10);
    const day = (n: number) =>
      new Date(Date.parse(today) + n * 86_400_000).toISOString().slice(0, 10);
    const leave = await ctx.client(org.eastManager).post(`/offices/${officeId}/leave`, {
      personId: person.json<{ id: string }>().id,
      kind: 'annual',
      from: day(-1),
      to: day(3),
    });
    expect(leave.statusCode, leave.body).toBe(201);
    const customer = await ctx.newCustomer(org.eastRep, { name: 'Doha Valves', country: 'QA' });
    const ticket = await ctx.client(org.eastRep).post('/tickets', {
      customerId: customer.id,
      subject: 'Valve leaks',
      channel: 'phone',
      type: 'defect',
      assigneeId: org.eastRep2.user.id,
    });
    expect(ticket.statusCode, ticket.body).toBe(201);
    const { id, number, sla } = ticket.json<{
      id: string;
      number: string;
      sla: { firstResponse: { due: string } };
    }>();
    const mine = (items: Flags['items']) => items.filter((i) => i.kind === 'ticket');
    const flagged = mine(await flags(org.eastManager, `from=${day(-1)}&days=5`));
    expect(flagged).toMatchObject([
      {
        ticketId: id,
        ticketNumber: number,
        followUpId: null,
        // On leave all week; the due day may also be one the Dubai office is closed (its weekend,
        // UAE National Day on 2 December), which then names the closure. The table above checks
        // each flag on fixed dates; this test is about tickets being flagged at all.
        flag: expect.stringMatching(/^(on-leave|office-closed)$/),
        personName: 'Omar Saleh',
      },
    ]);
    // The day is the due instant's date in Dubai, where the assignee works.
    const dubai = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Dubai' });
    expect(flagged[0]!.dueDate).toBe(dubai.format(new Date(sla.firstResponse.due)));
    // The ticket's visibility holds: the west rep sees none of it; a window after it, nothing.
    expect(mine(await flags(org.westRep, `from=${day(-1)}&days=5`))).toEqual([]);
    expect(mine(await flags(org.eastManager, `from=${day(10)}&days=5`))).toEqual([]);
    // Handed over to a colleague not on leave, the flag clears.
    const moved = await ctx.client(org.eastManager).patch(`/tickets/${id}`, {
      assigneeId: org.eastManager.user.id,
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(mine(await flags(org.eastManager, `from=${day(-1)}&days=5`))).toEqual([]);
  });
});
