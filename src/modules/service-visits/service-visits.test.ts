import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext, type Actor } from '../../../test/support/context.ts';

// The app's clock: planning is told the instant of each event; recording an outcome logs an
// activity, which refuses the future, so those run at a past instant.
const clock = { now: new Date('2026-12-23T10:00:00Z') };
const at = (iso: string) => (clock.now = new Date(iso));

const CHECKLIST = [
  { key: 'quiet', label: 'Pump runs quietly', type: 'yes_no', required: true },
  { key: 'satisfaction', label: 'Satisfaction', type: 'score', required: true },
  { key: 'notes', label: 'Notes', type: 'text' },
];

describe.each(testDialects())('follow-up visits (回访) on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  let german: { id: string };
  let saudi: { id: string };
  beforeAll(async () => {
    ctx = await TestContext.create(dialect, { container: { jobs: { now: () => clock.now } } });
    org = await salesOrg(ctx);
    german = await ctx.newCustomer(org.eastRep, { name: 'Berlin Pumpen GmbH', country: 'DE' });
    saudi = await ctx.newCustomer(org.eastRep, { name: 'Riyadh Water Co', country: 'SA' });
    const admin = ctx.client(org.admin);
    for (const rule of [
      {
        name: 'Call 2 days after solving',
        trigger: 'ticket_solved',
        kind: 'call',
        businessDays: 2,
      },
      {
        name: 'Installation check',
        trigger: 'installation_closed',
        kind: 'visit',
        businessDays: 5,
        checklist: CHECKLIST,
      },
      {
        name: 'Visit after delivery',
        trigger: 'order_delivered',
        kind: 'visit',
        businessDays: 10,
        checklist: CHECKLIST,
      },
      {
        name: 'A-tier shipments',
        trigger: 'order_shipped',
        kind: 'call',
        businessDays: 1,
        tiers: ['A'],
      },
    ])
      expect((await admin.post('/service-visit-rules', rule)).statusCode).toBe(201);
  });
  afterAll(() => ctx.close());

  const ticket = async (customerId: string, type = 'defect', by: Actor = org.eastRep) => {
    const res = await ctx.client(by).post('/tickets', {
      customerId,
      subject: `Pump ${type}`,
      channel: 'email',
      type,
    });
    expect(res.statusCode).toBe(201);
    return res.json<{ id: string; number: string }>();
  };
  const move = async (id: string, status: string) =>
    expect((await ctx.client(org.eastRep).patch(`/tickets/${id}`, { status })).statusCode).toBe(
      200,
    );
  const visitsOf = (sourceId: string) =>
    ctx.db
      .selectFrom('service_visits as v')
      .innerJoin('follow_ups as f', (j) =>
        j.onRef('f.workspace_id', '=', 'v.workspace_id').onRef('f.id', '=', 'v.follow_up_id'),
      )
      .select(['v.id', 'v.name', 'v.kind', 'f.due_date', 'f.assignee_id', 'f.status', 'f.reason'])
      .where('v.source_id', '=', sourceId)
      .orderBy('v.name')
      .execute();
  const count = async (table: 'activities' | 'service_visits' | 'follow_ups') =>
    Number(
      (
        await ctx.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('plans a call 2 business days after a German ticket solved on 23 Dec 2026: Mon 28 Dec, for the owner', async () => {
    at('2026-12-23T10:00:00Z');
    const t = await ticket(german.id);
    await move(t.id, 'solved');
    const [v] = await visitsOf(t.id);
    expect(v).toMatchObject({
      name: 'Call 2 days after solving',
      kind: 'call',
      due_date: '2026-12-28',
      assignee_id: org.eastRep.user.id,
      status: 'open',
    });
    const reason = JSON.parse(v!.reason) as { en: string; zh: string };
    expect(reason.en).toContain(`${t.number} was solved on 2026-12-23`);
    expect(reason.en).toContain('Christmas Day');
    expect(reason.zh).toContain('电话回访');
    // The follow-up is audited as the change of the rep who solved the ticket.
    const fu = await ctx.db
      .selectFrom('service_visits')
      .select('follow_up_id')
      .where('id', '=', v!.id)
      .executeTakeFirstOrThrow();
    const audit = await ctx.db
      .selectFrom('audit_log')
      .select(['actor_id', 'action'])
      .where('entity_type', '=', 'follow_up')
      .where('entity_id', '=', fu.follow_up_id)
      .execute();
    expect(audit).toEqual([{ actor_id: org.eastRep.user.id, action: 'create' }]);
  });

  it('counts from the day in the customer’s zone: 23:30 UTC on 22 Dec is the 23rd in Berlin', async () => {
    at('2026-12-22T23:30:00Z');
    const t = await ticket(german.id);
    await move(t.id, 'solved');
    expect((await visitsOf(t.id))[0]?.due_date).toBe('2026-12-28');
  });

  it('steps over the Saudi weekend: solved on Thursday 3 Dec, 2 business days → Mon 7 Dec', async () => {
    at('2026-12-03T12:00:00Z');
    const t = await ticket(saudi.id);
    await move(t.id, 'solved');
    expect((await visitsOf(t.id))[0]?.due_date).toBe('2026-12-07');
  });

  it('keeps one visit per ticket: solved again after a reopening, the visit still to do moves', async () => {
    at('2026-12-01T09:00:00Z');
    const t = await ticket(german.id);
    await move(t.id, 'solved');
    expect((await visitsOf(t.id)).map((v) => v.due_date)).toEqual(['2026-12-03']);
    await move(t.id, 'open');
    at('2026-12-08T09:00:00Z');
    await move(t.id, 'solved');
    expect((await visitsOf(t.id)).map((v) => v.due_date)).toEqual(['2026-12-10']);
    // Closing it plans nothing more for this rule.
    await move(t.id, 'closed');
    expect(await visitsOf(t.id)).toHaveLength(1);
  });

  it('plans for a ticket closed without being solved, and an installation visit when an installation closes', async () => {
    at('2026-12-01T09:00:00Z');
    const plain = await ticket(german.id, 'question');
    await move(plain.id, 'closed');
    expect((await visitsOf(plain.id)).map((v) => v.name)).toEqual(['Call 2 days after solving']);
    const install = await ticket(german.id, 'installation');
    await move(install.id, 'solved');
    expect(await visitsOf(install.id)).toHaveLength(1);
    await move(install.id, 'closed');
    const both = await visitsOf(install.id);
    expect(both.map((v) => [v.name, v.due_date])).toEqual([
      ['Call 2 days after solving', '2026-12-03'],
      ['Installation check', '2026-12-08'],
    ]);
  });

  it('plans a visit when an order is delivered, once, and honours a rule’s tiers', async () => {
    at('2026-06-01T08:00:00Z');
    const rep = ctx.client(org.eastRep);
    const order = (
      await rep.post('/orders', {
        customerId: german.id,
        number: 'SO-DELIVER-1',
        orderDate: '2026-05-01',
        amountMinor: 100_00,
        currency: 'EUR',
        status: 'shipped',
      })
    ).json();
    // Shipped: the A-tier rule does not apply to an untiered customer.
    expect(await visitsOf(order.id)).toEqual([]);
    expect((await rep.patch(`/orders/${order.id}`, { status: 'delivered' })).statusCode).toBe(200);
    expect((await visitsOf(order.id)).map((v) => [v.name, v.due_date])).toEqual([
      ['Visit after delivery', '2026-06-15'],
    ]);
    expect((await rep.patch(`/orders/${order.id}`, { amountMinor: 120_00 })).statusCode).toBe(200);
    expect(await visitsOf(order.id)).toHaveLength(1);
    const tierA = await ctx.newCustomer(org.eastRep, { name: 'A buyer', country: 'DE', tier: 'A' });
    const shipped = (
      await rep.post('/orders', {
        customerId: tierA.id,
        number: 'SO-SHIP-A',
        orderDate: '2026-05-01',
        amountMinor: 100_00,
        currency: 'EUR',
        status: 'shipped',
      })
    ).json();
    expect((await visitsOf(shipped.id)).map((v) => [v.name, v.due_date])).toEqual([
      ['A-tier shipments', '2026-06-02'],
    ]);
  });

  it('lists visits in scope with their state in the customer’s calendar; missed ones are overdue and in the inbox', async () => {
    at('2026-11-02T09:00:00Z');
    const t = await ticket(german.id);
    await move(t.id, 'solved');
    at(new Date().toISOString());
    const mine = await ctx.client(org.eastRep).get('/service-visits?state=overdue&scope=mine');
    expect(mine.statusCode).toBe(200);
    const missed = mine.json().items.find((v: { source: { id: string } }) => v.source.id === t.id);
    expect(missed).toMatchObject({
      state: 'overdue',
      dueDate: '2026-11-04',
      customerName: 'Berlin Pumpen GmbH',
      assigneeName: expect.any(String),
      source: { kind: 'ticket', label: t.number },
      outcome: null,
    });
    const inbox = (await ctx.client(org.eastRep).get('/inbox?scope=mine')).json();
    const item = inbox.followUps.find((f: { id: string }) => f.id === missed.followUpId);
    expect(item).toMatchObject({ bucket: 'overdue', dueDate: '2026-11-04' });
    expect(item.reason.en).toContain(`${t.number} was solved`);
    // Another team sees none of them; the same team's other rep sees none as theirs.
    for (const other of [org.westRep, org.westManager])
      expect((await ctx.client(other).get('/service-visits')).json().items).toEqual([]);
    expect((await ctx.client(org.eastRep2).get('/service-visits?scope=mine')).json().items).toEqual(
      [],
    );
    expect((await ctx.client(org.westRep).get(`/service-visits/${missed.id}`)).statusCode).toBe(
      404,
    );
    const admin = (await ctx.client(org.admin).get('/service-visits?limit=200')).json();
    expect(admin.items.length).toBe(await count('service_visits'));
    const planned = (await ctx.client(org.admin).get('/service-visits?state=planned')).json();
    expect(planned.items.every((v: { state: string }) => v.state === 'planned')).toBe(true);
  });

  it.each([
    ['an unknown state', 'state=missed', '/querystring/state'],
    ['a limit above 200', 'limit=500', '/querystring/limit'],
    ['a negative offset', 'offset=-1', '/querystring/offset'],
    ['an unknown scope', 'scope=everyone', '/querystring/scope'],
    ['an unknown parameter', 'colour=red', '/querystring'],
  ])('refuses a visit list with %s', async (_what, query, path) => {
    const res = await ctx.client(org.eastRep).get(`/service-visits?${query}`);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toContain(path);
  });

  it('answers 404 for an unknown visit and a malformed id, and 401 without a sign-in', async () => {
    const rep = ctx.client(org.eastRep);
    expect((await rep.get('/service-visits/no-such-visit')).statusCode).toBe(404);
    expect(
      (await rep.post('/service-visits/no-such-visit/outcome', { answers: {} })).statusCode,
    ).toBe(404);
    expect((await rep.get(`/service-visits/${'x'.repeat(65)}`)).statusCode).toBe(400);
    expect((await ctx.client().get('/service-visits')).statusCode).toBe(401);
    expect((await ctx.client().post('/service-visits/x/outcome', { answers: {} })).statusCode).toBe(
      401,
    );
  });

  it('records an outcome: checklist answers on the timeline, the follow-up done, once', async () => {
    at('2026-11-20T09:00:00Z');
    const install = await ticket(german.id, 'installation');
    await move(install.id, 'closed');
    const visit = (await visitsOf(install.id)).find((v) => v.name === 'Installation check')!;
    at(new Date().toISOString());
    const rep = ctx.client(org.eastRep);
    const activities = await count('activities');

    // Bad answers and other people: nothing written.
    for (const [answers, path, code] of [
      [{ satisfaction: 4 }, '/answers/quiet', 'required'],
      [{ quiet: true, satisfaction: 9 }, '/answers/satisfaction', 'survey_score'],
      [{ quiet: 'yes', satisfaction: 4 }, '/answers/quiet', 'type'],
      [{ quiet: true, satisfaction: 4, colour: 'red' }, '/answers/colour', 'unknown_field'],
    ] as const) {
      const res = await rep.post(`/service-visits/${visit.id}/outcome`, { answers });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors).toContainEqual(expect.objectContaining({ path, code }));
    }
    expect((await rep.post(`/service-visits/${visit.id}/outcome`, {})).statusCode).toBe(400);
    for (const other of [org.westRep, org.westManager, org.eastRep2])
      expect(
        (
          await ctx.client(other).post(`/service-visits/${visit.id}/outcome`, {
            answers: { quiet: true, satisfaction: 5 },
          })
        ).statusCode,
      ).toBe(404);
    expect(await count('activities')).toBe(activities);
    expect((await visitsOf(install.id)).find((v) => v.id === visit.id)?.status).toBe('open');

    const res = await rep.post(`/service-visits/${visit.id}/outcome`, {
      answers: { quiet: false, satisfaction: 4, notes: 'Seal replaced on site' },
      note: 'Spoke with the plant manager',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      state: 'done',
      outcome: { byId: org.eastRep.user.id, answers: { quiet: false, satisfaction: 4 } },
    });
    const activity = await ctx.db
      .selectFrom('activities')
      .selectAll()
      .where('id', '=', res.json().outcome.activityId)
      .executeTakeFirstOrThrow();
    expect(activity).toMatchObject({
      type: 'visit',
      direction: 'outbound',
      customer_id: german.id,
    });
    expect(activity.summary.split('\n')).toEqual([
      `Follow-up visit (Installation check) after installation ${install.number} was closed`,
      'Spoke with the plant manager',
      '✗ Pump runs quietly',
      'Satisfaction: 4/5',
      'Notes: Seal replaced on site',
    ]);
    expect((await visitsOf(install.id)).find((v) => v.id === visit.id)?.status).toBe('done');
    const again = await rep.post(`/service-visits/${visit.id}/outcome`, {
      answers: { quiet: true, satisfaction: 5 },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().errors[0]).toMatchObject({ code: 'visit_recorded' });
    expect(await count('activities')).toBe(activities + 1);
  });

  it('refuses an outcome for a visit whose follow-up was cancelled', async () => {
    at('2026-11-20T09:00:00Z');
    const t = await ticket(german.id);
    await move(t.id, 'solved');
    const [v] = await visitsOf(t.id);
    at(new Date().toISOString());
    const rep = ctx.client(org.eastRep);
    const fu = await ctx.db
      .selectFrom('service_visits')
      .select('follow_up_id')
      .where('id', '=', v!.id)
      .executeTakeFirstOrThrow();
    expect(
      (await rep.patch(`/follow-ups/${fu.follow_up_id}`, { status: 'cancelled' })).statusCode,
    ).toBe(200);
    expect((await rep.get(`/service-visits/${v!.id}`)).json().state).toBe('cancelled');
    const res = await rep.post(`/service-visits/${v!.id}/outcome`, { answers: {} });
    expect(res.statusCode).toBe(409);
    expect(res.json().errors[0]).toMatchObject({ code: 'visit_cancelled' });
  });

  it('shows the customer’s latest CSAT and visits on the service card, to those who see the customer', async () => {
    at(new Date().toISOString());
    const t = await ticket(saudi.id);
    await move(t.id, 'solved');
    const link = (await ctx.client(org.eastRep).get(`/tickets/${t.id}/csat`)).json().survey.link;
    const token = (link as string).replace('/survey/', '');
    const answered = await ctx
      .client()
      .post(`/public/surveys/${token}`, { score: 5, comment: 'ممتاز', language: 'ar' });
    expect(answered.statusCode).toBe(200);
    const card = await ctx.client(org.eastRep).get(`/customers/${saudi.id}/service`);
    expect(card.statusCode).toBe(200);
    expect(card.json().csat).toMatchObject({
      answers: 1,
      average: 5,
      latest: { score: 5, comment: 'ممتاز', language: 'ar', ticketId: t.id },
    });
    const visits = card.json().visits as { source: { id: string }; state: string }[];
    expect(visits.find((v) => v.source.id === t.id)?.state).toBe('planned');
    for (const other of [org.westRep, org.westManager]) {
      const res = await ctx.client(other).get(`/customers/${saudi.id}/service`);
      expect(res.statusCode).toBe(404);
      expect(res.body).not.toContain('ممتاز');
    }
    expect((await ctx.client().get(`/customers/${saudi.id}/service`)).statusCode).toBe(401);
  });

  it('keeps planned visits as they were when a rule changes, and plans none from a disabled rule', async () => {
    at('2026-12-01T09:00:00Z');
    const admin = ctx.client(org.admin);
    const rules = (await admin.get('/service-visit-rules')).json().items as {
      id: string;
      trigger: string;
    }[];
    const solvedRule = rules.find((r) => r.trigger === 'ticket_solved')!;
    const before = await count('service_visits');
    expect(
      (await admin.patch(`/service-visit-rules/${solvedRule.id}`, { enabled: false })).statusCode,
    ).toBe(200);
    const t = await ticket(german.id);
    await move(t.id, 'solved');
    expect(await visitsOf(t.id)).toEqual([]);
    expect(await count('service_visits')).toBe(before);
    expect((await admin.delete(`/service-visit-rules/${solvedRule.id}`)).statusCode).toBe(204);
    expect(await count('service_visits')).toBe(before);
  });
});
