import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';

type Org = Awaited<ReturnType<typeof salesOrg>>;
interface Flag {
  kind: string;
  followUpId: string | null;
  ticketId: string | null;
  dueDate: string;
  flag: string;
  leaveStatus: string | null;
  assigneeId: string | null;
  personId: string;
  assigneePersonId: string | null;
  personName: string;
}
interface Problem {
  errors: { path: string; code: string }[];
}

// Non-user staff of a Dubai office doing the east rep's follow-ups: Layla is on leave 8–10 June
// 2026, the office is closed on Eid al-Adha (27 May 2026). Munich is an office the rep cannot see.
describe.each(testDialects())('follow-ups and tickets done by office staff on %s', (dialect) => {
  let ctx: TestContext;
  let org: Org;
  let layla: string;
  let karim: string;
  let hans: string;
  let repPerson: string;
  let customerId: string;

  const person = async (officeId: string, name: string, userId: string | null = null) => {
    const res = await ctx.client(org.admin).post(`/offices/${officeId}/people`, {
      name,
      userId,
      countryOfWork: 'AE',
      role: 'Sales assistant',
      startDate: '2025-09-01',
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<{ id: string }>().id;
  };
  const office = async (name: string, country: string, timeZone: string, managerId: string) => {
    const res = await ctx.client(org.admin).post('/offices', {
      name,
      country,
      city: name,
      timeZone,
      hours: { start: '09:00', end: '18:00' },
      managerId,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<{ id: string }>().id;
  };
  const flags = async (who = org.eastManager, q = 'from=2026-05-25&days=21') => {
    const res = await ctx.client(who).get(`/office-hand-overs?${q}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<{ items: Flag[] }>().items;
  };
  const followUpCount = async () =>
    (await ctx.db.selectFrom('follow_ups').select('id').execute()).length;

  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
    const dubai = await office('Dubai', 'AE', 'Asia/Dubai', org.eastManager.user.id);
    const munich = await office('Munich', 'DE', 'Europe/Berlin', org.westManager.user.id);
    repPerson = await person(dubai, 'East Rep', org.eastRep.user.id);
    layla = await person(dubai, 'Layla Nasser');
    karim = await person(dubai, 'Karim Aziz');
    hans = await person(munich, 'Hans Weber');
    const leave = await ctx.client(org.eastManager).post(`/offices/${dubai}/leave`, {
      personId: layla,
      kind: 'annual',
      from: '2026-06-08',
      to: '2026-06-10',
    });
    expect(leave.statusCode, leave.body).toBe(201);
    customerId = (await ctx.newCustomer(org.eastRep, { name: 'Gulf Trading', country: 'SA' })).id;
  });
  afterAll(() => ctx.close());

  it('lists the people of the offices the caller sees, with their office', async () => {
    const names = async (who: typeof org.admin) =>
      (await ctx.client(who).get('/office-people'))
        .json<{ items: { name: string; officeName: string; timeZone: string }[] }>()
        .items.map((p) => `${p.name} (${p.officeName})`);
    expect(await names(org.eastRep)).toEqual([
      'East Rep (Dubai)',
      'Karim Aziz (Dubai)',
      'Layla Nasser (Dubai)',
    ]);
    expect(await names(org.westRep)).toEqual([]);
    expect((await names(org.admin)).length).toBe(4);
    expect((await ctx.client().get('/office-people')).statusCode).toBe(401);
  });

  // Flagged by Layla's calendar, not by the rep's (who has no leave): the table of due days.
  it.each([
    ['2026-05-27', 'office-closed', null],
    ['2026-06-02', null, null],
    ['2026-06-09', 'on-leave', 'approved'],
    ['2026-06-13', 'office-closed', null], // a Saturday: the UAE's weekend since 2022
  ])('a follow-up for Layla due %s is flagged %s', async (dueDate, flag, leaveStatus) => {
    const res = await ctx
      .client(org.eastRep)
      .post('/follow-ups', { customerId, dueDate, assigneePersonId: layla });
    expect(res.statusCode, res.body).toBe(201);
    const created = res.json<{ id: string; assigneeId: string; assigneePersonId: string }>();
    // The rep stays responsible: it is still in their inbox.
    expect(created).toMatchObject({ assigneeId: org.eastRep.user.id, assigneePersonId: layla });
    const mine = (await flags(org.eastRep)).filter((f) => f.followUpId === created.id);
    if (flag === null) expect(mine).toEqual([]);
    else
      expect(mine).toMatchObject([
        { flag, leaveStatus, personId: layla, assigneePersonId: layla, personName: 'Layla Nasser' },
      ]);
    await ctx.client(org.eastRep).patch(`/follow-ups/${created.id}`, { status: 'cancelled' });
  });

  it('hands a follow-up over to another person, then to a user (the person then clears)', async () => {
    const id = (
      await ctx.client(org.eastRep).post('/follow-ups', {
        customerId,
        dueDate: '2026-06-09',
        assigneePersonId: layla,
      })
    ).json<{ id: string }>().id;
    expect((await flags()).map((f) => f.followUpId)).toContain(id);
    const toKarim = await ctx
      .client(org.eastManager)
      .patch(`/follow-ups/${id}`, { assigneePersonId: karim });
    expect(toKarim.statusCode, toKarim.body).toBe(200);
    expect(toKarim.json()).toMatchObject({ assigneePersonId: karim });
    expect((await flags()).map((f) => f.followUpId)).not.toContain(id);
    // Back to Layla, then handed to a user: the person goes with the old assignee.
    await ctx.client(org.eastManager).patch(`/follow-ups/${id}`, { assigneePersonId: layla });
    const toUser = await ctx
      .client(org.eastManager)
      .patch(`/follow-ups/${id}`, { assigneeId: org.eastRep2.user.id });
    expect(toUser.json()).toMatchObject({
      assigneeId: org.eastRep2.user.id,
      assigneePersonId: null,
    });
    expect((await flags()).map((f) => f.followUpId)).not.toContain(id);
    // A person with a login is that user.
    const toRep = await ctx
      .client(org.eastManager)
      .patch(`/follow-ups/${id}`, { assigneePersonId: repPerson });
    expect(toRep.json()).toMatchObject({
      assigneeId: org.eastRep.user.id,
      assigneePersonId: repPerson,
    });
  });

  it.each([
    ['an unknown person', () => 'nobody', '/assigneePersonId', 'office_person_unknown'],
    [
      'a person of an office the rep cannot see',
      () => hans,
      '/assigneePersonId',
      'office_person_unknown',
    ],
  ])('creating a follow-up for %s is refused, nothing written', async (_n, id, path, code) => {
    const before = await followUpCount();
    const res = await ctx
      .client(org.eastRep)
      .post('/follow-ups', { customerId, dueDate: '2026-06-03', assigneePersonId: id() });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json<Problem>().errors).toEqual([expect.objectContaining({ path, code })]);
    expect(await followUpCount()).toBe(before);
  });

  it('refuses another workspace’s person and a user other than the person’s own', async () => {
    const ws2 = await ctx.newWorkspace();
    const admin2 = await ctx.newUser(ws2.id, 'admin');
    const o2 = await ctx.client(admin2).post('/offices', {
      name: 'Elsewhere',
      country: 'AE',
      city: 'Dubai',
      timeZone: 'Asia/Dubai',
      hours: { start: '09:00', end: '18:00' },
    });
    const p2 = await ctx.client(admin2).post(`/offices/${o2.json<{ id: string }>().id}/people`, {
      name: 'Stranger',
      countryOfWork: 'AE',
      role: 'Sales',
      startDate: '2025-01-01',
    });
    const before = await followUpCount();
    const res = await ctx.client(org.admin).post('/follow-ups', {
      customerId,
      dueDate: '2026-06-03',
      assigneePersonId: p2.json<{ id: string }>().id,
    });
    expect(res.json<Problem>().errors[0]).toMatchObject({
      path: '/assigneePersonId',
      code: 'office_person_unknown',
    });
    const mixed = await ctx.client(org.admin).post('/follow-ups', {
      customerId,
      dueDate: '2026-06-03',
      assigneeId: org.eastRep2.user.id,
      assigneePersonId: repPerson,
    });
    expect(mixed.statusCode).toBe(400);
    expect(mixed.json<Problem>().errors[0]).toMatchObject({
      path: '/assigneeId',
      code: 'office_person_other_user',
    });
    expect(await followUpCount()).toBe(before);
    // A patch refused leaves the follow-up as it was.
    const id = (
      await ctx.client(org.eastRep).post('/follow-ups', { customerId, dueDate: '2026-06-04' })
    ).json<{ id: string }>().id;
    const bad = await ctx
      .client(org.eastRep)
      .patch(`/follow-ups/${id}`, { assigneePersonId: hans, status: 'done' });
    expect(bad.statusCode).toBe(400);
    const after = await ctx.db
      .selectFrom('follow_ups')
      .select(['status', 'assignee_person_id'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(after).toEqual({ status: 'open', assignee_person_id: null });
  });

  it('tickets: assigned to staff on leave are flagged, handed over, and refused for unseen people', async () => {
    const policy = await ctx.client(org.admin).post('/sla-policies', {
      name: 'Round the clock',
      calendar: '24x7',
      hours: { start: '00:00', end: '23:59' },
      firstResponseMinutes: 120,
      resolutionMinutes: 600,
    });
    expect(policy.statusCode, policy.body).toBe(201);
    const today = new Date().toISOString().slice(0, 10);
    const day = (n: number) =>
      new Date(Date.parse(today) + n * 86_400_000).toISOString().slice(0, 10);
    const offices = (await ctx.client(org.admin).get('/offices')).json<{
      items: { id: string; name: string }[];
    }>().items;
    const dubai = offices.find((o) => o.name === 'Dubai')!.id;
    await ctx.client(org.eastManager).post(`/offices/${dubai}/leave`, {
      personId: karim,
      kind: 'sick',
      from: day(-1),
      to: day(3),
    });
    const refused = await ctx.client(org.eastRep).post('/tickets', {
      customerId,
      subject: 'Valve leaks',
      channel: 'phone',
      type: 'defect',
      assigneePersonId: hans,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json<Problem>().errors[0]).toMatchObject({
      path: '/assigneePersonId',
      code: 'office_person_unknown',
    });
    expect((await ctx.db.selectFrom('tickets').select('id').execute()).length).toBe(0);
    const res = await ctx.client(org.eastRep).post('/tickets', {
      customerId,
      subject: 'Valve leaks',
      channel: 'phone',
      type: 'defect',
      assigneePersonId: karim,
    });
    expect(res.statusCode, res.body).toBe(201);
    const ticket = res.json<{
      id: string;
      assigneeId: string | null;
      assigneePersonName: string;
    }>();
    expect(ticket).toMatchObject({ assigneeId: null, assigneePersonName: 'Karim Aziz' });
    const tickets = async () =>
      (await flags(org.eastManager, `from=${day(-1)}&days=5`)).filter((f) => f.kind === 'ticket');
    // On leave, or the office closed that day (a weekend in Dubai): flagged by Karim's calendar.
    expect(await tickets()).toMatchObject([{ ticketId: ticket.id, personId: karim }]);
    const bad = await ctx.client(org.eastRep).patch(`/tickets/${ticket.id}`, {
      assigneePersonId: 'nobody',
    });
    expect(bad.statusCode).toBe(400);
    const moved = await ctx
      .client(org.eastManager)
      .patch(`/tickets/${ticket.id}`, { assigneeId: org.eastManager.user.id });
    expect(moved.json()).toMatchObject({
      assigneeId: org.eastManager.user.id,
      assigneePersonId: null,
    });
    expect(await tickets()).toEqual([]);
  });
});
