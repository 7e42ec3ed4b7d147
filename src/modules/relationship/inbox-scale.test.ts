import { CompiledQuery, type RootOperationNode } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';
import { manualFollowUp } from '../../../test/support/follow-up-rows.ts';
import { followUpsInboxRepository } from './follow-ups-inbox.repository.ts';
import { followUpsRepository } from './follow-ups.repository.ts';

/**
 * The inbox at its cap: 2,000 open follow-ups are read by (due date, id) through the partial
 * indexes of migration 0023, and stop there instead of sorting every open follow-up.
 */
describe.each(testDialects())('the inbox at its cap on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;

  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
    const customer = await ctx.newCustomer(org.eastRep);
    // 2,010 follow-ups due the same day: which 2,000 make the list is decided by id alone.
    const rows = Array.from({ length: 2010 }, (_, i) =>
      manualFollowUp({
        workspace_id: org.ws.id,
        customer_id: customer.id,
        assignee_id: i % 2 ? org.eastRep.user.id : org.eastRep2.user.id,
        due_date: '2026-01-05',
        status: i % 3 ? 'open' : 'snoozed',
      }),
    );
    await followUpsRepository.insertMany(ctx.db, rows);
  });
  afterAll(() => ctx.close());

  it('takes the first 2,000 by due date, then id, for everyone and per assignee', async () => {
    // Every open follow-up (the customer's own first-contact plan among them), in the order the
    // inbox promises, computed here without the database's help.
    const everyOpen = await ctx.db
      .selectFrom('follow_ups')
      .select(['id', 'due_date', 'assignee_id'])
      .where('workspace_id', '=', org.ws.id)
      .where('status', 'in', ['open', 'snoozed'])
      .execute();
    const byDueThenId = (
      a: { due_date: string; id: string },
      b: { due_date: string; id: string },
    ) => (a.due_date === b.due_date ? (a.id < b.id ? -1 : 1) : a.due_date < b.due_date ? -1 : 1);
    everyOpen.sort(byDueThenId);
    expect(everyOpen.length).toBeGreaterThan(2000);

    const all = await followUpsRepository.open(ctx.db, org.admin.scope, {});
    expect(all.map((r) => r.id)).toEqual(everyOpen.slice(0, 2000).map((r) => r.id));
    const mine = await followUpsRepository.open(ctx.db, org.eastRep.scope, {
      assigneeIds: [org.eastRep.user.id],
    });
    expect(mine.map((r) => r.id)).toEqual(
      everyOpen.filter((r) => r.assignee_id === org.eastRep.user.id).map((r) => r.id),
    );
  });

  it.runIf(dialect === 'sqlite')('reads through the partial indexes, without sorting', async () => {
    const nodes: RootOperationNode[] = [];
    const spy = ctx.db.withPlugin({
      transformQuery: ({ node }) => (nodes.push(node), node),
      transformResult: async ({ result }) => result,
    });
    const { index } = await ctx.services.planning.policySet(ctx.db, org.ws.id);
    await followUpsRepository.open(spy, org.admin.scope, {});
    await followUpsRepository.open(spy, org.eastRep.scope, { assigneeIds: [org.eastRep.user.id] });
    await followUpsInboxRepository.attentionCandidates(spy, org.admin.scope, {
      policyIndex: index,
    });
    const plans: string[] = [];
    for (const node of nodes) {
      const q = ctx.db.getExecutor().compileQuery(node, { queryId: 'plan' });
      const r = await ctx.db.executeQuery<{ detail: string }>(
        CompiledQuery.raw(`explain query plan ${q.sql}`, [...q.parameters]),
      );
      plans.push(r.rows.map((row) => row.detail).join('\n'));
    }
    expect(plans[0]).toContain('follow_ups_open_due_idx');
    expect(plans[1]).toContain('follow_ups_open_assignee_due_idx');
    for (const plan of plans.slice(0, 2)) expect(plan).not.toContain('TEMP B-TREE');
    // Each candidate's open cadence plan: one range of the customer index (migration 0101).
    expect(plans[2]).toContain('follow_ups_customer_idx');
    // Candidates come longest silent first from the expression index, unsorted (migration 0106).
    expect(plans[2]).toContain('customers_touch_idx');
    expect(plans[2]).not.toContain('TEMP B-TREE');
  });
});
