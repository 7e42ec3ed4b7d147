import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { type Actor, salesOrg, TestContext } from '../../../test/support/context.ts';
import { serviceDesk } from '../../../test/support/service-world.ts';

const clock = { now: new Date('2026-12-28T08:00:00Z') };
const at = (iso: string) => (clock.now = new Date(iso));

// The customer's timeline hears of their tickets: opened, solved, reopened, closed — only those
// the caller may see.
describe.each(testDialects())('ticket events on the customer timeline on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  let desk: Awaited<ReturnType<typeof serviceDesk>>;
  let east: { id: string };
  let ownTicket = '';
  let assignedTicket = '';
  beforeAll(async () => {
    ctx = await TestContext.create(dialect, { container: { jobs: { now: () => clock.now } } });
    org = await salesOrg(ctx);
    desk = await serviceDesk(ctx, org);
    east = await ctx.newCustomer(org.eastRep, { name: 'Berlin Pumpen GmbH', country: 'DE' });
    const rep = ctx.client(org.eastRep);
    const open = async (body: Record<string, unknown>) => {
      const res = await rep.post('/tickets', {
        customerId: east.id,
        channel: 'email',
        type: 'defect',
        ...body,
      });
      expect(res.statusCode).toBe(201);
      return res.json<{ id: string }>().id;
    };
    at('2026-12-28T08:00:00Z');
    ownTicket = await open({ subject: 'Seal leaks', teamId: desk.hamburg.id });
    at('2026-12-28T09:00:00Z');
    expect((await rep.patch(`/tickets/${ownTicket}`, { status: 'solved' })).statusCode).toBe(200);
    at('2026-12-28T10:00:00Z');
    const again = await rep.post(`/tickets/${ownTicket}/comments`, {
      body: 'Still leaking',
      public: true,
      from: 'customer',
    });
    expect(again.statusCode).toBe(201);
    at('2026-12-28T11:00:00Z');
    expect((await rep.patch(`/tickets/${ownTicket}`, { status: 'closed' })).statusCode).toBe(200);
    at('2026-12-29T08:00:00Z');
    assignedTicket = await open({ subject: 'Manual', assigneeId: org.westRep.user.id });
  });
  afterAll(() => ctx.close());

  const events = (who: Actor, query = `customerId=${east.id}`) =>
    ctx.client(who).get(`/tickets/events?${query}`);
  const kinds = async (who: Actor) =>
    (await events(who)).json<{ items: { kind: string; number: string; ticketId: string }[] }>()
      .items;

  it('tells the owner every event of the customer’s tickets, newest first', async () => {
    const res = await events(org.eastRep);
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { kind: string; at: string; ticketId: string }[];
    expect(items.map((e) => [e.kind, e.at])).toEqual([
      ['opened', '2026-12-29T08:00:00.000Z'],
      ['closed', '2026-12-28T11:00:00.000Z'],
      ['reopened', '2026-12-28T10:00:00.000Z'],
      ['solved', '2026-12-28T09:00:00.000Z'],
      ['opened', '2026-12-28T08:00:00.000Z'],
    ]);
    expect(items[4]).toMatchObject({
      ticketId: ownTicket,
      subject: 'Seal leaks',
      channel: 'email',
      byUserId: org.eastRep.user.id,
    });
    expect((await kinds(org.admin)).length).toBe(5);
    expect((await kinds(org.eastManager)).length).toBe(5);
  });

  it('another rep hears only of the ticket assigned to them; their manager likewise', async () => {
    const west = await kinds(org.westRep);
    expect(west.map((e) => e.ticketId)).toEqual([assignedTicket]);
    // West's manager hears of the ticket their rep holds, not of the east customer's own.
    expect((await kinds(org.westManager)).map((e) => e.ticketId)).toEqual([assignedTicket]);
  });

  it('agents are refused, even of the team that handled the ticket', async () => {
    for (const a of [desk.hhAgent, desk.shAgent]) {
      const res = await events(a);
      expect(res.statusCode).toBe(403);
      expect(res.body).not.toContain('Seal leaks');
    }
  });

  it('bad input is a field error', async () => {
    // Without a customer: the events of every ticket the caller sees (the west rep: one).
    const all = await events(org.westRep, '');
    expect(all.statusCode).toBe(200);
    expect(all.json().items.map((e: { ticketId: string }) => e.ticketId)).toEqual([assignedTicket]);
    expect((await events(org.eastRep, 'customerId=')).statusCode).toBe(400);
    const tooMany = await events(org.eastRep, `customerId=${east.id}&limit=500`);
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().errors[0].path).toMatch(/limit/);
    const unknown = await events(org.eastRep, 'customerId=nope');
    expect(unknown.json().items).toEqual([]);
    const one = await events(org.eastRep, `customerId=${east.id}&limit=1`);
    expect(one.json().items.map((e: { kind: string }) => e.kind)).toEqual(['opened']);
  });
});
