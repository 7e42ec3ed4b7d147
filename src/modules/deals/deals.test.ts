import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext, type Actor } from '../../../test/support/context.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- API answers read as loose JSON */
type Json = any;

describe.each(testDialects())('deals on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  let pipeline: Json;
  const stage = (code: string) =>
    (pipeline.stages as { id: string; code: string }[]).find((s) => s.code === code)!.id;

  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
    pipeline = (await ctx.client(org.admin).get('/pipelines')).json().items[0];
  });
  afterAll(() => ctx.close());

  const count = async (table: 'deals' | 'deal_contacts' | 'deal_reasons' | 'deal_competitors') =>
    Number(
      (
        await ctx.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('workspace_id', '=', org.ws.id)
          .executeTakeFirstOrThrow()
      ).n,
    );
  const audits = (entityId: string) =>
    ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('workspace_id', '=', org.ws.id)
      .where('entity_id', '=', entityId)
      .orderBy('id')
      .execute();

  const newDeal = async (who: Actor, customerId: string, extra: Record<string, unknown> = {}) => {
    const res = await ctx.client(who).post('/deals', {
      customerId,
      title: 'Pump sets for the Leipzig plant',
      amountMinor: 12_500_00,
      currency: 'eur',
      expectedCloseDate: '2026-09-30',
      ...extra,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<Json>();
  };

  it('opens a deal in the first stage with the stage’s probability and the customer’s owner', async () => {
    const c = await ctx.newCustomer(org.eastRep, { name: 'Leipziger Wasserwerke', country: 'DE' });
    const buyer = await ctx.newContact(org.eastRep, c.id, { firstName: 'Jana', lastName: 'Vogel' });
    const deal = await newDeal(org.eastManager, c.id, {
      contacts: [{ contactId: buyer.id, role: 'purchasing' }],
      competitors: [
        { name: 'KSB', amountMinor: 11_900_00, currency: 'EUR' },
        { name: 'Local agent' },
      ],
      source: 'Canton Fair 2026',
      nextStep: 'Send the pump curves',
    });
    expect(deal).toMatchObject({
      customerId: c.id,
      customerName: 'Leipziger Wasserwerke',
      customerCountry: 'DE',
      currency: 'EUR',
      amountMinor: 12_500_00,
      pipelineId: pipeline.id,
      stageId: stage('inquiry'),
      status: 'open',
      probability: 10,
      ownerId: org.eastRep.user.id,
      daysInStage: 0,
      rotting: false,
      contacts: [{ contactId: buyer.id, role: 'purchasing', name: 'Jana Vogel' }],
      competitors: [
        { name: 'KSB', amountMinor: 11_900_00, currency: 'EUR', note: null },
        { name: 'Local agent', amountMinor: null, currency: null, note: null },
      ],
    });
    const [created] = await audits(deal.id);
    expect(created).toMatchObject({ action: 'create', entity_type: 'deal' });
    expect(JSON.parse(created!.changes).stage.after).toBe('Inquiry');
  });

  it('a stage move is audited, resets the probability and shows on the timeline', async () => {
    const c = await ctx.newCustomer(org.eastRep, { name: 'Hamburg Hafen AG', country: 'DE' });
    const deal = await newDeal(org.eastRep, c.id);
    await new Promise((r) => setTimeout(r, 5));
    await ctx.client(org.eastRep).post('/activities', {
      customerId: c.id,
      type: 'call',
      direction: 'outbound',
      occurredAt: new Date().toISOString(),
      summary: 'Talked through the sample shipment',
    });
    // Apart in time, so the timeline's order is the order things happened.
    await new Promise((r) => setTimeout(r, 5));
    const moved = await ctx
      .client(org.eastRep)
      .patch(`/deals/${deal.id}`, { stageId: stage('samples') });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ stageId: stage('samples'), probability: 60 });
    const log = await audits(deal.id);
    expect(log.map((e) => e.action)).toEqual(['create', 'update']);
    expect(JSON.parse(log[1]!.changes)).toMatchObject({
      stageId: { before: stage('inquiry'), after: stage('samples') },
      stage: { before: 'Inquiry', after: 'Samples' },
      probability: { before: 10, after: 60 },
    });
    const detail = (await ctx.client(org.eastRep).get(`/deals/${deal.id}`)).json();
    expect(detail.timeline.map((t: Json) => t.kind)).toEqual(['stage', 'activity', 'created']);
    expect(detail.timeline[0].changes).toContainEqual({
      field: 'stage',
      before: 'Inquiry',
      after: 'Samples',
    });
    expect(detail.timeline[1].activity.summary).toBe('Talked through the sample shipment');
  });

  it('an explicit probability wins over the stage’s; winning closes the deal', async () => {
    const c = await ctx.newCustomer(org.eastRep);
    const deal = await newDeal(org.eastRep, c.id);
    const won = (
      await ctx.client(org.eastRep).patch(`/deals/${deal.id}`, {
        stageId: stage('won'),
        reasons: [
          { reason: 'technical_fit', attribution: 'stated_by_buyer' },
          { reason: 'delivery_time', attribution: 'judged_by_rep', note: 'Six weeks faster' },
        ],
      })
    ).json();
    expect(won).toMatchObject({ status: 'won', probability: 100 });
    expect(won.closedAt).toBeTruthy();
    expect(won.reasons).toEqual([
      { reason: 'delivery_time', attribution: 'judged_by_rep', note: 'Six weeks faster' },
      { reason: 'technical_fit', attribution: 'stated_by_buyer', note: null },
    ]);
    const reopened = (
      await ctx
        .client(org.eastRep)
        .patch(`/deals/${deal.id}`, { stageId: stage('negotiation'), probability: 70 })
    ).json();
    expect(reopened).toMatchObject({ status: 'open', probability: 70, closedAt: null });
  });

  it('audits every change of the expected close date', async () => {
    const c = await ctx.newCustomer(org.eastRep);
    const deal = await newDeal(org.eastRep, c.id);
    await ctx.client(org.eastRep).patch(`/deals/${deal.id}`, { expectedCloseDate: '2026-11-15' });
    await ctx.client(org.eastRep).patch(`/deals/${deal.id}`, { expectedCloseDate: '2026-12-20' });
    // The same date again is no change and leaves no entry.
    await ctx.client(org.eastRep).patch(`/deals/${deal.id}`, { expectedCloseDate: '2026-12-20' });
    const changes = (await audits(deal.id))
      .filter((e) => e.action === 'update')
      .map((e) => JSON.parse(e.changes).expectedCloseDate);
    expect(changes).toEqual([
      { before: '2026-09-30', after: '2026-11-15' },
      { before: '2026-11-15', after: '2026-12-20' },
    ]);
  });

  it('a won deal opens a repeat order; an open one cannot', async () => {
    const c = await ctx.newCustomer(org.eastRep);
    const buyer = await ctx.newContact(org.eastRep, c.id);
    const deal = await newDeal(org.eastRep, c.id, {
      contacts: [{ contactId: buyer.id, role: 'decision_maker' }],
    });
    const refused = await ctx.client(org.eastRep).post(`/deals/${deal.id}/repeat`, {});
    expect(refused.statusCode).toBe(409);
    expect(refused.json().errors[0].code).toBe('deal_not_won');
    await ctx.client(org.eastRep).patch(`/deals/${deal.id}`, { stageId: stage('won') });
    const res = await ctx
      .client(org.eastRep)
      .post(`/deals/${deal.id}/repeat`, { expectedCloseDate: '2027-03-31' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      repeatOfId: deal.id,
      customerId: c.id,
      status: 'open',
      stageId: stage('inquiry'),
      amountMinor: deal.amountMinor,
      expectedCloseDate: '2027-03-31',
      contacts: [{ contactId: buyer.id, role: 'decision_maker' }],
    });
  });

  it.each([
    ['a negative amount', { amountMinor: -1 }, '/amountMinor'],
    ['an unknown currency', { currency: 'XYZ' }, '/currency'],
    ['a date that does not exist', { expectedCloseDate: '2026-02-30' }, '/expectedCloseDate'],
    ['no expected close date', { expectedCloseDate: undefined }, '/expectedCloseDate'],
    ['a probability over 100', { probability: 101 }, '/probability'],
    [
      'an unknown contact role',
      { contacts: [{ contactId: 'x', role: 'boss' }] },
      '/contacts/0/role',
    ],
    [
      'an unknown reason',
      { reasons: [{ reason: 'luck', attribution: 'judged_by_rep' }] },
      '/reasons/0/reason',
    ],
    [
      'a competitor price without currency',
      { competitors: [{ name: 'X', amountMinor: 5 }] },
      '/competitors/0/currency',
    ],
  ])('rejects %s and writes nothing', async (_, extra, path) => {
    const c = await ctx.newCustomer(org.eastRep);
    const before = await count('deals');
    const res = await ctx.client(org.eastRep).post('/deals', {
      customerId: c.id,
      title: 'Bad',
      amountMinor: 100,
      currency: 'USD',
      expectedCloseDate: '2026-09-30',
      ...extra,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: Json) => e.path)).toContain(path);
    expect(await count('deals')).toBe(before);
  });

  it('rejects a stage of another pipeline and a contact of another customer, leaving no row', async () => {
    const other = (
      await ctx.client(org.admin).post('/pipelines', {
        name: 'OEM projects',
        stages: [
          { name: 'Spec', probability: 20, kind: 'open' },
          { name: 'Won', probability: 100, kind: 'won' },
          { name: 'Lost', probability: 0, kind: 'lost' },
        ],
      })
    ).json();
    const c = await ctx.newCustomer(org.eastRep);
    const d = await ctx.newCustomer(org.eastRep);
    const stranger = await ctx.newContact(org.eastRep, d.id);
    const before = {
      deals: await count('deals'),
      contacts: await count('deal_contacts'),
      competitors: await count('deal_competitors'),
    };
    const body = {
      customerId: c.id,
      title: 'Valves',
      amountMinor: 100,
      currency: 'USD',
      expectedCloseDate: '2026-09-30',
    };
    const wrongStage = await ctx
      .client(org.eastRep)
      .post('/deals', { ...body, stageId: other.stages[0].id });
    expect(wrongStage.statusCode).toBe(400);
    expect(wrongStage.json().errors[0]).toMatchObject({
      path: '/stageId',
      code: 'stage_not_in_pipeline',
    });
    const wrongContact = await ctx.client(org.eastRep).post('/deals', {
      ...body,
      contacts: [{ contactId: stranger.id, role: 'user' }],
      competitors: [{ name: 'Rival' }],
    });
    expect(wrongContact.json().errors[0]).toMatchObject({
      path: '/contacts/0/contactId',
      code: 'not_a_contact',
    });
    expect({
      deals: await count('deals'),
      contacts: await count('deal_contacts'),
      competitors: await count('deal_competitors'),
    }).toEqual(before);
    // A move to a stage of another pipeline without naming that pipeline is refused too.
    const deal = await newDeal(org.eastRep, c.id);
    const move = await ctx
      .client(org.eastRep)
      .patch(`/deals/${deal.id}`, { stageId: other.stages[0].id, title: 'Renamed' });
    expect(move.json().errors[0].code).toBe('stage_not_in_pipeline');
    expect((await ctx.client(org.eastRep).get(`/deals/${deal.id}`)).json().title).toBe(deal.title);
    expect((await audits(deal.id)).length).toBe(1);
    // Named with its pipeline, the move is allowed.
    const ok = await ctx
      .client(org.eastRep)
      .patch(`/deals/${deal.id}`, { pipelineId: other.id, stageId: other.stages[0].id });
    expect(ok.json()).toMatchObject({ pipelineId: other.id, probability: 20 });
  });

  it('lists with filters and pages', async () => {
    const c = await ctx.newCustomer(org.westRep, { name: 'Rio Bombas Ltda', country: 'BR' });
    for (let i = 0; i < 3; i++) await newDeal(org.westRep, c.id, { currency: 'BRL' });
    const first = (
      await ctx.client(org.westRep).get(`/deals?country=br&limit=2&status=open`)
    ).json();
    expect(first.items).toHaveLength(2);
    expect(first.items[0].customerCountry).toBe('BR');
    const second = (
      await ctx.client(org.westRep).get(`/deals?country=BR&limit=2&cursor=${first.nextCursor}`)
    ).json();
    expect(second.items).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
    const byCustomer = (await ctx.client(org.admin).get(`/deals?customerId=${c.id}`)).json();
    expect(byCustomer.items).toHaveLength(3);
    const byOwner = (
      await ctx
        .client(org.admin)
        .get(`/deals?ownerId=${org.westRep.user.id}&stageId=${stage('inquiry')}`)
    ).json();
    expect(byOwner.items.every((d: Json) => d.ownerId === org.westRep.user.id)).toBe(true);
  });

  it('lists the deals of a saved segment’s customers, within the caller’s scope', async () => {
    const chile = await ctx.newCustomer(org.westRep, { name: 'Aguas Andinas', country: 'CL' });
    const peru = await ctx.newCustomer(org.westRep, { name: 'Sedapal', country: 'PE' });
    const eastChile = await ctx.newCustomer(org.eastRep, { name: 'Codelco', country: 'CL' });
    const inChile = await newDeal(org.westRep, chile.id, { title: 'Chile pumps' });
    await newDeal(org.westRep, peru.id, { title: 'Peru pumps' });
    const eastDeal = await newDeal(org.eastRep, eastChile.id, { title: 'Chile east' });
    const segment = (
      await ctx.client(org.admin).post('/segments', {
        name: 'Chile',
        filter: { match: 'all', conditions: [{ field: 'country', op: 'in', value: ['cl'] }] },
      })
    ).json();
    const titles = async (who: Actor) =>
      (await ctx.client(who).get(`/deals?segmentId=${segment.id}`))
        .json()
        .items.map((d: Json) => d.id)
        .sort();
    expect(await titles(org.westRep)).toEqual([inChile.id]);
    expect(await titles(org.admin)).toEqual([inChile.id, eastDeal.id].sort());
    const unknown = await ctx.client(org.westRep).get('/deals?segmentId=nope');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0]).toMatchObject({ path: '/segmentId', code: 'no_such' });
  });

  it('deletes a deal with its children, audited', async () => {
    const c = await ctx.newCustomer(org.eastRep);
    const deal = await newDeal(org.eastRep, c.id, { competitors: [{ name: 'Rival' }] });
    const before = await count('deal_competitors');
    expect((await ctx.client(org.eastRep).delete(`/deals/${deal.id}`)).statusCode).toBe(204);
    expect((await ctx.client(org.eastRep).get(`/deals/${deal.id}`)).statusCode).toBe(404);
    expect(await count('deal_competitors')).toBe(before - 1);
    expect((await audits(deal.id)).map((e) => e.action)).toEqual(['create', 'delete']);
  });
});
