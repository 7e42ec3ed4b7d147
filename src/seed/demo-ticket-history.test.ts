import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestContext } from '../../test/support/context.ts';
import { testDialects } from '../../test/support/databases.ts';
import { demoScope } from '../domain/scope.ts';
import { seedDemo } from './demo.ts';
import { HISTORY_TICKETS } from './demo-ticket-history.ts';

describe.each(testDialects())('demo ticket history on %s', (dialect) => {
  let ctx: TestContext;
  let workspaceId: string;
  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    ({ workspaceId } = await seedDemo(ctx.db, { customers: 120, services: ctx.services }));
  });
  afterAll(() => ctx?.close());

  it('has a year of 400+ finished tickets across markets, most within their SLA, then the live queue', async () => {
    const scope = demoScope(workspaceId);
    const seen: {
      number: string;
      status: string;
      customerId: string;
      breach: string;
      createdAt: string;
    }[] = [];
    for (let offset = 0; offset !== null;) {
      const page = await ctx.services.tickets.list(scope, { sort: 'created', limit: 200, offset });
      for (const t of page.items)
        seen.push({
          number: t.number,
          status: t.status,
          customerId: t.customerId,
          breach: t.sla.state,
          createdAt: t.createdAt,
        });
      offset = page.nextOffset ?? (null as unknown as number);
      if (page.nextOffset === null) break;
    }
    const history = seen.filter((t) => Number(t.number.slice(2)) <= HISTORY_TICKETS);
    expect(history).toHaveLength(HISTORY_TICKETS);
    expect(history.every((t) => t.status === 'solved' || t.status === 'closed')).toBe(true);
    const breached = history.filter((t) => t.breach === 'breached').length / history.length;
    expect(breached).toBeGreaterThan(0.1);
    expect(breached).toBeLessThan(0.4);
    const days = history.map((t) => t.createdAt).sort();
    expect(Date.parse(days.at(-1)!) - Date.parse(days[0]!)).toBeGreaterThan(300 * 86_400_000);
    expect(new Set(history.map((t) => t.customerId)).size).toBeGreaterThan(20);
    // The live queue is numbered after the history.
    const live = seen.filter((t) => Number(t.number.slice(2)) > HISTORY_TICKETS);
    expect(live.length).toBeGreaterThanOrEqual(12);
  });
});
