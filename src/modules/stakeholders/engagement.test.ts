import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- API answers read as loose JSON */
type Json = any;

// Thursday 3 December 2026, noon in Maputo (UTC+2).
const NOW = new Date('2026-12-03T10:00:00Z');

describe.each(testDialects())('stakeholder engagement on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  let ministry: Json;

  beforeAll(async () => {
    ctx = await TestContext.create(dialect, { container: { jobs: { now: () => NOW } } });
    org = await salesOrg(ctx);
    const customer = await ctx.newCustomer(org.eastRep, { name: 'Águas de Maputo', country: 'MZ' });
    // Owned by the east manager, linked to the east rep's customer.
    const res = await ctx.client(org.admin).post('/stakeholders', {
      country: 'MZ',
      name: 'Ministry of Public Works',
      kind: 'government_ministry',
      influence: 5,
      stance: 0,
      ownerId: org.eastManager.user.id,
      customerIds: [customer.id],
    });
    expect(res.statusCode, res.body).toBe(201);
    ministry = res.json();
  });
  afterAll(() => ctx?.close());

  const count = async (table: 'stakeholder_interactions' | 'stakeholder_plans') =>
    Number(
      (
        await ctx.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const paths = (res: Json) => res.json().errors.map((e: Json) => [e.path, e.code]);

  it('refuses bad input with field errors and writes nothing', async () => {
    const owner = ctx.client(org.eastManager);
    const url = `/stakeholders/${ministry.id}`;
    const interaction = { kind: 'meeting', occurredOn: '2026-12-01', summary: 'Met the director' };
    for (const [body, path] of [
      [{ ...interaction, kind: 'dinner' }, '/kind'],
      [{ ...interaction, occurredOn: '2026-02-30' }, '/occurredOn'],
      [{ ...interaction, summary: '' }, '/summary'],
      [{ ...interaction, extra: 1 }, '/extra'],
    ] as const) {
      const res = await owner.post(`${url}/interactions`, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().errors[0].path).toBe(path);
    }
    // Tomorrow in Maputo is in the future.
    const future = await owner.post(`${url}/interactions`, {
      ...interaction,
      occurredOn: '2026-12-04',
    });
    expect(paths(future)).toEqual([['/occurredOn', 'in_future']]);

    expect(paths(await owner.post(`${url}/plans`, { title: 'Call back' }))).toEqual([
      ['/dueDate', 'due_or_business_days'],
    ]);
    expect(
      paths(
        await owner.post(`${url}/plans`, {
          title: 'Call back',
          dueDate: '2026-12-10',
          businessDays: 2,
        }),
      ),
    ).toEqual([['/dueDate', 'due_or_business_days']]);
    const past = await owner.post(`${url}/plans`, {
      title: 'Call back',
      dueDate: '2026-12-02',
      assigneeId: 'nobody',
    });
    expect(paths(past)).toEqual([
      ['/dueDate', 'before_today_there'],
      ['/assigneeId', 'no_active_user'],
    ]);
    expect(past.json().errors[0].message).toContain('2026-12-03');
    for (const body of [
      { title: 'x', businessDays: 251 },
      { title: 'x', businessDays: -1 },
      { title: '', dueDate: '2026-12-10' },
      { title: 'x', dueDate: '10/12/2026' },
    ])
      expect((await owner.post(`${url}/plans`, body)).statusCode, JSON.stringify(body)).toBe(400);
    expect(await count('stakeholder_interactions')).toBe(0);
    expect(await count('stakeholder_plans')).toBe(0);
  });

  it('logs interactions on a timeline, newest first, with who logged them', async () => {
    const owner = ctx.client(org.eastManager);
    const url = `/stakeholders/${ministry.id}/interactions`;
    const first = await owner.post(url, {
      kind: 'letter',
      occurredOn: '2026-11-20',
      summary: 'Sent our local content plan',
    });
    expect(first.statusCode, first.body).toBe(201);
    const second = await owner.post(url, {
      kind: 'meeting',
      occurredOn: '2026-12-03',
      summary: 'Met the national director in Maputo',
      people: 'Eng. Nhantumbo, director of water',
    });
    expect(second.statusCode, second.body).toBe(201);
    const got = second.json();
    expect(got).toMatchObject({ today: '2026-12-03', timeZone: 'Africa/Maputo', canEdit: true });
    expect(got.interactions.map((i: Json) => [i.kind, i.occurredOn, i.userId])).toEqual([
      ['meeting', '2026-12-03', org.eastManager.user.id],
      ['letter', '2026-11-20', org.eastManager.user.id],
    ]);
    expect(got.interactions[0].people).toBe('Eng. Nhantumbo, director of water');
  });

  it('plans follow-ups on business days of the stakeholder’s country, open or done', async () => {
    const owner = ctx.client(org.eastManager);
    const url = `/stakeholders/${ministry.id}/plans`;
    // Saturday 5 December → Monday 7.
    const sat = await owner.post(url, { title: 'Send the minutes', dueDate: '2026-12-05' });
    expect(sat.statusCode, sat.body).toBe(201);
    // Family Day (Fri 25 December) and the weekend → Monday 28.
    await owner.post(url, { title: 'Season’s greetings', dueDate: '2026-12-25' });
    // One business day after Thursday 3 December: Friday 4.
    const res = await owner.post(url, {
      title: 'Call the director',
      businessDays: 1,
      assigneeId: org.eastRep.user.id,
    });
    const plans = res.json().plans as Json[];
    expect(plans.map((p) => [p.title, p.requestedDate, p.dueDate, p.assigneeId])).toEqual([
      ['Call the director', '2026-12-04', '2026-12-04', org.eastRep.user.id],
      ['Send the minutes', '2026-12-05', '2026-12-07', org.eastManager.user.id],
      ['Season’s greetings', '2026-12-25', '2026-12-28', org.eastManager.user.id],
    ]);
    expect(plans[1].reason.en).toContain('Mozambique');
    expect(plans[1].reason.zh).toContain('莫桑比克');
    expect(plans[2].reason.en).toContain('Family');
    expect(plans.every((p) => p.status === 'open' && !p.overdue)).toBe(true);

    const done = await owner.patch(`${url}/${plans[1].id}`, { status: 'done' });
    expect(done.statusCode, done.body).toBe(200);
    const after = done.json().plans as Json[];
    expect(after.at(-1)).toMatchObject({ id: plans[1].id, status: 'done' });
    expect(after.at(-1).doneAt).toBeTruthy();
    const reopened = await owner.patch(`${url}/${plans[1].id}`, { status: 'open' });
    expect(reopened.json().plans[1]).toMatchObject({ status: 'open', doneAt: null });
    // Moved to a Sunday: due the Monday after.
    const moved = await owner.patch(`${url}/${plans[0].id}`, { dueDate: '2026-12-13' });
    expect(moved.json().plans.find((p: Json) => p.id === plans[0].id)).toMatchObject({
      requestedDate: '2026-12-13',
      dueDate: '2026-12-14',
    });
    const unknown = await owner.patch(`${url}/01ffffff-ffff-7fff-8fff-ffffffffffff`, {
      status: 'done',
    });
    expect(unknown.statusCode).toBe(404);
    const audit = await ctx.db
      .selectFrom('audit_log')
      .select('entity_type')
      .where('entity_type', 'in', ['stakeholder_plan', 'stakeholder_interaction'])
      .execute();
    expect(audit).toHaveLength(2 + 3 + 3);
  });

  it('follows the stakeholders’ rules: managers and admins read, owner and admins write, reps of linked customers read', async () => {
    const url = `/stakeholders/${ministry.id}`;
    const read = async (who: keyof typeof org) =>
      (await ctx.client(org[who] as never).get(`${url}/engagement`)).statusCode;
    expect(await read('admin')).toBe(200);
    expect(await read('westManager')).toBe(200);
    expect(await read('eastRep')).toBe(200); // linked to their customer
    expect(await read('westRep')).toBe(404);
    expect(await read('eastRep2')).toBe(404);
    const rep = await ctx.client(org.eastRep).get(`${url}/engagement`);
    expect(rep.json()).toMatchObject({ canEdit: false });
    expect(rep.json().interactions).toHaveLength(2);

    const before = [await count('stakeholder_interactions'), await count('stakeholder_plans')];
    const interaction = { kind: 'call', occurredOn: '2026-12-02', summary: 'x' };
    for (const who of ['eastRep', 'westManager'] as const) {
      const c = ctx.client(org[who]);
      expect((await c.post(`${url}/interactions`, interaction)).statusCode).toBe(403);
      expect((await c.post(`${url}/plans`, { title: 'x', businessDays: 2 })).statusCode).toBe(403);
    }
    const westRep = ctx.client(org.westRep);
    expect((await westRep.post(`${url}/interactions`, interaction)).statusCode).toBe(404);
    expect([await count('stakeholder_interactions'), await count('stakeholder_plans')]).toEqual(
      before,
    );
    // Admins write; the interaction can be removed.
    const added = await ctx.client(org.admin).post(`${url}/interactions`, interaction);
    expect(added.statusCode).toBe(201);
    const id = added.json().interactions.find((i: Json) => i.kind === 'call').id;
    const denied = await ctx.client(org.eastRep).delete(`${url}/interactions/${id}`);
    expect(denied.statusCode).toBe(403);
    expect((await ctx.client(org.admin).delete(`${url}/interactions/${id}`)).statusCode).toBe(204);
  });

  it('goes with its stakeholder', async () => {
    expect((await ctx.client(org.admin).delete(`/stakeholders/${ministry.id}`)).statusCode).toBe(
      204,
    );
    expect(await count('stakeholder_interactions')).toBe(0);
    expect(await count('stakeholder_plans')).toBe(0);
  });
});
