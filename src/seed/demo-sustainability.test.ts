import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestContext } from '../../test/support/context.ts';
import { testDialects } from '../../test/support/databases.ts';
import { demoScope } from '../domain/scope.ts';
import { seedDemo } from './demo.ts';

describe.each(testDialects())('demo sustainability on %s', (dialect) => {
  let ctx: TestContext;
  let workspaceId: string;
  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    ({ workspaceId } = await seedDemo(ctx.db, { customers: 40, services: ctx.services }));
  }, 120_000);
  afterAll(() => ctx?.close());

  it('has a CBAM steel requirement of an EU customer, a certificate to renew and commitments', async () => {
    const scope = demoScope(workspaceId);
    const s = ctx.services.sustainability;
    const requirements = await s.requirements.list(scope);
    const cbam = requirements.find((r) => r.kind === 'cbam_report')!;
    expect(cbam).toMatchObject({ cbamGoods: 'iron_steel', overdue: false });
    expect(requirements.some((r) => r.overdue)).toBe(true);
    const states = (await s.certificates.list(scope)).map((c) => c.state).sort();
    expect(states).toEqual(['expired', 'renew_now', 'valid']);
    expect((await s.commitments.list(scope)).length).toBeGreaterThanOrEqual(3);
  });
});
