import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { type Actor, salesOrg, TestContext } from '../../../test/support/context.ts';
import { serviceDesk } from '../../../test/support/service-world.ts';

// An agent's list by time left merges ordered walks of their teams' and their own tickets
// (`ticketReachParts`): the page must hold exactly the tickets of the access rule, each once,
// in due order, whatever the overlap between the parts and however it is paged.
describe.each(testDialects())('an agent’s tickets by time left on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  let both: Actor;
  const mine: Record<string, string> = {};
  let other = '';

  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
    const desk = await serviceDesk(ctx, org);
    const admin = ctx.client(org.admin);
    // An agent of both desks.
    const agent = await ctx.newUser(org.ws.id, 'agent');
    for (const [team, members] of [
      [desk.shanghai.id, [desk.shAgent.user.id, desk.serviceManager.user.id, agent.user.id]],
      [desk.hamburg.id, [desk.hhAgent.user.id, agent.user.id]],
    ] as const) {
      const res = await admin.patch(`/support-teams/${team}`, { memberIds: members });
      expect(res.statusCode).toBe(200);
    }
    both = await ctx.rescope(agent);
    const customer = await ctx.newCustomer(org.eastRep, {
      name: 'Porto Bombas Lda',
      country: 'PT',
    });
    const open = async (body: Record<string, unknown>, type = 'question') => {
      const res = await admin.post('/tickets', {
        customerId: customer.id,
        subject: 'Pump noise',
        channel: 'email',
        type,
        priority: 'normal',
        ...body,
      });
      expect(res.statusCode).toBe(201);
      return res.json<{ id: string }>().id;
    };
    mine.shanghai = await open({ teamId: desk.shanghai.id });
    mine.hamburg = await open({ teamId: desk.hamburg.id }, 'defect');
    // In a team of theirs and assigned to them: in two parts of the rule, listed once.
    mine.ownInTeam = await open({ teamId: desk.shanghai.id, assigneeId: agent.user.id });
    mine.ownNoTeam = await open({ teamId: null, assigneeId: agent.user.id });
    mine.paused = await open({ teamId: desk.hamburg.id });
    await admin.patch(`/tickets/${mine.paused}`, { status: 'pending_customer' });
    other = await open({ teamId: null, assigneeId: desk.shAgent.user.id });
  });
  afterAll(() => ctx.close());

  const page = async (query: string) => {
    const res = await ctx.client(both).get(`/tickets?${query}`);
    expect(res.statusCode).toBe(200);
    return res.json<{
      items: { id: string; sla: { firstResponse: { due: string | null } } }[];
      nextOffset: number | null;
    }>();
  };

  it('lists exactly the reach, each ticket once, running ones by due instant, paused last', async () => {
    const byTime = (await page('sort=timeLeft&status=active')).items.map((i) => i.id);
    const byCreated = (await page('sort=created')).items.map((i) => i.id);
    expect([...byTime].sort()).toEqual(Object.values(mine).sort());
    expect([...byCreated].sort()).toEqual(Object.values(mine).sort());
    expect(byTime).not.toContain(other);
    expect(byTime[byTime.length - 1]).toBe(mine.paused);
    const running = (await page('sort=timeLeft&status=active')).items.slice(0, -1);
    const dues = running.map((i) => i.sla.firstResponse.due ?? '');
    expect(dues).toEqual([...dues].sort());
  });

  it('pages one by one through the same sequence', async () => {
    const whole = (await page('sort=timeLeft&status=active')).items.map((i) => i.id);
    const paged: string[] = [];
    for (let offset = 0; offset !== null && paged.length < 10;) {
      const p = await page(`sort=timeLeft&status=active&limit=1&offset=${offset}`);
      paged.push(...p.items.map((i) => i.id));
      if (p.nextOffset === null) break;
      offset = p.nextOffset;
    }
    expect(paged).toEqual(whole);
  });

  it('keeps the filters on every part', async () => {
    const ids = async (q: string) => (await page(q)).items.map((i) => i.id);
    expect(await ids('sort=timeLeft&teamId=none')).toEqual([mine.ownNoTeam]);
    expect((await ids(`sort=timeLeft&assigneeId=${both.user.id}`)).sort()).toEqual(
      [mine.ownInTeam, mine.ownNoTeam].sort(),
    );
    expect(await ids('sort=timeLeft&status=pending_customer')).toEqual([mine.paused]);
    expect(await ids('sort=timeLeft&priority=urgent')).toEqual([]);
  });
});
