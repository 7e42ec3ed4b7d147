import type { Actor, salesOrg, TestContext } from './context.ts';

type Org = Awaited<ReturnType<typeof salesOrg>>;

/**
 * A support desk beside a sales org: a Shanghai and a Hamburg team (09:00–18:00 on their own
 * clocks, their countries' holidays), an agent in each, and a service manager in Shanghai.
 * Nothing of the sales org changes: its reps and managers keep their scopes.
 */
export async function serviceDesk(ctx: TestContext, org: Org) {
  const shAgent = await ctx.newUser(org.ws.id, 'agent');
  const hhAgent = await ctx.newUser(org.ws.id, 'agent');
  const serviceManager = await ctx.newUser(org.ws.id, 'manager');
  const admin = ctx.client(org.admin);
  const team = async (body: Record<string, unknown>) => {
    const res = await admin.post('/support-teams', body);
    if (res.statusCode !== 201) throw new Error(`support team: ${res.statusCode} ${res.body}`);
    return res.json<{ id: string; name: string }>();
  };
  const shanghai = await team({
    name: 'Shanghai',
    country: 'CN',
    timeZone: 'Asia/Shanghai',
    hours: { start: '09:00', end: '18:00' },
    memberIds: [shAgent.user.id, serviceManager.user.id],
  });
  const hamburg = await team({
    name: 'Hamburg',
    country: 'DE',
    timeZone: 'Europe/Berlin',
    hours: { start: '09:00', end: '18:00' },
    memberIds: [hhAgent.user.id],
  });
  const rescoped = async (a: Actor) => ctx.rescope(a);
  return {
    shanghai,
    hamburg,
    shAgent: await rescoped(shAgent),
    hhAgent: await rescoped(hhAgent),
    serviceManager: await rescoped(serviceManager),
  };
}
