import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';

type Org = Awaited<ReturnType<typeof salesOrg>>;
const dubai = (managerId: string) => ({
  name: 'Dubai office',
  country: 'AE',
  city: 'Dubai',
  timeZone: 'Asia/Dubai',
  hours: { start: '09:00', end: '18:00' },
  ramadanHoursLess: 2,
  managerId,
  markets: ['AE', 'SA', 'QA'],
  closingDays: [{ date: '2026-06-01', name: 'Office move' }],
});

describe.each(testDialects())('offices, people and leave on %s', (dialect) => {
  let ctx: TestContext;
  let org: Org;
  let officeId: string;
  let amiraId: string;
  let omarId: string;

  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
    const res = await ctx.client(org.admin).post('/offices', dubai(org.eastManager.user.id));
    expect(res.statusCode, res.body).toBe(201);
    officeId = res.json<{ id: string }>().id;
    const add = (body: object) =>
      ctx.client(org.eastManager).post(`/offices/${officeId}/people`, body);
    const amira = await add({
      name: 'Amira Haddad',
      userId: org.eastRep.user.id,
      countryOfWork: 'AE',
      languages: ['ar', 'en'],
      role: 'Sales',
      startDate: '2025-09-01',
    });
    expect(amira.statusCode).toBe(201);
    amiraId = amira.json<{ id: string }>().id;
    const omar = await add({
      name: 'Omar Saleh',
      countryOfWork: 'AE',
      languages: ['ar'],
      role: 'Service engineer',
      startDate: '2024-02-15',
    });
    omarId = omar.json<{ id: string }>().id;
  });
  afterAll(() => ctx.close());

  const officeCount = async () =>
    (await ctx.client(org.admin).get('/offices')).json<{ items: unknown[] }>().items.length;

  it('admins, the manager and the office’s people see it; anyone else gets 404', async () => {
    for (const who of [org.admin, org.eastManager, org.eastRep])
      expect((await ctx.client(who).get(`/offices/${officeId}`)).statusCode).toBe(200);
    for (const who of [org.eastRep2, org.westRep, org.westManager]) {
      expect((await ctx.client(who).get(`/offices/${officeId}`)).statusCode).toBe(404);
      expect(
        (await ctx.client(who).get(`/offices/${officeId}/planning?from=2026-05-25&days=7`))
          .statusCode,
      ).toBe(404);
      expect((await ctx.client(who).get('/offices')).json<{ items: unknown[] }>().items).toEqual(
        [],
      );
    }
    expect((await ctx.client().get(`/offices/${officeId}`)).statusCode).toBe(401);
    const detail = (await ctx.client(org.eastRep).get(`/offices/${officeId}`)).json<{
      people: { name: string }[];
      canManage: boolean;
    }>();
    expect(detail.people.map((p) => p.name)).toEqual(['Amira Haddad', 'Omar Saleh']);
    expect(detail.canManage).toBe(false);
  });

  it('only admins create offices and change the manager; the manager edits the rest', async () => {
    const before = await officeCount();
    expect(
      (await ctx.client(org.eastManager).post('/offices', dubai(org.eastManager.user.id)))
        .statusCode,
    ).toBe(403);
    expect(
      (
        await ctx
          .client(org.eastManager)
          .patch(`/offices/${officeId}`, { managerId: org.eastRep.user.id })
      ).statusCode,
    ).toBe(403);
    expect(
      (await ctx.client(org.eastRep).patch(`/offices/${officeId}`, { city: 'Abu Dhabi' }))
        .statusCode,
    ).toBe(403);
    expect(
      (
        await ctx.client(org.eastRep).post(`/offices/${officeId}/people`, {
          name: 'X',
          countryOfWork: 'AE',
          role: 'r',
          startDate: '2026-01-01',
        })
      ).statusCode,
    ).toBe(403);
    const ok = await ctx
      .client(org.eastManager)
      .patch(`/offices/${officeId}`, { hours: { start: '08:30', end: '17:30' } });
    expect(ok.json()).toMatchObject({
      hours: { start: '08:30', end: '17:30' },
      managerId: org.eastManager.user.id,
    });
    await ctx
      .client(org.eastManager)
      .patch(`/offices/${officeId}`, { hours: { start: '09:00', end: '18:00' } });
    expect(await officeCount()).toBe(before);
  });

  it.each([
    ['an unknown country', { country: 'XX' }, '/country'],
    ['a made-up zone', { timeZone: 'Mars/Base' }, '/timeZone'],
    ['hours ending before they start', { hours: { start: '18:00', end: '09:00' } }, '/hours/end'],
    ['a market that is no country', { markets: ['ZZ'] }, '/markets/0'],
    ['a manager who is no user', { managerId: 'nobody' }, '/managerId'],
    [
      'an impossible closing day',
      { closingDays: [{ date: '2026-02-30', name: 'x' }] },
      '/closingDays/0/date',
    ],
  ])('a new office with %s is refused and leaves no row', async (_name, patch, path) => {
    const before = await officeCount();
    const res = await ctx
      .client(org.admin)
      .post('/offices', { ...dubai(org.eastManager.user.id), ...patch });
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json())).toContain(path);
    expect(await officeCount()).toBe(before);
  });

  it('leave: a person asks for their own, the manager approves, the reason stays with the manager', async () => {
    const asAmira = ctx.client(org.eastRep);
    expect(
      (
        await asAmira.post(`/offices/${officeId}/leave`, {
          personId: omarId,
          kind: 'annual',
          from: '2026-05-25',
          to: '2026-05-26',
        })
      ).statusCode,
    ).toBe(403);
    const bad = await asAmira.post(`/offices/${officeId}/leave`, {
      personId: amiraId,
      kind: 'annual',
      from: '2026-05-26',
      to: '2026-05-25',
    });
    expect(bad.statusCode).toBe(400);
    const req = await asAmira.post(`/offices/${officeId}/leave`, {
      personId: amiraId,
      kind: 'annual',
      from: '2026-05-25',
      to: '2026-05-26',
      reason: 'Family wedding in Amman',
    });
    expect(req.statusCode).toBe(201);
    expect(req.json()).toMatchObject({ status: 'requested', reason: null });
    const leaveId = req.json<{ id: string }>().id;
    expect(
      (
        await asAmira.post(`/offices/${officeId}/leave/${leaveId}/decision`, {
          decision: 'approved',
        })
      ).statusCode,
    ).toBe(403);
    const decided = await ctx
      .client(org.eastManager)
      .post(`/offices/${officeId}/leave/${leaveId}/decision`, { decision: 'approved' });
    expect(decided.json()).toMatchObject({ status: 'approved', reason: 'Family wedding in Amman' });
    expect(
      (
        await ctx
          .client(org.eastManager)
          .post(`/offices/${officeId}/leave/${leaveId}/decision`, { decision: 'rejected' })
      ).statusCode,
    ).toBe(409);
    // The manager records Omar's sick leave, approved as recorded.
    const sick = await ctx.client(org.eastManager).post(`/offices/${officeId}/leave`, {
      personId: omarId,
      kind: 'sick',
      from: '2026-03-10',
      to: '2026-03-12',
      reason: 'Flu',
    });
    expect(sick.json()).toMatchObject({ status: 'approved', reason: 'Flu' });
    const seen = (who: typeof org.admin) =>
      ctx
        .client(who)
        .get(`/offices/${officeId}`)
        .then((r) => r.json<{ leave: { reason: string | null }[] }>().leave.map((l) => l.reason));
    expect(await seen(org.eastRep)).toEqual([null, null]);
    expect(await seen(org.admin)).toEqual(['Flu', 'Family wedding in Amman']);
    const audit = await ctx.client(org.admin).get('/audit-log?entityType=office_leave');
    expect(audit.body).not.toContain('Amman');
  });

  it('planning view: Eid al-Adha closes Dubai while Shanghai works, with Amira’s leave before it', async () => {
    const res = await ctx
      .client(org.eastRep)
      .get(`/offices/${officeId}/planning?from=2026-05-25&days=8`);
    expect(res.statusCode).toBe(200);
    const p = res.json<{
      days: {
        date: string;
        officeOpen: boolean;
        closedBecause: string[];
        sharedMinutes: number;
        away: { name: string }[];
        working: number;
      }[];
      closedDifferences: { date: string; closed: string }[];
      headcount: number;
    }>();
    const day = (d: string) => p.days.find((x) => x.date === d)!;
    expect(day('2026-05-25')).toMatchObject({
      officeOpen: true,
      sharedMinutes: 300,
      working: 1,
      away: [{ name: 'Amira Haddad' }],
    });
    expect(day('2026-05-27')).toMatchObject({ officeOpen: false, sharedMinutes: 0 });
    expect(day('2026-05-27').closedBecause.join()).toContain('Eid al-Adha');
    expect(day('2026-06-01').closedBecause).toEqual(['office closing day']);
    expect(p.closedDifferences.map((d) => `${d.date} ${d.closed}`)).toEqual([
      '2026-05-26 office', // Arafat Day (#21 correction)
      '2026-05-27 office',
      '2026-05-28 office',
      '2026-05-29 office',
      '2026-06-01 office',
    ]);
    expect(p.headcount).toBe(2);
  });

  it('planning view: Ramadan warns with the people away and the shorter day', async () => {
    const res = await ctx
      .client(org.eastManager)
      .get(`/offices/${officeId}/planning?from=2026-03-02&days=14`);
    const p = res.json<{
      stalls: unknown[];
      days: { date: string; officeHours: unknown; shortened: string | null }[];
    }>();
    expect(p.stalls).toEqual([
      {
        kind: 'ramadan',
        start: '2026-02-18',
        end: '2026-03-19',
        peopleAway: 1,
        peakAway: 1,
        peakDate: '2026-03-10',
        headcount: 2,
      },
    ]);
    expect(p.days[0]).toMatchObject({
      officeHours: { start: '09:00', end: '16:00' },
      shortened: 'ramadan',
    });
  });

  it.each([
    ['a bad date', '?from=2026-13-01'],
    ['too many days', '?days=91'],
    ['an unknown parameter', '?days=7&x=1'],
  ])('planning with %s is refused', async (_name, query) => {
    expect(
      (await ctx.client(org.admin).get(`/offices/${officeId}/planning${query}`)).statusCode,
    ).toBe(400);
  });

  it('the leadership playbook states the UAE’s missing scores instead of inventing them', async () => {
    const res = await ctx.client(org.eastRep).get(`/offices/${officeId}/playbook`);
    expect(res.json()).toMatchObject({ hq: 'CN', office: 'AE', items: [] });
    expect(res.json<{ missing: unknown[] }>().missing).toHaveLength(6);
  });

  it('meeting planner: Munich and São Paulo from Dubai’s manager’s view, and out-of-scope people refused', async () => {
    const make = async (body: object) =>
      (
        await ctx.client(org.admin).post('/offices', {
          ...dubai(org.westManager.user.id),
          markets: [],
          closingDays: [],
          ramadanHoursLess: 0,
          ...body,
        })
      ).json<{ id: string }>().id;
    const munich = await make({
      name: 'Munich',
      country: 'DE',
      region: 'BY',
      city: 'München',
      timeZone: 'Europe/Berlin',
    });
    const sp = await make({
      name: 'São Paulo',
      country: 'BR',
      city: 'São Paulo',
      timeZone: 'America/Sao_Paulo',
    });
    const person = async (office: string, name: string) =>
      (
        await ctx.client(org.westManager).post(`/offices/${office}/people`, {
          name,
          countryOfWork: 'DE',
          role: 'Sales',
          startDate: '2025-01-01',
        })
      ).json<{ id: string }>().id;
    const jonas = await person(munich, 'Jonas Weber');
    const ana = await person(sp, 'Ana Souza');
    const res = await ctx.client(org.westManager).post('/office-meetings/plan', {
      personIds: [jonas, ana],
      from: '2026-06-02T00:00:00Z',
      days: 1,
      durationMinutes: 60,
    });
    expect(res.statusCode).toBe(200);
    const [best] = res.json<{
      slots: {
        startUtc: string;
        outside: number;
        attendees: { name: string; start: string; timeZone: string }[];
      }[];
    }>().slots;
    expect(best).toMatchObject({ startUtc: '2026-06-02T12:00:00.000Z', outside: 0 });
    expect(best?.attendees.map((a) => `${a.name} ${a.start}`)).toEqual([
      'Jonas Weber 14:00',
      'Ana Souza 09:00',
    ]);
    const withHq = await ctx.client(org.westManager).post('/office-meetings/plan', {
      personIds: [jonas, ana],
      includeHq: true,
      from: '2026-06-02T00:00:00Z',
      days: 1,
      durationMinutes: 60,
    });
    expect(withHq.json<{ slots: { outside: number }[] }>().slots[0]?.outside).toBe(1);
    // Dubai's people are not the west manager's to plan with.
    expect(
      (
        await ctx
          .client(org.westManager)
          .post('/office-meetings/plan', { personIds: [amiraId], days: 1, durationMinutes: 30 })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await ctx
          .client(org.westManager)
          .post('/office-meetings/plan', { personIds: [], days: 1, durationMinutes: 30 })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await ctx
          .client(org.westManager)
          .post('/office-meetings/plan', { personIds: [jonas], days: 30, durationMinutes: 30 })
      ).statusCode,
    ).toBe(400);
  });
});
