import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestContext } from '../../test/support/context.ts';
import { testDialects } from '../../test/support/databases.ts';
import { demoScope } from '../domain/scope.ts';
import { seedDemo } from './demo.ts';

describe.each(testDialects())('demo feedback on %s', (dialect) => {
  let ctx: TestContext;
  let workspaceId: string;
  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    ({ workspaceId } = await seedDemo(ctx.db, { customers: 120, services: ctx.services }));
  });
  afterAll(() => ctx?.close());

  it('has two NPS rounds and figures per market with their counts', async () => {
    const scope = demoScope(workspaceId);
    const rounds = await ctx.services.surveyRounds.list(scope);
    expect(rounds.items).toHaveLength(2);
    expect(rounds.items[0]!.planned).toBeGreaterThan(10);
    const s = await ctx.services.feedback.summary(scope, { groupBy: 'country' });
    expect(s.items.length).toBeGreaterThanOrEqual(5);
    expect(s.items.filter((i) => i.csat.average !== null).length).toBeGreaterThanOrEqual(3);
    expect(s.total.nps.nps).not.toBeNull();
    // A solved demo ticket has its CSAT survey.
    expect(
      await ctx.db.selectFrom('surveys').select('id').where('ticket_id', 'is not', null).execute(),
    ).not.toHaveLength(0);
  });
});
