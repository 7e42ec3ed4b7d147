import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestContext } from '../../test/support/context.ts';
import { testDialects } from '../../test/support/databases.ts';
import { demoScope } from '../domain/scope.ts';
import { seedDemo } from './demo.ts';

describe.each(testDialects())('demo follow-up visits on %s', (dialect) => {
  let ctx: TestContext;
  let workspaceId: string;
  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    ({ workspaceId } = await seedDemo(ctx.db, { customers: 120, services: ctx.services }));
  });
  afterAll(() => ctx?.close());

  it('has the two rules, visits planned by them and two done with their checklist answers', async () => {
    const scope = demoScope(workspaceId);
    const rules = (await ctx.services.visitRules.list(scope)).items;
    expect(rules.map((r) => [r.trigger, r.kind, r.businessDays, r.checklist.length])).toEqual([
      ['ticket_solved', 'call', 3, 2],
      ['order_delivered', 'visit', 10, 4],
    ]);
    const visits = (await ctx.services.serviceVisits.list(scope, { limit: 200 })).items;
    const planned = visits.filter((v) => v.state === 'planned');
    const done = visits.filter((v) => v.state === 'done');
    expect(planned.length).toBeGreaterThanOrEqual(2);
    expect(done.map((v) => v.trigger).sort()).toEqual(['order_delivered', 'ticket_solved']);
    expect(new Set(visits.map((v) => v.trigger))).toEqual(
      new Set(['ticket_solved', 'order_delivered']),
    );
    for (const v of done) {
      expect(Object.keys(v.outcome!.answers).length).toBeGreaterThanOrEqual(2);
      const activity = await ctx.db
        .selectFrom('activities')
        .select(['summary', 'author_id'])
        .where('id', '=', v.outcome!.activityId!)
        .executeTakeFirstOrThrow();
      expect(activity.author_id).toBe(v.assigneeId);
      expect(activity.summary).toContain('Demo: 回访完成');
    }
  });
});
