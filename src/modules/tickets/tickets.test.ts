import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';
import { ok, PROGRAMME } from '../../../test/support/loyalty-world.ts';

const clock = { now: new Date('2026-12-24T15:00:00Z') };
const at = (iso: string) => (clock.now = new Date(iso));

describe.each(testDialects())('tickets with SLAs on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  let german: { id: string };
  let french: { id: string };
  let otherCustomer: { id: string };
  beforeAll(async () => {
    ctx = await TestContext.create(dialect, { container: { jobs: { now: () => clock.now } } });
    org = await salesOrg(ctx);
    german = await ctx.newCustomer(org.eastRep, { name: 'Berlin Pumpen GmbH', country: 'DE' });
    french = await ctx.newCustomer(org.eastRep, { name: 'Lyon Pompes SA', country: 'FR' });
    otherCustomer = await ctx.newCustomer(org.westRep, { name: 'West Buyer', country: 'DE' });
    const admin = ctx.client(org.admin);
    const de = await admin.post('/sla-policies', {
      name: 'Germany, customer calendar',
      countries: ['de'],
      calendar: 'customer',
      hours: { start: '09:00', end: '17:00' },
      firstResponseMinutes: 120,
      resolutionMinutes: 480,
    });
    expect(de.statusCode).toBe(201);
    const rest = await admin.post('/sla-policies', {
      name: 'Everyone else, 24x7',
      calendar: '24x7',
      hours: { start: '00:00', end: '23:59' },
      firstResponseMinutes: 60,
      resolutionMinutes: 240,
    });
    expect(rest.statusCode).toBe(201);
  });
  afterAll(() => ctx.close());

  const count = async (
    table: 'tickets' | 'ticket_comments' | 'sla_policies' | 'ticket_status_changes',
  ) =>
    Number(
      (
        await ctx.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  const open = async (customerId: string, extra: Record<string, unknown> = {}) => {
    const res = await ctx.client(org.eastRep).post('/tickets', {
      customerId,
      subject: 'Pump leaks at the seal',
      channel: 'email',
      type: 'defect',
      ...extra,
    });
    expect(res.statusCode).toBe(201);
    return res.json();
  };

  it('picks the first matching policy and counts due instants in the customer’s calendar', async () => {
    at('2026-12-24T15:00:00Z'); // Thu 16:00 Berlin, Christmas Eve (closed from 14:00)
    const t = await open(german.id);
    expect(t.number).toMatch(/^T-\d{6}$/);
    expect(t.status).toBe('new');
    expect(t.sla.policyName).toBe('Germany, customer calendar');
    expect(t.sla.timeZone).toBe('Europe/Berlin');
    // 2 h: Mon 28 Dec 11:00 Berlin; 8 h: Mon 28 Dec 17:00 Berlin.
    expect(t.sla.firstResponse.due).toBe('2026-12-28T10:00:00.000Z');
    expect(t.sla.resolution.due).toBe('2026-12-28T16:00:00.000Z');
    expect(t.sla.resolution.dueCustomer).toEqual({
      date: '2026-12-28',
      time: '17:00',
      timeZone: 'Europe/Berlin',
    });
    expect(t.sla.resolution.skipped.map((d: { date: string }) => d.date)).toEqual([
      '2026-12-25',
      '2026-12-26',
      '2026-12-27',
    ]);
    expect(t.sla.state).toBe('ok');
    expect(t.sla.resolution.minutesLeft).toBe(480);
    // A French customer falls through to the 24x7 policy.
    const f = await open(french.id);
    expect(f.sla.policyName).toBe('Everyone else, 24x7');
    expect(f.sla.resolution.due).toBe('2026-12-24T19:00:00.000Z');
    expect(Number(f.number.slice(2))).toBe(Number(t.number.slice(2)) + 1);
  });

  it('pending customer stops the clock: the resolution moves later by the paused working time', async () => {
    at('2026-12-28T08:00:00Z'); // Mon 09:00 Berlin
    const t = await open(german.id, { priority: 'high' });
    expect(t.sla.resolution.due).toBe('2026-12-28T16:00:00.000Z');
    const rep = ctx.client(org.eastRep);

    at('2026-12-28T08:30:00Z');
    const note = await rep.post(`/tickets/${t.id}/comments`, { body: 'Ask QA', public: false });
    expect(note.statusCode).toBe(201);
    expect((await rep.get(`/tickets/${t.id}`)).json().sla.firstResponse.metAt).toBeNull();
    const reply = await rep.post(`/tickets/${t.id}/comments`, {
      body: 'Please send a photo of the seal',
      public: true,
    });
    expect(reply.json().public).toBe(true);
    let now = (await rep.get(`/tickets/${t.id}`)).json();
    expect(now.sla.firstResponse.metAt).toBe('2026-12-28T08:30:00.000Z');
    expect(now.sla.firstResponse.state).toBe('ok');
    expect(now.status).toBe('open');

    at('2026-12-28T10:00:00Z'); // 11:00 Berlin
    now = (await rep.patch(`/tickets/${t.id}`, { status: 'pending_customer' })).json();
    expect(now.sla.paused).toBe(true);
    expect(now.sla.resolution.due).toBeNull();

    at('2026-12-28T12:00:00Z'); // 13:00 Berlin: the customer answers, two working hours later
    const answer = await rep.post(`/tickets/${t.id}/comments`, {
      body: 'Photo attached',
      public: true,
      from: 'customer',
    });
    expect(answer.statusCode).toBe(201);
    now = (await rep.get(`/tickets/${t.id}`)).json();
    expect(now.status).toBe('open');
    // 8 h from Mon 09:00 with 11:00–13:00 paused: Tue 29 Dec 11:00 Berlin.
    expect(now.sla.resolution.due).toBe('2026-12-29T10:00:00.000Z');
    expect(now.sla.resolution.pausedMinutes).toBe(120);
    expect(now.statusChanges.map((c: { to: string }) => c.to)).toEqual([
      'new',
      'open',
      'pending_customer',
      'open',
    ]);

    // Solved, then the customer writes again: reopened, the solved time not counted.
    at('2026-12-28T13:00:00Z');
    now = (await rep.patch(`/tickets/${t.id}`, { status: 'solved' })).json();
    expect(now.sla.resolution.metAt).toBe('2026-12-28T13:00:00.000Z');
    expect(now.sla.resolution.state).toBe('ok');
    at('2026-12-28T15:00:00Z');
    await rep.post(`/tickets/${t.id}/comments`, {
      body: 'Still leaking',
      public: true,
      from: 'customer',
    });
    now = (await rep.get(`/tickets/${t.id}`)).json();
    expect(now.status).toBe('open');
    expect(now.sla.resolution.metAt).toBeNull();
    expect(now.sla.resolution.due).toBe('2026-12-29T12:00:00.000Z');
  });

  it('breach states: warning at 80 %, breached after the due instant; list filter and sort by time left', async () => {
    at('2026-12-29T08:00:00Z'); // Tue 09:00 Berlin
    const t = await open(german.id, { subject: 'Breach me' });
    const rep = ctx.client(org.eastRep);
    // First response 120 min: warning from 10:36 Berlin, breached from 11:00.
    at('2026-12-29T09:40:00Z');
    expect((await rep.get(`/tickets/${t.id}`)).json().sla.state).toBe('warning');
    const warned = (await rep.get('/tickets?breach=warning'))
      .json()
      .items.map((i: { id: string }) => i.id);
    expect(warned).toContain(t.id);
    at('2026-12-29T10:05:00Z');
    const late = (await rep.get(`/tickets/${t.id}`)).json();
    expect(late.sla.firstResponse.state).toBe('breached');
    expect(late.sla.firstResponse.minutesLeft).toBe(-5);
    const breached = (await rep.get('/tickets?breach=breached'))
      .json()
      .items.map((i: { id: string }) => i.id);
    expect(breached).toContain(t.id);
    expect(
      (await rep.get('/tickets?breach=ok')).json().items.map((i: { id: string }) => i.id),
    ).not.toContain(t.id);
    // A late first reply stays breached.
    await rep.post(`/tickets/${t.id}/comments`, { body: 'Sorry for the wait', public: true });
    expect((await rep.get(`/tickets/${t.id}`)).json().sla.firstResponse.state).toBe('breached');

    const list = (await rep.get('/tickets?sort=timeLeft&status=active')).json().items as {
      sla: {
        firstResponse: { due: string; metAt: string | null };
        resolution: { due: string | null };
      };
      status: string;
    }[];
    const nextDue = (i: (typeof list)[number]) =>
      [i.sla.firstResponse.metAt ? null : i.sla.firstResponse.due, i.sla.resolution.due]
        .filter((x): x is string => !!x)
        .sort()[0] ?? '~';
    const keys = list.map(nextDue);
    expect(keys).toEqual([...keys].sort());
    expect(list.every((i) => i.status !== 'solved' && i.status !== 'closed')).toBe(true);
  });

  it('access follows the customer: other team 404, lists exclude, nothing changes', async () => {
    at('2026-12-29T08:00:00Z');
    const t = await open(german.id, { subject: 'SECRET-TICKET-SUBJECT' });
    for (const a of [org.westRep, org.westManager, org.eastRep2]) {
      const c = ctx.client(a);
      const got = await c.get(`/tickets/${t.id}`);
      expect(got.statusCode).toBe(404);
      expect(got.body).not.toContain('SECRET-TICKET-SUBJECT');
      expect((await c.patch(`/tickets/${t.id}`, { status: 'closed' })).statusCode).toBe(404);
      expect(
        (await c.post(`/tickets/${t.id}/comments`, { body: 'x', public: true })).statusCode,
      ).toBe(404);
      const list = await c.get('/tickets?sort=created');
      expect(list.statusCode).toBe(200);
      expect(list.body).not.toContain(t.id);
      expect((await c.get(`/tickets?customerId=${german.id}`)).json().items).toEqual([]);
    }
    for (const a of [org.eastManager, org.admin])
      expect((await ctx.client(a).get(`/tickets/${t.id}`)).statusCode).toBe(200);
    expect((await ctx.client(org.eastRep).get(`/tickets/${t.id}`)).json().status).toBe('new');
  });

  it('bad input writes nothing', async () => {
    const rep = ctx.client(org.eastRep);
    const contactOfOther = await ctx.newContact(org.westRep, otherCustomer.id, {
      firstName: 'Other',
    });
    const before = await Promise.all([
      count('tickets'),
      count('ticket_status_changes'),
      count('ticket_comments'),
    ]);
    const base = { customerId: german.id, subject: 'x', channel: 'email', type: 'question' };
    const cases: [Record<string, unknown>, string, string | null][] = [
      [{ customerId: otherCustomer.id }, '/customerId', 'not_in_scope'],
      [{ contactId: (contactOfOther as { id: string }).id }, '/contactId', 'not_a_contact'],
      [{ assigneeId: 'nobody' }, '/assigneeId', 'no_active_user'],
      [{ channel: 'pigeon' }, '/channel', null],
      [{ priority: 'asap' }, '/priority', null],
      [{ subject: '' }, '/subject', null],
    ];
    for (const [patch, path, code] of cases) {
      const res = await rep.post('/tickets', { ...base, ...patch });
      expect(res.statusCode, JSON.stringify(patch)).toBe(400);
      const errors = res.json().errors as { path: string; code: string }[];
      expect(errors.some((e) => e.path === path && (!code || e.code === code))).toBe(true);
    }
    const t = await open(german.id);
    const afterOne = await Promise.all([
      count('tickets'),
      count('ticket_status_changes'),
      count('ticket_comments'),
    ]);
    expect(afterOne).toEqual([before[0] + 1, before[1] + 1, before[2]]);
    expect(
      (await rep.post(`/tickets/${t.id}/comments`, { body: '', public: true })).statusCode,
    ).toBe(400);
    expect((await rep.patch(`/tickets/${t.id}`, { status: 'lost' })).statusCode).toBe(400);
    expect((await rep.patch(`/tickets/${t.id}`, { assigneeId: 'nobody' })).statusCode).toBe(400);
    // Closed is final.
    expect((await rep.patch(`/tickets/${t.id}`, { status: 'closed' })).statusCode).toBe(200);
    const again = await rep.patch(`/tickets/${t.id}`, { status: 'open' });
    expect(again.statusCode).toBe(409);
    expect(
      (await rep.post(`/tickets/${t.id}/comments`, { body: 'hi', public: true })).statusCode,
    ).toBe(409);
    expect(
      await Promise.all([
        count('tickets'),
        count('ticket_status_changes'),
        count('ticket_comments'),
      ]),
    ).toEqual([before[0] + 1, before[1] + 2, before[2]]);
  });

  it('filters by assignee and status; an unknown status is a field error', async () => {
    at('2026-12-29T08:00:00Z');
    const t = await open(german.id, { subject: 'Assigned one', assigneeId: org.eastRep2.user.id });
    const rep = ctx.client(org.eastRep);
    const mine = (await rep.get(`/tickets?assigneeId=${org.eastRep2.user.id}&sort=created`)).json();
    expect(mine.items.map((i: { id: string }) => i.id)).toEqual([t.id]);
    expect(mine.items[0].assigneeName).toBeTruthy();
    const statuses = (await rep.get('/tickets?status=new,open&limit=200')).json().items as {
      status: string;
    }[];
    expect(statuses.length).toBeGreaterThan(0);
    expect(statuses.every((i) => i.status === 'new' || i.status === 'open')).toBe(true);
    const bad = await rep.get('/tickets?status=lost');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({ path: '/querystring/status', code: 'one_of' });
  });

  it('a policy edited later does not move an open ticket', async () => {
    at('2026-12-29T08:00:00Z');
    const t = await open(french.id, { subject: 'Terms as opened' });
    const policies = (await ctx.client(org.admin).get('/sla-policies')).json().items as {
      id: string;
      name: string;
    }[];
    const rest = policies.find((p) => p.name === 'Everyone else, 24x7')!;
    const before = (await ctx.client(org.eastRep).get(`/tickets/${t.id}`)).json().sla.resolution;
    await ctx.client(org.admin).patch(`/sla-policies/${rest.id}`, { resolutionMinutes: 1000 });
    const after = (await ctx.client(org.eastRep).get(`/tickets/${t.id}`)).json().sla.resolution;
    expect(after.due).toBe(before.due);
    expect(after.minutes).toBe(before.minutes);
    await ctx
      .client(org.admin)
      .patch(`/sla-policies/${rest.id}`, { resolutionMinutes: before.minutes });
  });

  it('SLA policies: everyone reads, only admins write; bad policies write nothing', async () => {
    const listed = (await ctx.client(org.eastRep).get('/sla-policies')).json();
    expect(listed.items.map((p: { name: string }) => p.name)).toEqual([
      'Germany, customer calendar',
      'Everyone else, 24x7',
    ]);
    expect(listed.fallback.calendar).toBe('customer');
    const before = await count('sla_policies');
    const body = {
      name: 'Rep policy',
      calendar: '24x7',
      hours: { start: '09:00', end: '17:00' },
      firstResponseMinutes: 60,
      resolutionMinutes: 120,
    };
    expect((await ctx.client(org.eastRep).post('/sla-policies', body)).statusCode).toBe(403);
    expect((await ctx.client(org.eastManager).post('/sla-policies', body)).statusCode).toBe(403);
    const admin = ctx.client(org.admin);
    for (const [patch, path] of [
      [{ hours: { start: '18:00', end: '09:00' } }, '/hours/end'],
      [{ resolutionMinutes: 30 }, '/resolutionMinutes'],
      [{ countries: ['XX'] }, '/countries/0'],
      [{ firstResponseMinutes: 0 }, '/firstResponseMinutes'],
      [{ firstResponseMinutes: 600_000 }, '/firstResponseMinutes'],
    ] as const) {
      const res = await admin.post('/sla-policies', { ...body, ...patch });
      expect(res.statusCode, JSON.stringify(patch)).toBe(400);
      expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    }
    expect(await count('sla_policies')).toBe(before);
    const id = listed.items[1].id as string;
    const patched = await admin.patch(`/sla-policies/${id}`, { resolutionMinutes: 300 });
    expect(patched.json().resolutionMinutes).toBe(300);
    expect(
      (await ctx.client(org.eastRep).patch(`/sla-policies/${id}`, { name: 'x' })).statusCode,
    ).toBe(403);
    expect((await ctx.client(org.eastRep).delete(`/sla-policies/${id}`)).statusCode).toBe(403);
    const audit = await ctx.db
      .selectFrom('audit_log')
      .select(['action', 'entity_type'])
      .where('entity_type', 'in', ['sla_policy', 'ticket', 'ticket_comment'])
      .execute();
    expect(new Set(audit.map((a) => `${a.entity_type}:${a.action}`))).toEqual(
      new Set([
        'sla_policy:create',
        'sla_policy:update',
        'ticket:create',
        'ticket:update',
        'ticket_comment:create',
      ]),
    );
  });
  it('a loyalty tier with its own SLA policy gives its customers that policy first', async () => {
    at('2026-12-24T15:00:00Z');
    const admin = ctx.client(org.admin);
    const priority = await admin.post('/sla-policies', {
      name: 'Gold line',
      calendar: '24x7',
      hours: { start: '00:00', end: '23:59' },
      firstResponseMinutes: 15,
      resolutionMinutes: 60,
    });
    expect(priority.statusCode).toBe(201);
    const gold = { ...PROGRAMME.tiers[1]!, slaPolicyId: priority.json().id as string };
    await ok(
      await admin.put('/loyalty/programme', { ...PROGRAMME, tiers: [PROGRAMME.tiers[0], gold] }),
    );
    const loyal = await ctx.newCustomer(org.eastRep, { name: 'Hamburg Gold GmbH', country: 'DE' });
    await ok(
      await admin.post(`/customers/${loyal.id}/loyalty/adjust`, { points: 2500, reason: 'x' }),
    );
    const t = await open(loyal.id);
    expect(t.sla.policyName).toBe('Gold line');
    expect(t.sla.firstResponse.due).toBe('2026-12-24T15:15:00.000Z');
    // Silver has no policy of its own: a Silver customer in Germany keeps the German policy.
    const silver = await ctx.newCustomer(org.eastRep, {
      name: 'Bremen Silver GmbH',
      country: 'DE',
    });
    await ok(
      await admin.post(`/customers/${silver.id}/loyalty/adjust`, { points: 1200, reason: 'x' }),
    );
    expect((await open(silver.id)).sla.policyName).toBe('Germany, customer calendar');
    await ok(await admin.put('/loyalty/programme', { ...PROGRAMME, enabled: false }));
    expect((await open(loyal.id)).sla.policyName).toBe('Germany, customer calendar');
  });
});
