import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext, type Actor } from '../../../test/support/context.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- API answers read as loose JSON */
type Json = any;

// Access follows the customer: a rep sees deals of their own customers, a manager their teams',
// an admin all; anything else is "not found", lists and totals included.
describe.each(testDialects())('deal access on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  let east: Json;
  let west: Json;
  let stranger: Actor;

  const open = async (who: Actor, title: string, country: string) => {
    const c = await ctx.newCustomer(who, { name: `${title} customer`, country });
    const res = await ctx.client(who).post('/deals', {
      customerId: c.id,
      title,
      amountMinor: 1_000_00,
      currency: 'USD',
      expectedCloseDate: '2026-10-01',
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };

  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
    east = await open(org.eastRep, 'East deal', 'JP');
    west = await open(org.westRep, 'West deal', 'MX');
    // Won, so "repeat" is reachable and answers by access alone.
    const [pipeline] = (await ctx.client(org.admin).get('/pipelines')).json().items;
    const won = pipeline.stages.find((s: Json) => s.kind === 'won').id;
    await ctx.client(org.admin).patch(`/deals/${east.id}`, { stageId: won });
    await ctx.client(org.admin).patch(`/deals/${west.id}`, { stageId: won });
    const other = await ctx.newWorkspace();
    stranger = await ctx.newUser(other.id, 'admin');
  });
  afterAll(() => ctx.close());

  const listed = async (who: Actor, url = '/deals') =>
    ((await ctx.client(who).get(url)).json().items as Json[]).map((d) => d.id);
  const boardIds = async (who: Actor) =>
    ((await ctx.client(who).get('/deals/board?closedDays=365')).json().columns as Json[]).flatMap(
      (c) => c.items.map((d: Json) => d.id),
    );
  const forecastDeals = async (who: Actor) =>
    (await ctx.client(who).get('/deals/forecast?status=won')).json().total.deals;

  it.each([
    ['the rep who owns the customer', 'eastRep', ['east']],
    ['another rep of the same team', 'eastRep2', []],
    ['the east manager', 'eastManager', ['east']],
    ['the west manager', 'westManager', ['west']],
    ['an admin', 'admin', ['east', 'west']],
  ] as const)('%s sees %j in lists, boards, forecasts and by id', async (_, who, sees) => {
    const actor = org[who];
    const ids = sees.map((k) => (k === 'east' ? east.id : west.id));
    expect((await listed(actor)).sort()).toEqual([...ids].sort());
    expect((await boardIds(actor)).sort()).toEqual([...ids].sort());
    expect(await forecastDeals(actor)).toBe(ids.length);
    for (const d of [east, west]) {
      const visible = ids.includes(d.id);
      expect((await ctx.client(actor).get(`/deals/${d.id}`)).statusCode).toBe(visible ? 200 : 404);
      expect((await listed(actor, `/deals?customerId=${d.customerId}`)).length).toBe(
        visible ? 1 : 0,
      );
    }
  });

  it('writes to a deal out of scope answer 404 and change nothing', async () => {
    for (const who of [org.eastRep, org.eastManager, stranger]) {
      const client = ctx.client(who);
      expect((await client.patch(`/deals/${west.id}`, { title: 'Mine now' })).statusCode).toBe(404);
      expect((await client.post(`/deals/${west.id}/repeat`, {})).statusCode).toBe(404);
      expect((await client.delete(`/deals/${west.id}`)).statusCode).toBe(404);
    }
    const row = await ctx.db
      .selectFrom('deals')
      .select('title')
      .where('workspace_id', '=', org.ws.id)
      .where('id', '=', west.id)
      .executeTakeFirstOrThrow();
    expect(row.title).toBe('West deal');
    expect((await ctx.client(org.westRep).post(`/deals/${west.id}/repeat`, {})).statusCode).toBe(
      201,
    );
  });

  it('a deal cannot be opened for a customer out of scope, nor handed outside one’s teams', async () => {
    const res = await ctx.client(org.eastRep).post('/deals', {
      customerId: west.customerId,
      title: 'Poaching',
      amountMinor: 1,
      currency: 'USD',
      expectedCloseDate: '2026-10-01',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ path: '/customerId', code: 'not_in_scope' });
    const handover = await ctx
      .client(org.eastRep)
      .patch(`/deals/${east.id}`, { ownerId: org.westRep.user.id });
    expect(handover.json().errors[0]).toMatchObject({
      path: '/ownerId',
      code: 'owner_not_allowed',
    });
    const teamHandover = await ctx
      .client(org.eastManager)
      .patch(`/deals/${east.id}`, { ownerId: org.eastRep2.user.id });
    expect(teamHandover.json().ownerId).toBe(org.eastRep2.user.id);
  });

  it('another workspace sees none of it', async () => {
    expect(await listed(stranger)).toEqual([]);
    expect(await forecastDeals(stranger)).toBe(0);
    expect((await ctx.client(stranger).get(`/deals/${east.id}`)).statusCode).toBe(404);
    const board = await ctx.client(stranger).get(`/deals/board?pipelineId=${east.pipelineId}`);
    expect(board.statusCode).toBe(404);
  });

  it('asks for credentials', async () => {
    for (const url of [
      '/deals',
      '/deals/forecast',
      '/deals/board',
      `/deals/${east.id}`,
      '/pipelines',
    ])
      expect((await ctx.client().get(url)).statusCode).toBe(401);
  });
});
