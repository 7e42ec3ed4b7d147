import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { type Actor, salesOrg, TestContext } from '../../../test/support/context.ts';
import { serviceDesk } from '../../../test/support/service-world.ts';
import { AppError } from '../../domain/errors.ts';

describe.each(testDialects())('tickets for agents and support teams on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  let desk: Awaited<ReturnType<typeof serviceDesk>>;
  let east: { id: string };
  let contactId: string;
  const t: Record<'shTeam' | 'hhTeam' | 'toShAgent' | 'toEastRep2', string> = {
    shTeam: '',
    hhTeam: '',
    toShAgent: '',
    toEastRep2: '',
  };
  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
    desk = await serviceDesk(ctx, org);
    east = await ctx.newCustomer(org.eastRep, { name: 'Berlin Pumpen GmbH', country: 'DE' });
    const west = await ctx.newCustomer(org.westRep, { name: 'Lyon Pompes SA', country: 'FR' });
    const contact = await ctx.newContact(org.eastRep, east.id, {
      firstName: 'Jana',
      lastName: 'Vogel',
      emails: ['jana@berlin-pumpen.example'],
      preferredLanguage: 'de',
    });
    contactId = contact.id;
    const open = async (who: Actor, body: Record<string, unknown>) => {
      const res = await ctx.client(who).post('/tickets', {
        subject: 'Seal leaks',
        channel: 'email',
        type: 'defect',
        ...body,
      });
      if (res.statusCode !== 201) throw new Error(res.body);
      return res.json<{ id: string }>().id;
    };
    t.shTeam = await open(org.eastRep, {
      customerId: east.id,
      contactId,
      teamId: desk.shanghai.id,
    });
    t.hhTeam = await open(org.westRep, { customerId: west.id, teamId: desk.hamburg.id });
    t.toShAgent = await open(org.westRep, {
      customerId: west.id,
      assigneeId: desk.shAgent.user.id,
    });
    t.toEastRep2 = await open(org.westRep, {
      customerId: west.id,
      assigneeId: org.eastRep2.user.id,
    });
  });
  afterAll(() => ctx.close());

  const listed = async (who: Actor, query = '') => {
    const res = await ctx.client(who).get(`/tickets${query}`);
    expect(res.statusCode).toBe(200);
    const ids = res.json().items.map((x: { id: string }) => x.id) as string[];
    return Object.entries(t)
      .filter(([, id]) => ids.includes(id))
      .map(([k]) => k)
      .sort();
  };

  it('shows each caller the tickets of their reach, and nothing else', async () => {
    expect(await listed(desk.shAgent)).toEqual(['shTeam', 'toShAgent']);
    expect(await listed(desk.hhAgent)).toEqual(['hhTeam']);
    // A service manager: their support team's tickets and those of its members.
    expect(await listed(desk.serviceManager)).toEqual(['shTeam', 'toShAgent']);
    // A rep: their customers' tickets and those assigned to them (another rep's customer).
    expect(await listed(org.eastRep)).toEqual(['shTeam']);
    expect(await listed(org.eastRep2)).toEqual(['toEastRep2']);
    // A sales manager: the team's customers, and tickets assigned to the team's members.
    expect(await listed(org.eastManager)).toEqual(['shTeam', 'toEastRep2']);
    expect(await listed(org.admin)).toEqual(['hhTeam', 'shTeam', 'toEastRep2', 'toShAgent']);
    // Out of reach is "not found", alike for reads and writes.
    const agent = ctx.client(desk.shAgent);
    expect((await agent.get(`/tickets/${t.hhTeam}`)).statusCode).toBe(404);
    expect((await agent.patch(`/tickets/${t.hhTeam}`, { status: 'open' })).statusCode).toBe(404);
    expect(
      (await agent.post(`/tickets/${t.hhTeam}/comments`, { body: 'x', public: false })).statusCode,
    ).toBe(404);
  });

  it('gives an agent the customer’s name and the contact to answer, and lets them work the ticket', async () => {
    const agent = ctx.client(desk.shAgent);
    const res = await agent.get(`/tickets/${t.shTeam}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      customerName: 'Berlin Pumpen GmbH',
      customerCountry: 'DE',
      teamName: 'Shanghai',
      contact: {
        id: contactId,
        name: 'Jana Vogel',
        emails: ['jana@berlin-pumpen.example'],
        language: 'de',
      },
    });
    const reply = await agent.post(`/tickets/${t.shTeam}/comments`, {
      body: 'Wir schicken eine neue Dichtung.',
      public: true,
    });
    expect(reply.statusCode).toBe(201);
    const moved = await agent.patch(`/tickets/${t.shTeam}`, { status: 'pending_customer' });
    expect(moved.json().status).toBe('pending_customer');
    // An agent sees no customer record, so cannot open a ticket for one.
    const open = await agent.post('/tickets', {
      customerId: east.id,
      subject: 'x',
      channel: 'phone',
      type: 'question',
    });
    expect(open.statusCode).toBe(400);
    expect(open.json().errors[0]).toMatchObject({ path: '/customerId', code: 'not_in_scope' });
  });

  it('refuses an agent the sales side: orders, deals, quotes, price lists, value, customers', async () => {
    const agent = ctx.client(desk.shAgent);
    for (const url of [
      '/orders',
      '/deals',
      '/quotes',
      '/price-lists',
      '/value/summary',
      '/exchange-rates',
      '/customers',
      `/customers/${east.id}`,
      `/customers/${east.id}/orders`,
      '/inbox',
    ]) {
      const res = await agent.get(url);
      expect([url, res.statusCode]).toEqual([url, 403]);
      expect(res.body).not.toContain('Berlin Pumpen');
    }
    // In the data layer too: the agent's scope reaches no customer and no price list.
    await expect(ctx.services.customers.get(desk.shAgent.scope, east.id)).rejects.toMatchObject({
      status: 404,
    });
    const orders = await ctx.services.orders.list(desk.shAgent.scope, { customerId: east.id });
    expect(orders.items).toEqual([]);
    await expect(ctx.services.priceLists.list(desk.shAgent.scope)).rejects.toBeInstanceOf(AppError);
  });

  it('filters by team, moves a ticket to a team, and refuses an unknown team at /teamId', async () => {
    const admin = ctx.client(org.admin);
    expect(await listed(org.admin, `?teamId=${desk.shanghai.id}`)).toEqual(['shTeam']);
    expect(await listed(org.admin, '?teamId=none')).toEqual(['toEastRep2', 'toShAgent']);
    const bad = await admin.patch(`/tickets/${t.toEastRep2}`, { teamId: 'no-such-team' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({ path: '/teamId', code: 'no_such' });
    expect((await admin.get(`/tickets/${t.toEastRep2}`)).json().teamId).toBeNull();
    const moved = await admin.patch(`/tickets/${t.toEastRep2}`, { teamId: desk.hamburg.id });
    expect(moved.json()).toMatchObject({ teamId: desk.hamburg.id, teamName: 'Hamburg' });
    expect(await listed(desk.hhAgent)).toEqual(['hhTeam', 'toEastRep2']);
    const audit = await admin.get(`/audit-log?entityType=ticket&entityId=${t.toEastRep2}`);
    expect(audit.json().items[0].changes.teamId).toEqual({ before: null, after: desk.hamburg.id });
  });
});
