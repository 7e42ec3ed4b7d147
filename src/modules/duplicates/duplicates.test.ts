import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';

describe.each(testDialects())('duplicates and merge on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-20T12:00:00Z') });
  });
  afterAll(async () => {
    vi.useRealTimers();
    await ctx.close();
  });

  it('finds look-alikes with their evidence, merges field by field and undoes it', async () => {
    const rep = ctx.client(org.eastRep);
    const keep = await ctx.newCustomer(org.eastRep, {
      name: 'Müller Maschinenbau GmbH',
      country: 'DE',
      domain: 'mueller-maschinenbau.de',
      tags: ['oem'],
    });
    const dup = await ctx.newCustomer(org.eastRep, {
      name: 'MUELLER MASCHINENBAU',
      country: 'DE',
      city: 'Stuttgart',
      industry: 'Machinery',
      tags: ['vip'],
    });
    await ctx.newContact(org.eastRep, dup.id, {
      firstName: 'Petra',
      emails: ['petra@mueller-maschinenbau.de'],
    });
    await rep.post('/orders', {
      customerId: dup.id,
      number: 'MM-2026-7',
      orderDate: '2026-10-01',
      amountMinor: 4_200_00,
      currency: 'EUR',
    });
    await rep.post('/activities', {
      customerId: dup.id,
      type: 'call',
      direction: 'outbound',
      occurredAt: '2026-11-18T09:00:00+01:00',
      summary: 'Asked for a quote',
    });
    // Same company name in another country is someone else.
    await ctx.newCustomer(org.eastRep, { name: 'Müller Maschinenbau GmbH', country: 'AT' });

    const found = (await rep.get('/duplicates')).json().items;
    expect(found).toHaveLength(1);
    expect(new Set([found[0].a.id, found[0].b.id])).toEqual(new Set([keep.id, dup.id]));
    expect(found[0].evidence).toContainEqual({
      kind: 'name',
      a: expect.stringMatching(/^M(ü|UE)LLER MASCHINENBAU/i),
      b: expect.stringMatching(/^M(ü|UE)LLER MASCHINENBAU/i),
    });

    const merged = await rep.post('/duplicates/merge', {
      keepId: keep.id,
      mergeId: dup.id,
      take: { name: 'keep' },
    });
    expect(merged.statusCode).toBe(200);
    const after = (await rep.get(`/customers/${keep.id}`)).json();
    expect(after).toMatchObject({
      name: 'Müller Maschinenbau GmbH',
      city: 'Stuttgart',
      industry: 'Machinery',
      tags: ['oem', 'vip'],
    });
    expect((await rep.get(`/customers/${keep.id}/contacts`)).json().items).toHaveLength(1);
    expect((await rep.get(`/activities?customerId=${keep.id}`)).json().items).toHaveLength(1);
    expect((await rep.get(`/customers/${keep.id}/orders`)).json().items[0].number).toBe(
      'MM-2026-7',
    );
    expect((await rep.get(`/customers/${dup.id}`)).statusCode).toBe(404);
    expect((await rep.get('/duplicates')).json().items).toHaveLength(0);
    const audit = (await ctx.client(org.admin).get(`/audit-log?entityId=${keep.id}`)).json().items;
    expect(audit.map((a: { action: string }) => a.action)).toContain('merge');

    // Someone who cannot see the kept customer cannot undo (or learn of) the merge.
    expect(
      (await ctx.client(org.westRep).post(`/merges/${merged.json().mergeId}/undo`, {})).statusCode,
    ).toBe(404);
    const undone = await rep.post(`/merges/${merged.json().mergeId}/undo`, {});
    expect(undone.statusCode).toBe(200);
    expect((await rep.get(`/customers/${keep.id}`)).json()).toMatchObject({
      city: null,
      industry: null,
      tags: ['oem'],
    });
    expect((await rep.get(`/customers/${dup.id}`)).json().name).toBe('MUELLER MASCHINENBAU');
    expect((await rep.get(`/customers/${dup.id}/contacts`)).json().items).toHaveLength(1);
    expect((await rep.get(`/activities?customerId=${dup.id}`)).json().items).toHaveLength(1);
    expect((await rep.get(`/customers/${dup.id}/orders`)).json().items).toHaveLength(1);
    expect((await rep.get(`/customers/${keep.id}/orders`)).json().items).toHaveLength(0);
    expect((await rep.post(`/merges/${merged.json().mergeId}/undo`, {})).statusCode).toBe(409);
  });

  it('undoing a merge gives back the merged customer’s follow-up as it was, snoozed or open', async () => {
    const rep = ctx.client(org.eastRep);
    const keep = await ctx.newCustomer(org.eastRep, {
      name: 'Kaspi Trade LLP',
      country: 'KZ',
      domain: 'kaspitrade.kz',
    });
    const dup = await ctx.newCustomer(org.eastRep, {
      name: 'KASPI TRADE',
      country: 'KZ',
      domain: 'kaspitrade.kz',
    });
    for (const c of [keep, dup])
      await rep.post('/activities', {
        customerId: c.id,
        type: 'email',
        direction: 'outbound',
        occurredAt: '2026-11-19T09:00:00+05:00',
        summary: 'Sent the price list',
      });
    const cadenceOf = (customerId: string) =>
      ctx.db
        .selectFrom('follow_ups')
        .select(['id', 'status', 'due_date'])
        .where('customer_id', '=', customerId)
        .where('kind', '=', 'cadence')
        // The first-contact plan each new customer got was fulfilled (done) by the email.
        .where('status', '<>', 'done')
        .executeTakeFirstOrThrow();
    const planned = await cadenceOf(dup.id);
    expect(
      (await rep.patch(`/follow-ups/${planned.id}`, { status: 'snoozed', dueDate: '2027-01-20' }))
        .statusCode,
    ).toBe(200);

    const merged = await rep.post('/duplicates/merge', { keepId: keep.id, mergeId: dup.id });
    expect(merged.statusCode).toBe(200);
    const during = await ctx.db
      .selectFrom('follow_ups')
      .select('status')
      .where('id', '=', planned.id)
      .executeTakeFirstOrThrow();
    expect(during.status).toBe('cancelled');
    expect((await rep.post(`/merges/${merged.json().mergeId}/undo`, {})).statusCode).toBe(200);
    expect(await cadenceOf(dup.id)).toEqual({
      id: planned.id,
      status: 'snoozed',
      due_date: '2027-01-20',
    });
  });

  it('never shows or merges a record outside the caller’s scope', async () => {
    const mine = await ctx.newCustomer(org.eastRep, {
      name: 'Nordwind Logistik GmbH',
      country: 'DE',
      domain: 'nordwind.de',
    });
    const theirs = await ctx.newCustomer(org.westRep, {
      name: 'Nordwind Logistik',
      country: 'DE',
      domain: 'nordwind.de',
    });
    expect(
      (await ctx.client(org.eastRep).get('/duplicates'))
        .json()
        .items.some((p: { a: { id: string }; b: { id: string } }) =>
          [p.a.id, p.b.id].includes(theirs.id),
        ),
    ).toBe(false);
    const res = await ctx
      .client(org.eastRep)
      .post('/duplicates/merge', { keepId: mine.id, mergeId: theirs.id });
    expect(res.statusCode).toBe(404);
    // The admin sees the pair.
    const all = (await ctx.client(org.admin).get('/duplicates')).json().items;
    expect(
      all.some((p: { evidence: { kind: string }[] }) =>
        p.evidence.some((e) => e.kind === 'domain'),
      ),
    ).toBe(true);
    const same = await ctx
      .client(org.admin)
      .post('/duplicates/merge', { keepId: mine.id, mergeId: mine.id });
    expect(same.json().errors[0].path).toBe('/mergeId');
  });
});
