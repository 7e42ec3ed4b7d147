import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestContext } from '../../test/support/context.ts';
import { testDialects } from '../../test/support/databases.ts';
import { demoScope } from '../domain/scope.ts';
import { seedDemo } from './demo.ts';

describe.each(testDialects())('demo offices on %s', (dialect) => {
  let ctx: TestContext;
  let workspaceId: string;
  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    ({ workspaceId } = await seedDemo(ctx.db, { customers: 40, services: ctx.services }));
  });
  afterAll(() => ctx?.close());

  it('has Dubai, São Paulo, Munich and Almaty with people, leave and one request waiting', async () => {
    const scope = demoScope(workspaceId);
    const offices = await ctx.services.offices.list(scope);
    expect(offices.map((o) => o.country).sort()).toEqual(['AE', 'BR', 'DE', 'KZ']);
    let people = 0;
    const statuses: string[] = [];
    for (const o of offices) {
      const d = await ctx.services.offices.get(scope, o.id);
      people += d.people.length;
      statuses.push(...d.leave.map((l) => l.status));
      expect(o.managerId).not.toBeNull();
    }
    expect(people).toBeGreaterThanOrEqual(12);
    expect(statuses).toContain('approved');
    expect(statuses).toContain('requested');
    const dubai = offices.find((o) => o.country === 'AE')!;
    const plan = await ctx.services.officePlanning.planning(scope, dubai.id, undefined, 28, 'en');
    expect(plan.headcount).toBe(4);
    expect(plan.days.some((d) => d.away.length > 0)).toBe(true);
  });

  it('has work done by Dubai staff without a login, Fatima’s flagged (she is on sick leave)', async () => {
    const scope = demoScope(workspaceId);
    const flags = await ctx.services.officeHandOvers.flags(scope, undefined, 14, 'en');
    const staff = flags.items.filter((i) => i.assigneePersonId);
    expect(staff.map((i) => i.personName)).toContain('Fatima Al Mansoori');
    const onStaff = await ctx.db
      .selectFrom('follow_ups')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where('assignee_person_id', 'is not', null)
      .execute();
    expect(onStaff.length).toBe(2);
    const tickets = await ctx.db
      .selectFrom('tickets')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where('assignee_person_id', 'is not', null)
      .execute();
    expect(tickets.length).toBe(1);
  });
});
