import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';

const RULE = {
  name: 'Call after a solved ticket',
  trigger: 'ticket_solved',
  kind: 'call',
  businessDays: 3,
  checklist: [
    { key: 'solved', label: 'Is the problem gone?', type: 'yes_no', required: true },
    { key: 'satisfaction', label: 'Satisfaction', type: 'score' },
  ],
};

describe.each(testDialects())('follow-up visit rules on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
  });
  afterAll(() => ctx.close());

  const rules = () =>
    ctx.db.selectFrom('service_visit_rules').selectAll().where('workspace_id', '=', org.ws.id);

  it('lets an admin add a rule, with its checklist, and everyone read it', async () => {
    const res = await ctx.client(org.admin).post('/service-visit-rules', RULE);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      name: RULE.name,
      trigger: 'ticket_solved',
      kind: 'call',
      businessDays: 3,
      ticketTypes: [],
      tiers: [],
      enabled: true,
      checklist: [
        { key: 'solved', type: 'yes_no', required: true },
        { key: 'satisfaction', type: 'score', required: false },
      ],
    });
    const listed = await ctx.client(org.westRep).get('/service-visit-rules');
    expect(listed.statusCode).toBe(200);
    expect(listed.json().items.map((r: { name: string }) => r.name)).toContain(RULE.name);
    const audit = await ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_type', '=', 'service_visit_rule')
      .where('entity_id', '=', res.json().id)
      .execute();
    expect(audit).toEqual([{ action: 'create' }]);
  });

  it.each([
    ['a rep', () => org.eastRep],
    ['a manager', () => org.eastManager],
  ])('refuses %s: 403 and nothing written', async (_who, actor) => {
    const before = (await rules().execute()).length;
    const res = await ctx.client(actor()).post('/service-visit-rules', { ...RULE, name: 'Mine' });
    expect(res.statusCode).toBe(403);
    const id = (await rules().executeTakeFirstOrThrow()).id;
    expect(
      (await ctx.client(actor()).patch(`/service-visit-rules/${id}`, { businessDays: 9 }))
        .statusCode,
    ).toBe(403);
    expect((await ctx.client(actor()).delete(`/service-visit-rules/${id}`)).statusCode).toBe(403);
    expect((await rules().execute()).length).toBe(before);
    expect((await rules().where('business_days', '=', 9).execute()).length).toBe(0);
  });

  it.each([
    ['no business days', { businessDays: 0 }, '/businessDays', 'minimum'],
    ['more than 90 business days', { businessDays: 91 }, '/businessDays', 'maximum'],
    ['an unknown trigger', { trigger: 'deal_won' }, '/trigger', 'one_of'],
    ['an unknown kind', { kind: 'email' }, '/kind', 'one_of'],
    ['a blank name', { name: '' }, '/name', 'min_length'],
    [
      'ticket types on an order trigger',
      { trigger: 'order_delivered', ticketTypes: ['defect'] },
      '/ticketTypes',
      'visit_ticket_types',
    ],
    ['an unknown ticket type', { ticketTypes: ['meeting'] }, '/ticketTypes/0', 'one_of'],
    ['an unknown tier', { tiers: ['Z'] }, '/tiers/0', 'one_of'],
    [
      'a checklist key twice',
      {
        checklist: [
          { key: 'a', label: 'A', type: 'yes_no' },
          { key: 'a', label: 'B', type: 'text' },
        ],
      },
      '/checklist/1/key',
      'duplicate_value',
    ],
    [
      'a checklist key with spaces',
      { checklist: [{ key: 'Is it ok', label: 'A', type: 'yes_no' }] },
      '/checklist/0/key',
      'pattern',
    ],
    [
      'an unknown checklist type',
      { checklist: [{ key: 'a', label: 'A', type: 'photo' }] },
      '/checklist/0/type',
      'one_of',
    ],
  ])('refuses %s with a field error and writes nothing', async (_what, patch, path, code) => {
    const before = (await rules().execute()).length;
    const res = await ctx.client(org.admin).post('/service-visit-rules', { ...RULE, ...patch });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toContainEqual(expect.objectContaining({ path, code }));
    expect((await rules().execute()).length).toBe(before);
  });

  it('changes a rule, clearing ticket types when it moves to an order trigger', async () => {
    const made = (
      await ctx.client(org.admin).post('/service-visit-rules', {
        ...RULE,
        name: 'Defects only',
        ticketTypes: ['defect'],
      })
    ).json();
    const res = await ctx.client(org.admin).patch(`/service-visit-rules/${made.id}`, {
      trigger: 'order_shipped',
      kind: 'visit',
      enabled: false,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      trigger: 'order_shipped',
      kind: 'visit',
      ticketTypes: [],
      enabled: false,
    });
    const bad = await ctx.client(org.admin).patch(`/service-visit-rules/${made.id}`, {
      ticketTypes: ['rma'],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({
      path: '/ticketTypes',
      code: 'visit_ticket_types',
    });
    const row = await rules().where('id', '=', made.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ trigger: 'order_shipped', ticket_types: '[]', enabled: 0 });
  });

  it('answers 404 for a rule of another workspace or none, and deletes one', async () => {
    const other = await ctx.newWorkspace();
    const otherAdmin = await ctx.newUser(other.id, 'admin');
    const id = (await rules().executeTakeFirstOrThrow()).id;
    expect(
      (await ctx.client(otherAdmin).patch(`/service-visit-rules/${id}`, { name: 'Taken' }))
        .statusCode,
    ).toBe(404);
    expect((await ctx.client(otherAdmin).delete(`/service-visit-rules/${id}`)).statusCode).toBe(
      404,
    );
    expect((await ctx.client(otherAdmin).get('/service-visit-rules')).json().items).toEqual([]);
    expect((await ctx.client(org.admin).delete(`/service-visit-rules/${id}`)).statusCode).toBe(204);
    expect(await rules().where('id', '=', id).executeTakeFirst()).toBeUndefined();
  });

  it('asks for a sign-in', async () => {
    expect((await ctx.client().get('/service-visit-rules')).statusCode).toBe(401);
    expect((await ctx.client().post('/service-visit-rules', RULE)).statusCode).toBe(401);
  });
});
