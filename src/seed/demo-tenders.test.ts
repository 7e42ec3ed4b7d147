import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestContext } from '../../test/support/context.ts';
import { testDialects } from '../../test/support/databases.ts';
import { demoScope } from '../domain/scope.ts';
import { seedDemo } from './demo.ts';

describe.each(testDialects())('demo tenders on %s', (dialect) => {
  let ctx: TestContext;
  let workspaceId: string;
  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    ({ workspaceId } = await seedDemo(ctx.db, { customers: 66, services: ctx.services }));
  });
  afterAll(() => ctx?.close());

  it('has 25+ tenders with results and reasons across countries, and open deadlines ahead', async () => {
    const scope = demoScope(workspaceId);
    const all = [];
    for (let cursor: string | undefined, page; ; cursor = page.nextCursor ?? undefined) {
      page = await ctx.services.tenders.list(scope, { limit: 200, cursor });
      all.push(...page.items);
      if (!page.nextCursor) break;
    }
    expect(all.length).toBeGreaterThanOrEqual(25);
    const countries = new Set(all.map((t) => t.country));
    for (const c of ['IN', 'SA', 'BR', 'KZ', 'ID', 'DE']) expect(countries).toContain(c);
    const decided = all.filter((t) => t.result);
    expect(decided.length).toBeGreaterThanOrEqual(18);
    expect(decided.filter((t) => t.reasons.length).length).toBeGreaterThanOrEqual(15);
    // Open tenders have their deadline reminders in the owner's follow-ups.
    const open = all.filter((t) => t.status === 'open');
    expect(open.length).toBeGreaterThanOrEqual(5);
    expect(open.every((t) => t.reminders.length > 0)).toBe(true);
    const a = await ctx.services.tenderAnalysis.analyse(scope, {});
    expect(a.lostToLocalPresence.tenders).toBeGreaterThanOrEqual(8);
    expect(a.byCompetitor.some((c) => c.lostTo > 0 && c.withLocalPresence > 0)).toBe(true);
    // INR has no demo rate: the Indian rupee bid is named, not added.
    expect(a.total.unconverted.map((u) => u.currency)).toContain('INR');
  });
});
