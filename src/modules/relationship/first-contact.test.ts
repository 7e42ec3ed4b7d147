import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext, type Actor } from '../../../test/support/context.ts';

/** Only Date is faked, so timers and I/O run as usual. */
const today = (iso: string) => vi.useFakeTimers({ toFake: ['Date'], now: new Date(iso) });

interface FollowUp {
  customerId: string;
  dueDate: string;
  kind: string;
  bucket: string;
  reason: { en: string; zh: string };
}

describe.each(testDialects())('a new customer’s first contact on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;

  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
  });
  afterAll(() => ctx.close());
  afterEach(() => vi.useRealTimers());

  const followUpsOf = async (actor: Actor, customerId: string): Promise<FollowUp[]> =>
    (await ctx.client(actor).get(`/follow-ups?customerId=${customerId}`)).json().items;
  const coldIds = async (actor: Actor): Promise<string[]> =>
    (await ctx.client(actor).get('/inbox'))
      .json()
      .cold.map((c: { customerId: string }) => c.customerId);

  it('a lead created on a Riyadh Thursday is due on Monday (Fri–Sat weekend), not cold and new until then', async () => {
    today('2026-12-03T09:00:00Z'); // Thu 3 Dec, noon in Riyadh
    const res = await ctx.client(org.eastRep).post('/customers', {
      name: 'Al Noor Trading Est.',
      country: 'SA',
      stage: 'lead',
    });
    expect(res.statusCode).toBe(201);
    const lead = res.json();
    expect(lead).toMatchObject({ healthScore: null, healthStatus: 'new' });

    const [first, ...more] = await followUpsOf(org.eastRep, lead.id);
    expect(more).toHaveLength(0);
    expect(first).toMatchObject({ kind: 'cadence', dueDate: '2026-12-07', bucket: 'upcoming' });
    expect(first?.reason.en).toContain('first contact within 2 business days of 2026-12-03');
    expect(first?.reason.en).toContain('Fri 4 Dec: weekend; Sat 5 Dec: weekend');
    expect(first?.reason.zh).toContain('2 个工作日内首次联系');

    expect(await coldIds(org.eastRep)).not.toContain(lead.id);
    const health = (await ctx.client(org.eastRep).get(`/customers/${lead.id}/health`)).json();
    expect(health).toMatchObject({ status: 'new', score: null, parts: [] });

    // Monday in Riyadh: due today, still not cold.
    today('2026-12-07T09:00:00Z');
    expect(await coldIds(org.eastRep)).not.toContain(lead.id);
    const inbox = (await ctx.client(org.eastRep).get('/inbox')).json();
    expect(inbox.followUps.find((f: FollowUp) => f.customerId === lead.id)?.bucket).toBe('today');

    // Tuesday: the first contact is overdue, so the lead has gone cold and is scored (low).
    today('2026-12-08T09:00:00Z');
    expect(await coldIds(org.eastRep)).toContain(lead.id);
    const late = (await ctx.client(org.eastRep).get(`/customers/${lead.id}/health`)).json();
    expect(late.status).toBe('scored');
    expect(late.score).toBeLessThan(40);
    expect((await ctx.client(org.eastRep).get(`/customers/${lead.id}`)).json()).toMatchObject({
      healthStatus: 'scored',
      healthScore: late.score,
    });

    // The first call fulfils it; the cadence takes over from there.
    const call = await ctx.client(org.eastRep).post('/activities', {
      customerId: lead.id,
      type: 'call',
      direction: 'outbound',
      occurredAt: '2026-12-08T08:00:00Z',
      summary: 'Introduced our product range',
    });
    expect(call.json().nextFollowUp.reason.en).toContain('every 7 days from 2026-12-08');
    expect(await coldIds(org.eastRep)).not.toContain(lead.id);
  });

  it('a prospect gets five business days; a tiered customer’s first follow-up is its cadence', async () => {
    today('2026-12-01T09:00:00Z'); // Tue 1 Dec in Berlin
    const prospect = await ctx.newCustomer(org.eastRep, { country: 'DE', stage: 'prospect' });
    expect((await followUpsOf(org.eastRep, prospect.id)).map((f) => f.dueDate)).toEqual([
      '2026-12-08',
    ]);
    const tierA = await ctx.newCustomer(org.eastRep, {
      country: 'DE',
      stage: 'customer',
      tier: 'A',
    });
    const [plan] = await followUpsOf(org.eastRep, tierA.id);
    expect(plan?.dueDate).toBe('2026-12-15');
    expect(plan?.reason.en).toContain('every 14 days');
    expect(await coldIds(org.eastRep)).not.toContain(tierA.id);
  });

  it('imported leads get their first contact in bulk, each in its own calendar', async () => {
    today('2026-12-03T09:00:00Z');
    const res = await ctx.upload(
      org.eastRep,
      '/imports',
      {
        name: 'expo.csv',
        content: 'Company,Country\nRiyadh Pumps Co,SA\nHamburg Ventile GmbH,DE\n',
      },
      { entity: 'customers', source: 'trade show: Big 5 Saudi 2026' },
    );
    expect(res.statusCode).toBe(202);
    await ctx.imports.wait(res.json().id);
    const customers = (await ctx.client(org.eastRep).get('/customers?q=Riyadh%20Pumps')).json()
      .items;
    const de = (await ctx.client(org.eastRep).get('/customers?q=Hamburg%20Ventile')).json().items;
    expect(customers).toHaveLength(1);
    expect(de).toHaveLength(1);
    // Thu 3 Dec + 2 business days: Mon 7 Dec in Riyadh, Mon 7 Dec in Hamburg (Fri 4, then Mon).
    expect((await followUpsOf(org.eastRep, customers[0].id)).map((f) => f.dueDate)).toEqual([
      '2026-12-07',
    ]);
    expect((await followUpsOf(org.eastRep, de[0].id)).map((f) => f.dueDate)).toEqual([
      '2026-12-07',
    ]);
    const cold = await coldIds(org.eastRep);
    expect(cold).not.toContain(customers[0].id);
    expect(cold).not.toContain(de[0].id);
    expect(customers[0].healthStatus).toBe('new');
  });

  it('a web-form lead is due for an answer within two business days, and not cold before', async () => {
    today('2026-12-03T09:00:00Z');
    const form = await ctx.client(org.eastManager).post('/lead-forms', {
      name: 'Arabic site',
      ownerId: org.eastRep.user.id,
    });
    expect(form.statusCode).toBe(201);
    const sent = await ctx.app.inject({
      method: 'POST',
      url: form.json().postUrl,
      payload: {
        company: 'Gulf Valves Trading',
        country: 'SA',
        name: 'Omar Haddad',
        email: 'omar@gulf-valves.example',
        message: 'Please send prices for DN50 ball valves',
      },
    });
    expect(sent.statusCode).toBe(202);
    const [lead] = (await ctx.client(org.eastRep).get('/customers?q=Gulf%20Valves')).json().items;
    expect((await followUpsOf(org.eastRep, lead.id)).map((f) => f.dueDate)).toEqual(['2026-12-07']);
    expect(await coldIds(org.eastRep)).not.toContain(lead.id);
    today('2026-12-08T09:00:00Z');
    expect(await coldIds(org.eastRep)).toContain(lead.id);
  });

  it('a churned customer shows no score, even after a touch', async () => {
    const c = await ctx.newCustomer(org.eastRep, { country: 'DE', stage: 'customer', tier: 'B' });
    await ctx.client(org.eastRep).post('/activities', {
      customerId: c.id,
      type: 'email',
      direction: 'outbound',
      occurredAt: new Date().toISOString(),
      summary: 'Sent the new catalogue',
    });
    expect((await ctx.client(org.eastRep).get(`/customers/${c.id}`)).json()).toMatchObject({
      healthStatus: 'scored',
    });
    const churned = await ctx.client(org.eastRep).patch(`/customers/${c.id}`, { stage: 'churned' });
    expect(churned.json()).toMatchObject({ healthScore: null, healthStatus: 'churned' });
    await ctx.client(org.eastRep).post('/activities', {
      customerId: c.id,
      type: 'email',
      direction: 'inbound',
      occurredAt: new Date().toISOString(),
      summary: 'We found another supplier',
    });
    expect((await ctx.client(org.eastRep).get(`/customers/${c.id}/health`)).json()).toMatchObject({
      status: 'churned',
      score: null,
    });
    const stored = await ctx.rawCustomer(org.ws.id, c.id);
    expect(stored?.health_score).toBeNull();
  });

  it('the first-contact deadline is part of the policy; changing it replans leads not yet contacted', async () => {
    today('2026-12-03T09:00:00Z');
    const ws = await ctx.newWorkspace();
    const admin = await ctx.newUser(ws.id, 'admin');
    const defaults = (await ctx.client(admin).get('/cadence-policies')).json();
    expect(defaults.items[0]).toMatchObject({ name: 'Leads', days: 7, firstContactDays: 2 });
    expect(
      defaults.items.find((p: { stage: string | null }) => p.stage === 'prospect'),
    ).toMatchObject({ firstContactDays: 5 });

    const fresh = await ctx.newCustomer(admin, { country: 'SA', stage: 'lead' });
    const worked = await ctx.newCustomer(admin, { country: 'SA', stage: 'lead' });
    await ctx.client(admin).post('/activities', {
      customerId: worked.id,
      type: 'call',
      direction: 'outbound',
      occurredAt: '2026-12-03T08:00:00Z',
      summary: 'First call',
    });
    const put = await ctx.client(admin).put('/cadence-policies', {
      items: [{ name: 'Leads', stage: 'lead', days: 10, firstContactDays: 1 }],
    });
    expect(put.statusCode).toBe(200);
    expect(put.json().items[0]).toMatchObject({ firstContactDays: 1 });
    // Thu + 1 business day in Riyadh is Sunday; the called lead counts 10 days from the call.
    expect((await followUpsOf(admin, fresh.id)).map((f) => f.dueDate)).toEqual(['2026-12-06']);
    expect((await followUpsOf(admin, worked.id)).map((f) => f.dueDate)).toEqual(['2026-12-13']);
    const bad = await ctx.client(admin).put('/cadence-policies', {
      items: [{ name: 'Leads', stage: 'lead', days: 10, firstContactDays: 0 }],
    });
    expect(bad.statusCode).toBe(400);
  });
});
