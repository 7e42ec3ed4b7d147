import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';

describe.each(testDialects())('credit limits, country risk and concentration on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  let c: { id: string };
  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
    await ctx.client(org.admin).put('/exchange-rates', {
      reportingCurrency: 'USD',
      items: [{ currency: 'EUR', validFrom: '2026-01-01', rate: '1.10' }],
    });
    c = await ctx.newCustomer(org.eastRep, { name: 'Credit Buyer GmbH', country: 'DE' });
  });
  afterAll(() => ctx.close());

  const rep = () => ctx.client(org.eastRep);
  const newOrder = (number: string, amountMinor: number, currency = 'USD') =>
    rep().post('/orders', {
      customerId: c.id,
      number,
      orderDate: '2026-06-01',
      amountMinor,
      currency,
    });

  it('sets credit limits for managers and admins only, audited', async () => {
    const body = { limitMinor: 20_000_00, insurer: 'Sinosure', policyNumber: 'SCP-2026-001' };
    expect((await rep().put(`/customers/${c.id}/credit-limit`, body)).statusCode).toBe(403);
    expect(
      (await ctx.client(org.westManager).put(`/customers/${c.id}/credit-limit`, body)).statusCode,
    ).toBe(404);
    expect(
      (await ctx.client(org.eastManager).put(`/customers/${c.id}/credit-limit`, { limitMinor: -1 }))
        .statusCode,
    ).toBe(400);
    expect(
      (await ctx.client(org.eastManager).put(`/customers/${c.id}/credit-limit`, {})).statusCode,
    ).toBe(400);
    expect((await ctx.client(org.admin).get(`/customers/${c.id}/risk`)).json().credit).toBeNull();
    const res = await ctx.client(org.eastManager).put(`/customers/${c.id}/credit-limit`, body);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      limitMinor: 20_000_00,
      currency: 'USD',
      insurer: 'Sinosure',
    });
    const audit = (await ctx.client(org.admin).get(`/audit-log?entityId=${c.id}`)).json().items;
    expect(
      audit.some((x: { changes: Record<string, unknown> }) => 'creditLimit' in x.changes),
    ).toBe(true);
  });

  it('warns when a new order goes over the limit; a pending order may not ship until approved', async () => {
    // EUR 10,000 → USD 11,000 of 20,000: within the limit.
    const first = await newOrder('C-1', 10_000_00, 'EUR');
    expect(first.json().credit).toBeNull();
    const over = await newOrder('C-2', 10_000_00);
    expect(over.statusCode).toBe(201);
    expect(over.json().credit).toMatchObject({
      status: 'pending',
      currency: 'USD',
      limitMinor: 20_000_00,
      exposureMinor: 21_000_00,
      amountMinor: 10_000_00,
    });
    const id = over.json().id as string;
    const ship = await rep().patch(`/orders/${id}`, { status: 'shipped' });
    expect(ship.statusCode).toBe(409);
    expect(ship.json().errors[0].code).toBe('credit_approval_pending');
    expect((await rep().get('/credit-approvals')).statusCode).toBe(403);
    const queue = (await ctx.client(org.eastManager).get('/credit-approvals?status=pending')).json()
      .items;
    expect(queue).toHaveLength(1);
    expect((await ctx.client(org.westManager).get('/credit-approvals')).json().items).toEqual([]);
    const approvalId = queue[0].id as string;
    expect(
      (await ctx.client(org.westManager).post(`/credit-approvals/${approvalId}/approve`, {}))
        .statusCode,
    ).toBe(404);
    expect((await rep().post(`/credit-approvals/${approvalId}/approve`, {})).statusCode).toBe(403);
    const ok = await ctx
      .client(org.eastManager)
      .post(`/credit-approvals/${approvalId}/approve`, { note: 'Insured' });
    expect(ok.json()).toMatchObject({
      status: 'approved',
      decidedBy: org.eastManager.user.id,
      note: 'Insured',
    });
    expect(
      (await ctx.client(org.eastManager).post(`/credit-approvals/${approvalId}/reject`, {}))
        .statusCode,
    ).toBe(409);
    expect((await rep().patch(`/orders/${id}`, { status: 'shipped' })).statusCode).toBe(200);
    const audit = (await ctx.client(org.admin).get(`/audit-log?entityId=${approvalId}`)).json()
      .items;
    expect(audit.map((x: { action: string }) => x.action).sort()).toEqual(['create', 'update']);

    const risk = (await rep().get(`/customers/${c.id}/risk`)).json();
    expect(risk.exposure).toMatchObject({
      ordersMinor: 21_000_00,
      totalMinor: 21_000_00,
      availableMinor: -1_000_00,
      overLimit: true,
    });
    expect(risk.credit).toMatchObject({ limitMinor: 20_000_00, policyNumber: 'SCP-2026-001' });
    expect((await ctx.client(org.westRep).get(`/customers/${c.id}/risk`)).statusCode).toBe(404);
  });

  it('a quote over the limit gets a warning; a manager’s own is approved at once', async () => {
    const q = await rep().post('/quotes', {
      customerId: c.id,
      currency: 'USD',
      validUntil: '2099-01-01',
      lines: [{ description: 'Pumps', quantity: 1, unitPriceMinor: 500_00 }],
    });
    expect(q.statusCode).toBe(201);
    expect(q.json().credit).toMatchObject({ status: 'pending', exposureMinor: 21_500_00 });
    const m = await ctx.client(org.eastManager).post('/orders', {
      customerId: c.id,
      number: 'C-3',
      orderDate: '2026-06-02',
      amountMinor: 1_00,
      currency: 'USD',
    });
    expect(m.json().credit).toMatchObject({ status: 'approved' });
  });

  it('keeps the workspace’s own country ratings: validated, imported all or nothing, on the customer', async () => {
    const list = (await rep().get('/country-risk')).json();
    expect(list).toEqual({ shippedSource: null, items: [] });
    expect((await rep().put('/country-risk/DE', { rating: 1 })).statusCode).toBe(403);
    expect(
      (await ctx.client(org.eastManager).put('/country-risk/DE', { rating: 8 })).statusCode,
    ).toBe(400);
    expect(
      (await ctx.client(org.eastManager).put('/country-risk/XX', { rating: 1 })).statusCode,
    ).toBe(400);
    const put = await ctx
      .client(org.eastManager)
      .put('/country-risk/de', { rating: 0, source: 'Own review', ratedOn: '2026-06-01' });
    expect(put.json()).toMatchObject({ country: 'DE', rating: 0, origin: 'workspace' });
    const bad = await ctx.client(org.admin).post('/country-risk/import', {
      csv: 'country,rating,source\nNG,6,Own\nZZ,9,Own\n',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: string }) => e.path)).toEqual([
      '/csv/3/country',
      '/csv/3/rating',
    ]);
    expect(
      (await ctx.client(org.admin).post('/country-risk/import', { csv: 'name,score\nNG,6' }))
        .statusCode,
    ).toBe(400);
    expect((await rep().get('/country-risk')).json().items).toHaveLength(1);
    const good = await ctx.client(org.admin).post('/country-risk/import', {
      csv: 'country,rating,source,rated_on,notes\nNG,6,Own,2026-06-01,"Slow FX, repatriation"\nbr,5,,,\n',
    });
    expect(good.json()).toEqual({ imported: 2 });
    const items = (await rep().get('/country-risk')).json().items;
    expect(
      items.map((i: { country: string; rating: number }) => `${i.country}${i.rating}`),
    ).toEqual(['BR5', 'DE0', 'NG6']);
    expect(items.find((i: { country: string }) => i.country === 'NG').notes).toBe(
      'Slow FX, repatriation',
    );
    expect((await rep().get(`/customers/${c.id}/risk`)).json().country).toMatchObject({
      code: 'DE',
      risk: { rating: 0 },
    });
    expect((await ctx.client(org.eastManager).delete('/country-risk/BR')).statusCode).toBe(204);
    expect((await ctx.client(org.eastManager).delete('/country-risk/BR')).statusCode).toBe(404);
  });

  it('measures concentration against hand-computed figures, and what losing one would cost', async () => {
    const ws = await ctx.newWorkspace();
    const admin = await ctx.newUser(ws.id, 'admin');
    const as = ctx.client(admin);
    const day = new Date().toISOString().slice(0, 10);
    const mk = async (name: string, country: string, amountMinor: number) => {
      const x = await ctx.newCustomer(admin, { name, country });
      await as.post('/orders', {
        customerId: x.id,
        number: `K-${name}`,
        orderDate: day,
        amountMinor,
        currency: 'USD',
      });
      return x.id;
    };
    const big = await mk('Big', 'DE', 500_00);
    await mk('Mid', 'DE', 300_00);
    await mk('Small', 'FR', 200_00);
    const r = (await as.get(`/risk/concentration?months=12&lose=${big}`)).json();
    // 50/30/20 → 2,500 + 900 + 400; DE 80 %, FR 20 % → 6,400 + 400; all in Europe → 10,000.
    expect(r.byCustomer).toMatchObject({
      totalMinor: 1_000_00,
      top1: 0.5,
      top5: 1,
      hhi: 3800,
      warning: true,
    });
    expect(r.byCountry).toMatchObject({ hhi: 6800, top1: 0.8 });
    expect(r.byRegion.items).toEqual([
      { key: 'europe', label: 'europe', amountMinor: 1_000_00, share: 1 },
    ]);
    expect(r.whatIf).toMatchObject({
      kind: 'customer',
      label: 'Big',
      shareAtStake: 0.5,
      hhiAfter: 5200,
    });
    expect((await as.get('/risk/concentration?lose=FR')).json().whatIf).toMatchObject({
      kind: 'country',
      shareAtStake: 0.2,
    });
    for (const q of ['months=0', 'months=61', 'threshold=0', 'months=x'])
      expect((await as.get(`/risk/concentration?${q}`)).statusCode, q).toBe(400);
    // A rep of the first workspace sees only their own customers' revenue.
    const mine = (await rep().get('/risk/concentration')).json();
    expect(
      mine.byCustomer.items.every((i: { label: string }) => i.label === 'Credit Buyer GmbH'),
    ).toBe(true);
  });
});
