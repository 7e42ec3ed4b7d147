import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestContext } from '../../test/support/context.ts';
import { testDialects } from '../../test/support/databases.ts';
import { demoScope } from '../domain/scope.ts';
import { seedDemo } from './demo.ts';

describe.each(testDialects())('demo events on %s', (dialect) => {
  let ctx: TestContext;
  let workspaceId: string;
  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    ({ workspaceId } = await seedDemo(ctx.db, { customers: 120, services: ctx.services }));
  });
  afterAll(() => ctx?.close());

  it('has seven events of seven kinds with invitations, and yesterday’s seminar attended', async () => {
    const scope = demoScope(workspaceId);
    const events = await ctx.db
      .selectFrom('customer_events')
      .select(['id', 'type', 'starts_at'])
      .where('workspace_id', '=', workspaceId)
      .execute();
    expect(new Set(events.map((e) => e.type)).size).toBe(7);
    for (const e of events)
      expect((await ctx.services.invitations.list(scope, e.id)).length).toBeGreaterThan(0);
    const seminar = events.find((e) => e.type === 'seminar')!;
    expect(seminar.starts_at < new Date().toISOString()).toBe(true);
    const invited = await ctx.services.invitations.list(scope, seminar.id);
    const came = invited.filter((i) => i.checkedInAt);
    expect(came.length).toBeGreaterThanOrEqual(2);
    // a confirmed guest who did not come, and nobody checked in who had not said yes
    expect(invited.some((i) => i.status === 'yes' && !i.checkedInAt)).toBe(true);
    expect(came.every((i) => i.status === 'yes')).toBe(true);
    // the attendance on each guest's timeline, and a thank-you planned for their owner
    for (const i of came) {
      const meetings = await ctx.db
        .selectFrom('activities')
        .select('summary')
        .where('workspace_id', '=', workspaceId)
        .where('contact_id', '=', i.contactId)
        .where('summary', '=', 'Attended: Pump efficiency seminar')
        .execute();
      expect(meetings).toHaveLength(1);
    }
    const thanks = await ctx.db
      .selectFrom('follow_ups')
      .select(['customer_id', 'reason'])
      .where('workspace_id', '=', workspaceId)
      .where('reason', 'like', '%Pump efficiency seminar%')
      .execute();
    expect(new Set(thanks.map((t) => t.customer_id))).toEqual(
      new Set(came.map((i) => i.customerId)),
    );
  });
});
