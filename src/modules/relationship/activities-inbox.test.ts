import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';

describe.each(testDialects())('activities, follow-ups and cadence on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;

  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
  });
  afterAll(() => ctx.close());
  afterEach(() => vi.useRealTimers());

  const call = (customerId: string, occurredAt: string, extra: Record<string, unknown> = {}) => ({
    customerId,
    type: 'call',
    direction: 'outbound',
    occurredAt,
    summary: 'Discussed the spare parts order',
    ...extra,
  });

  it.each([
    [
      {
        customerId: 'nope',
        type: 'call',
        direction: 'outbound',
        occurredAt: '2026-11-02T08:00:00Z',
        summary: 'x',
      },
      '/customerId',
    ],
    [
      { type: 'call', direction: 'outbound', occurredAt: '2026-11-02T08:00:00Z', summary: 'x' },
      '/customerId',
    ],
    [
      {
        customerId: 'X',
        type: 'fax',
        direction: 'outbound',
        occurredAt: '2026-11-02T08:00:00Z',
        summary: 'x',
      },
      '/type',
    ],
    [
      {
        customerId: 'X',
        type: 'call',
        direction: 'sideways',
        occurredAt: '2026-11-02T08:00:00Z',
        summary: 'x',
      },
      '/direction',
    ],
    [
      {
        customerId: 'X',
        type: 'call',
        direction: 'outbound',
        occurredAt: 'yesterday',
        summary: 'x',
      },
      '/occurredAt',
    ],
    [
      {
        customerId: 'X',
        type: 'call',
        direction: 'outbound',
        occurredAt: '2026-11-02T08:00:00Z',
        summary: '',
      },
      '/summary',
    ],
  ])('rejects %j naming %s', async (body, path) => {
    const res = await ctx.client(org.eastRep).post('/activities', body);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path);
  });

  it('the inbox lists due work in the customer’s calendar, cold customers and holidays today', async () => {
    const ws = await ctx.newWorkspace();
    const rep = await ctx.newUser(ws.id, 'rep');
    const c = await ctx.newCustomer(rep, {
      name: 'Kazakh Agro Technika LLP',
      country: 'KZ',
      stage: 'lead',
    });
    // Just created: its first contact is days away, so it is not cold yet and not due today.
    const inbox = (await ctx.client(rep).get('/inbox')).json();
    expect(inbox.cold.map((x: { customerId: string }) => x.customerId)).not.toContain(c.id);
    expect(inbox.followUps).toHaveLength(0);
    const old = new Date(Date.now() - 30 * 86_400_000).toISOString();
    await ctx.client(rep).post('/activities', call(c.id, old));
    const after = (await ctx.client(rep).get('/inbox')).json();
    // Silent for 30 days on a 7-day cadence: cold, and its follow-up overdue.
    expect(after.cold.map((x: { customerId: string }) => x.customerId)).toContain(c.id);
    expect(after.followUps).toHaveLength(1);
    expect(after.followUps[0]).toMatchObject({
      customerId: c.id,
      bucket: 'overdue',
      timeZone: 'Asia/Almaty',
    });
    expect((await ctx.client(rep).get('/follow-ups?due=overdue')).json().items).toHaveLength(1);
    expect((await ctx.client(rep).get('/follow-ups?due=upcoming')).json().items).toHaveLength(0);
    expect((await ctx.client(rep).get('/follow-ups?due=soon')).statusCode).toBe(400);
  });

  it('lists activities with filters and pages', async () => {
    const c = await ctx.newCustomer(org.eastRep, { name: 'Timeline GmbH', country: 'DE' });
    for (const [type, at] of [
      ['call', '2026-10-01T08:00:00Z'],
      ['email', '2026-10-02T08:00:00Z'],
      ['visit', '2026-10-03T08:00:00Z'],
    ] as const) {
      await ctx.client(org.eastRep).post('/activities', call(c.id, at, { type }));
    }
    const page = (
      await ctx.client(org.eastRep).get(`/activities?customerId=${c.id}&limit=2`)
    ).json();
    expect(page.items.map((a: { type: string }) => a.type)).toEqual(['visit', 'email']);
    expect(page.nextCursor).toBeTruthy();
    expect(
      (await ctx.client(org.eastRep).get(`/activities?customerId=${c.id}&type=call`)).json().items,
    ).toHaveLength(1);
    expect(
      (
        await ctx
          .client(org.eastRep)
          .get(`/activities?customerId=${c.id}&from=2026-10-02T00:00:00Z`)
      ).json().items,
    ).toHaveLength(2);
  });
});
