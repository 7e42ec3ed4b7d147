import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestContext } from '../../test/support/context.ts';
import { testDialects } from '../../test/support/databases.ts';
import { demoScope } from '../domain/scope.ts';
import { seedDemo } from './demo.ts';

describe.each(testDialects())('demo local value ledgers on %s', (dialect) => {
  let ctx: TestContext;
  let workspaceId: string;
  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    ({ workspaceId } = await seedDemo(ctx.db, { customers: 40, services: ctx.services }));
  }, 120_000);
  afterAll(() => ctx?.close());

  it('has 2025 ledgers for Mozambique, Brazil and Kazakhstan, audited as the demo seed', async () => {
    const scope = demoScope(workspaceId);
    const items = await ctx.services.localValue.list(scope, { year: 2025 });
    expect([...new Set(items.map((e) => e.country))].sort()).toEqual(['BR', 'KZ', 'MZ']);
    const mz = await ctx.services.localValue.summary(scope, 'MZ', 2025);
    // Every currency converts with the demo's rates: the shares are there.
    expect(mz.localPurchasing.sharePercent).not.toBeNull();
    expect(mz.revenueShare.sharePercent).toBe(85);
    expect(mz.directJobs?.headcount).toBe(46);
    const audit = await ctx.db
      .selectFrom('audit_log')
      .select(['actor_id', 'actor_kind'])
      .where('entity_type', '=', 'local_value_entry')
      .execute();
    expect(audit).toHaveLength(items.length);
    expect(audit.every((a) => a.actor_id === null && a.actor_kind === 'demo')).toBe(true);
  });
});
