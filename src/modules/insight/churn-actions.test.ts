import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext, type Actor } from '../../../test/support/context.ts';
import { addDays } from '../../domain/calendar/dates.ts';
import { customerRecords } from '../customers/customer-records.service.ts';

const today = new Date().toISOString().slice(0, 10);

type Item = { ruleId: string; key: string; customerId: string; params: Record<string, unknown> };
type ChurnList = {
  total: number;
  atRisk: number;
  high: number;
  medium: number;
  items: { customerId: string; score: number; suggestion: unknown }[];
};

/**
 * High-risk customers surfaced (docs/risk.md): the stored churn score reaches the next actions
 * and the churn list's counts with the suggested action, in the reader's scope only.
 */
describe.each(testDialects())('high-risk customers surfaced on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  const ids: Record<string, string> = {};
  const churnOf = (a: Actor) =>
    ctx
      .client(a)
      .get('/risk/churn?limit=5')
      .then((r) => r.json<ChurnList>());
  const actionsOf = async (a: Actor) =>
    (await ctx.client(a).get('/next-actions?limit=500'))
      .json<{ items: Item[] }>()
      .items.filter((i) => i.ruleId === 'churn_risk');

  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
    const made: [string, Actor, number, { code: string; points: number }[]][] = [
      [
        'East Mail',
        org.eastRep,
        75,
        [
          { code: 'order_overdue', points: 40 },
          { code: 'key_contact_gone', points: 10 },
          { code: 'unanswered_mail', points: 10 },
          { code: 'low_health', points: 15 },
        ],
      ],
      ['East Medium', org.eastRep, 45, [{ code: 'order_overdue', points: 45 }]],
      ['East Low', org.eastRep, 10, [{ code: 'open_tickets', points: 10 }]],
      ['West High', org.westRep, 90, [{ code: 'order_value_down', points: 90 }]],
    ];
    for (const [name, owner, score, reasons] of made) {
      const c = await ctx.newCustomer(owner, { name, country: 'GB' });
      ids[name] = c.id;
      const order = await ctx.client(owner).post('/orders', {
        customerId: c.id,
        number: `O-${name}`,
        orderDate: addDays(today, -200),
        amountMinor: 1_000_00,
        currency: 'USD',
      });
      expect(order.statusCode).toBe(201);
      // The stored score as the hourly refresh leaves it (its rule is tested in the risk module).
      await customerRecords.setChurnScores(ctx.db, org.ws.id, [
        {
          id: c.id,
          score,
          reasons: JSON.stringify(reasons.map((r) => ({ ...r, params: {} }))),
          asOf: today,
        },
      ]);
    }
  });
  afterAll(() => ctx?.close());

  it('puts a rep’s high-risk customer in their next actions with the suggested action', async () => {
    const east = await actionsOf(org.eastRep);
    expect(east.map((a) => a.customerId)).toEqual([ids['East Mail']]);
    expect(east[0]).toMatchObject({
      key: `churn_risk:order_overdue:${addDays(today, -200)}`,
      params: { score: 75, reason: 'order_overdue', action: 'call_buyer' },
    });
    const west = await actionsOf(org.westRep);
    expect(west.map((a) => a.customerId)).toEqual([ids['West High']]);
    expect(west[0]!.params).toMatchObject({ reason: 'order_value_down', action: 'review_offer' });
  });

  it('never shows a rep another rep’s at-risk customer', async () => {
    const east = await churnOf(org.eastRep);
    expect(east.items.map((i) => i.customerId)).not.toContain(ids['West High']);
    expect(east).toMatchObject({ total: 3, atRisk: 2, high: 1, medium: 1 });
    expect(east.items[0]).toMatchObject({
      customerId: ids['East Mail'],
      suggestion: { reason: 'order_overdue', action: 'call_buyer' },
    });
    expect(await churnOf(org.westManager)).toMatchObject({ total: 1, high: 1, medium: 0 });
    expect(await churnOf(org.admin)).toMatchObject({ total: 4, high: 2, medium: 1 });
    expect((await actionsOf(org.admin)).length).toBe(2);
  });

  it('is empty for a rep without customers at risk', async () => {
    expect(await churnOf(org.eastRep2)).toMatchObject({
      total: 0,
      atRisk: 0,
      high: 0,
      medium: 0,
      items: [],
    });
    expect(await actionsOf(org.eastRep2)).toEqual([]);
  });

  it('is dismissed with one click, like any next action', async () => {
    const [a] = await actionsOf(org.westRep);
    const res = await ctx
      .client(org.westRep)
      .post(`/customers/${a!.customerId}/next-actions`, { key: a!.key, state: 'dismissed' });
    expect(res.statusCode).toBe(200);
    expect(await actionsOf(org.westRep)).toEqual([]);
    // another rep cannot dismiss it
    const other = await ctx
      .client(org.eastRep)
      .post(`/customers/${ids['West High']}/next-actions`, { key: a!.key, state: 'done' });
    expect(other.statusCode).toBe(404);
  });
});
