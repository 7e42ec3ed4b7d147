import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestContext } from '../../test/support/context.ts';
import { testDialects } from '../../test/support/databases.ts';
import { demoScope } from '../domain/scope.ts';
import { seedDemo } from './demo.ts';

describe.each(testDialects())('demo risk on %s', (dialect) => {
  let ctx: TestContext;
  let workspaceId: string;
  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    ({ workspaceId } = await seedDemo(ctx.db, { customers: 66, services: ctx.services }));
  });
  afterAll(() => ctx?.close());

  it('shows overdue receivables, credit limits and customers at churn risk', async () => {
    const scope = demoScope(workspaceId);
    const rec = await ctx.services.risk.receivables.report(scope, { groupBy: 'country' });
    expect(rec.total.overdueMinor).toBeGreaterThan(0);
    const churn = await ctx.services.risk.churn.list(scope, { limit: 5 });
    expect(
      churn.items.filter((i) => i.reasons.some((r) => r.code === 'order_overdue')).length,
    ).toBeGreaterThanOrEqual(2);
    expect(churn.items[0]!.level).not.toBe('low');
    const card = await ctx.services.risk.customerRisk.of(scope, churn.items[0]!.customerId);
    expect(card.churn.score).toBe(churn.items[0]!.score);
  });

  it('has high-risk customers for the dashboard card and the next actions', async () => {
    const scope = demoScope(workspaceId);
    const churn = await ctx.services.risk.churn.list(scope, { limit: 5 });
    expect(churn.high).toBeGreaterThan(0);
    expect(churn.items[0]!.suggestion).not.toBeNull();
  });

  it('shows a lapsed buyer whose key contact left, stored as explained live', async () => {
    const scope = demoScope(workspaceId);
    const churn = await ctx.services.risk.churn.list(scope, { limit: 500 });
    const gone = churn.items.filter((i) => i.reasons.some((r) => r.code === 'key_contact_gone'));
    expect(gone.length).toBeGreaterThanOrEqual(1);
    for (const item of churn.items.slice(0, 10)) {
      const card = await ctx.services.risk.customerRisk.of(scope, item.customerId);
      expect(card.churn).toEqual({
        score: item.score,
        level: item.level,
        reasons: item.reasons,
        suggestion: item.suggestion,
      });
    }
  });
});
