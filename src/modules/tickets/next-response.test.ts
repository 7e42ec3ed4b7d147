import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';

const clock = { now: new Date('2026-12-28T08:00:00Z') };
const at = (iso: string) => (clock.now = new Date(iso));

// Next response: the customer writing after a public reply starts a clock in the policy's
// calendar that the next public reply of staff stops.
describe.each(testDialects())('next-response targets on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  let german: { id: string };
  let french: { id: string };
  let policyId: string;
  beforeAll(async () => {
    ctx = await TestContext.create(dialect, { container: { jobs: { now: () => clock.now } } });
    org = await salesOrg(ctx);
    german = await ctx.newCustomer(org.eastRep, { name: 'Berlin Pumpen GmbH', country: 'DE' });
    french = await ctx.newCustomer(org.eastRep, { name: 'Lyon Pompes SA', country: 'FR' });
    const admin = ctx.client(org.admin);
    const de = await admin.post('/sla-policies', {
      name: 'Germany',
      countries: ['DE'],
      calendar: 'customer',
      hours: { start: '09:00', end: '17:00' },
      firstResponseMinutes: 120,
      resolutionMinutes: 2400,
      nextResponseMinutes: 60,
    });
    expect(de.statusCode).toBe(201);
    expect(de.json().nextResponseMinutes).toBe(60);
    policyId = de.json().id;
  });
  afterAll(() => ctx.close());

  const rep = () => ctx.client(org.eastRep);
  const say = async (id: string, body: Record<string, unknown>) =>
    expect((await rep().post(`/tickets/${id}/comments`, body)).statusCode).toBe(201);
  const sla = async (id: string) => (await rep().get(`/tickets/${id}`)).json().sla;
  const listed = async (breach: string) =>
    (await rep().get(`/tickets?breach=${breach}`)).json().items.map((t: { id: string }) => t.id);

  it('starts when the customer writes after a public reply, pauses, breaches, is met, restarts', async () => {
    at('2026-12-28T08:00:00Z'); // Mon 09:00 Berlin
    const res = await rep().post('/tickets', {
      customerId: german.id,
      subject: 'Seal leaks',
      channel: 'email',
      type: 'defect',
    });
    expect(res.statusCode).toBe(201);
    const id: string = res.json().id;
    expect(res.json().sla.nextResponse).toBeNull();

    at('2026-12-28T08:10:00Z');
    await say(id, { body: 'Which model is it?', public: false }); // a note answers nobody
    await say(id, { body: 'It is the P-200', public: true, from: 'customer' });
    expect((await sla(id)).nextResponse).toBeNull(); // first response still runs

    at('2026-12-28T08:30:00Z');
    await say(id, { body: 'Please send a photo', public: true });
    expect((await sla(id)).nextResponse).toBeNull();

    at('2026-12-28T09:00:00Z'); // Mon 10:00 Berlin
    await say(id, { body: 'Photo attached', public: true, from: 'customer' });
    let s = await sla(id);
    expect(s.nextResponse).toMatchObject({
      startedAt: '2026-12-28T09:00:00.000Z',
      minutes: 60,
      due: '2026-12-28T10:00:00.000Z',
      warnAt: '2026-12-28T09:48:00.000Z',
      metAt: null,
      state: 'ok',
      minutesLeft: 60,
    });
    expect(s.nextResponse.dueCustomer).toEqual({
      date: '2026-12-28',
      time: '11:00',
      timeZone: 'Europe/Berlin',
    });

    at('2026-12-28T09:30:00Z'); // on hold for an hour: the clock stands still
    expect((await rep().patch(`/tickets/${id}`, { status: 'on_hold' })).statusCode).toBe(200);
    s = await sla(id);
    expect(s.paused).toBe(true);
    expect(s.nextResponse.due).toBeNull();
    at('2026-12-28T10:30:00Z');
    expect((await rep().patch(`/tickets/${id}`, { status: 'open' })).statusCode).toBe(200);
    s = await sla(id);
    expect(s.nextResponse.due).toBe('2026-12-28T11:00:00.000Z');
    expect(s.nextResponse.pausedMinutes).toBe(60);

    at('2026-12-28T10:50:00Z');
    expect((await sla(id)).nextResponse.state).toBe('warning');
    expect(await listed('warning')).toContain(id);

    at('2026-12-28T11:05:00Z');
    s = await sla(id);
    expect(s.nextResponse.state).toBe('breached');
    expect(s.nextResponse.minutesLeft).toBe(-5);
    expect(s.state).toBe('breached');
    expect(await listed('breached')).toContain(id);

    at('2026-12-28T11:10:00Z'); // the customer writes again while waiting: no restart
    await say(id, { body: 'Any news?', public: true, from: 'customer' });
    expect((await sla(id)).nextResponse.startedAt).toBe('2026-12-28T09:00:00.000Z');

    at('2026-12-28T11:15:00Z');
    await say(id, { body: 'A new seal ships today', public: true });
    s = await sla(id);
    expect(s.nextResponse).toMatchObject({ metAt: '2026-12-28T11:15:00.000Z', state: 'breached' });
    expect(s.nextResponse.minutesLeft).toBeNull();

    at('2026-12-28T11:20:00Z');
    await say(id, { body: 'Thanks, and the gasket?', public: true, from: 'customer' });
    s = await sla(id);
    expect(s.nextResponse).toMatchObject({
      startedAt: '2026-12-28T11:20:00.000Z',
      due: '2026-12-28T12:20:00.000Z',
      state: 'ok',
    });
    expect(s.state).toBe('ok');
    expect(await listed('ok')).toContain(id);
    expect(await listed('breached')).not.toContain(id);
    // The stored instants are the ones the list sorts and filters by.
    const row = await ctx.db
      .selectFrom('tickets')
      .select(['next_response_due_at', 'next_due_at'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.next_response_due_at).toBe('2026-12-28T12:20:00.000Z');
    expect(row.next_due_at).toBe('2026-12-28T12:20:00.000Z');
  });

  it('a solved ticket the customer writes to again reopens with a next-response clock', async () => {
    at('2026-12-29T08:00:00Z');
    const id: string = (
      await rep().post('/tickets', {
        customerId: german.id,
        subject: 'Manual missing',
        channel: 'email',
        type: 'question',
      })
    ).json().id;
    await say(id, { body: 'Here it is', public: true });
    expect((await rep().patch(`/tickets/${id}`, { status: 'solved' })).statusCode).toBe(200);
    at('2026-12-29T09:00:00Z');
    await say(id, { body: 'The German one, please', public: true, from: 'customer' });
    const t = (await rep().get(`/tickets/${id}`)).json();
    expect(t.status).toBe('open');
    expect(t.sla.nextResponse).toMatchObject({
      startedAt: '2026-12-29T09:00:00.000Z',
      due: '2026-12-29T10:00:00.000Z',
    });
  });

  it('a policy without the target (the default too) counts none', async () => {
    at('2026-12-29T08:00:00Z');
    const id: string = (
      await rep().post('/tickets', {
        customerId: french.id,
        subject: 'Invoice copy',
        channel: 'email',
        type: 'question',
      })
    ).json().id;
    await say(id, { body: 'Attached', public: true });
    await say(id, { body: 'Thanks, another one?', public: true, from: 'customer' });
    const t = (await rep().get(`/tickets/${id}`)).json();
    expect(t.sla.policyName).toBe('Default');
    expect(t.sla.nextResponse).toBeNull();
    const list = (await rep().get('/sla-policies')).json();
    expect(list.fallback.nextResponseMinutes).toBeNull();
  });

  it('the policy editor: bad targets are field errors and write nothing; a patch keeps or clears it', async () => {
    const admin = ctx.client(org.admin);
    const before = (await admin.get('/sla-policies')).json().items.length;
    const base = {
      name: 'Too slow',
      calendar: '24x7',
      hours: { start: '00:00', end: '23:59' },
      firstResponseMinutes: 60,
      resolutionMinutes: 240,
    };
    const longer = await admin.post('/sla-policies', { ...base, nextResponseMinutes: 241 });
    expect(longer.statusCode).toBe(400);
    expect(longer.json().errors).toContainEqual(
      expect.objectContaining({ path: '/nextResponseMinutes', code: 'sla_next_response' }),
    );
    const zero = await admin.post('/sla-policies', { ...base, nextResponseMinutes: 0 });
    expect(zero.statusCode).toBe(400);
    expect(zero.json().errors[0].path).toBe('/nextResponseMinutes');
    expect((await admin.get('/sla-policies')).json().items).toHaveLength(before);
    expect(
      (await rep().patch(`/sla-policies/${policyId}`, { nextResponseMinutes: 30 })).statusCode,
    ).toBe(403);

    const kept = await admin.patch(`/sla-policies/${policyId}`, { warnPercent: 75 });
    expect(kept.json().nextResponseMinutes).toBe(60);
    const cleared = await admin.patch(`/sla-policies/${policyId}`, { nextResponseMinutes: null });
    expect(cleared.statusCode).toBe(200);
    expect(cleared.json().nextResponseMinutes).toBeNull();
    const audit = await ctx.db
      .selectFrom('audit_log')
      .select('changes')
      .where('entity_id', '=', policyId)
      .where('action', '=', 'update')
      .execute();
    expect(audit.some((a) => String(a.changes).includes('nextResponseMinutes'))).toBe(true);
  });
});
