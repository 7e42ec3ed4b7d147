import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';
import { quoteBody } from './quote-body.fixture.ts';

type Org = Awaited<ReturnType<typeof salesOrg>>;

describe.each(testDialects())('quotes on %s', (dialect) => {
  let ctx: TestContext;
  let org: Org;
  // The quotes' clock: sending, expiry and acceptance are read against it.
  let clock = new Date('2026-03-05T09:00:00Z');
  beforeAll(async () => {
    ctx = await TestContext.create(dialect, { container: { jobs: { now: () => clock } } });
    org = await salesOrg(ctx);
  });
  afterAll(() => ctx.close());

  const count = async (table: 'quotes' | 'quote_lines' | 'orders') =>
    Number(
      (
        await ctx.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .where('workspace_id', '=', org.ws.id)
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('creates a draft numbered by the workspace pattern with exact totals and instalments', async () => {
    const c = await ctx.newCustomer(org.eastRep, { name: 'Bahia Solar Ltda', country: 'BR' });
    const res = await ctx.client(org.eastRep).post('/quotes', quoteBody(c.id));
    expect(res.statusCode).toBe(201);
    const q = res.json();
    expect(q).toMatchObject({
      number: 'Q-2026-0001',
      revision: 'A',
      kind: 'quote',
      status: 'draft',
      currency: 'CNY',
      language: 'pt-BR',
      incoterm: { rule: 'FOB', place: 'Ningbo' },
      subtotalMinor: 1_234_500 + 170_000,
      discountMinor: 123_450,
      totalMinor: 1_111_050 + 170_000,
    });
    expect(q.paymentTerms.map((t: { amountMinor: number }) => t.amountMinor)).toEqual([
      384_315, 896_735,
    ]);
    expect(q.lines[1]).toMatchObject({ quantity: 2.125, totalMinor: 170_000, unit: 'set' });
    const second = (await ctx.client(org.eastRep).post('/quotes', quoteBody(c.id))).json();
    expect(second.number).toBe('Q-2026-0002');
    const pi = (
      await ctx.client(org.eastRep).post('/quotes', quoteBody(c.id, { kind: 'proforma' }))
    ).json();
    expect(pi.number).toBe('PI-2026-0001');
    const nextYear = (
      await ctx
        .client(org.eastRep)
        .post('/quotes', quoteBody(c.id, { quoteDate: '2027-01-04', validUntil: '2027-02-01' }))
    ).json();
    expect(nextYear.number).toBe('Q-2027-0001');
  });

  it('numbers concurrent creations without a gap or a duplicate', async () => {
    const c = await ctx.newCustomer(org.eastRep, { name: 'Race GmbH', country: 'DE' });
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        ctx
          .client(org.eastRep)
          .post('/quotes', quoteBody(c.id, { quoteDate: '2030-01-02', validUntil: '2030-02-01' })),
      ),
    );
    expect(results.map((r) => r.statusCode)).toEqual(Array(8).fill(201));
    const numbers = results.map((r) => r.json().number as string).sort();
    expect(numbers).toEqual(Array.from({ length: 8 }, (_, i) => `Q-2030-000${i + 1}`));
  });

  it('chooses the language: primary contact, else the country’s, else English', async () => {
    const de = await ctx.newCustomer(org.eastRep, { name: 'Werk AG', country: 'DE' });
    expect((await ctx.client(org.eastRep).post('/quotes', quoteBody(de.id))).json().language).toBe(
      'de-DE',
    );
    const sa = await ctx.newCustomer(org.eastRep, { name: 'Najd Industrial', country: 'SA' });
    await ctx.newContact(org.eastRep, sa.id, {
      firstName: 'Faisal',
      preferredLanguage: 'ar',
      primary: true,
    });
    expect((await ctx.client(org.eastRep).post('/quotes', quoteBody(sa.id))).json().language).toBe(
      'ar-SA',
    );
    const kz = await ctx.newCustomer(org.eastRep, { name: 'Steppe Energy', country: 'KZ' });
    await ctx.newContact(org.eastRep, kz.id, {
      firstName: 'Aigerim',
      preferredLanguage: 'kk',
      primary: true,
    });
    expect((await ctx.client(org.eastRep).post('/quotes', quoteBody(kz.id))).json().language).toBe(
      'ru-KZ',
    );
    const it_ = await ctx.newCustomer(org.eastRep, { name: 'Meccanica Srl', country: 'IT' });
    expect((await ctx.client(org.eastRep).post('/quotes', quoteBody(it_.id))).json().language).toBe(
      'en',
    );
    const asked = await ctx
      .client(org.eastRep)
      .post('/quotes', quoteBody(it_.id, { language: 'fr' }));
    expect(asked.json().language).toBe('fr');
  });

  it.each([
    [
      'an unknown Incoterm',
      { incoterm: { rule: 'FOBB', place: 'Ningbo' } },
      '/incoterm/rule',
      'one_of',
    ],
    ['FOB without a port', { incoterm: { rule: 'FOB' } }, '/incoterm/place', 'incoterm_port'],
    [
      'CIF with an empty port',
      { incoterm: { rule: 'CIF', place: '  ' } },
      '/incoterm/place',
      'incoterm_port',
    ],
    [
      'a negative quantity',
      { lines: [{ description: 'x', quantity: -1, unitPriceMinor: 100 }] },
      '/lines/0/quantity',
      'quantity',
    ],
    [
      '4 decimals of quantity',
      { lines: [{ description: 'x', quantity: 1.0005, unitPriceMinor: 100 }] },
      '/lines/0/quantity',
      'quantity',
    ],
    [
      'validity before the quote date',
      { validUntil: '2026-03-04' },
      '/validUntil',
      'validity_before_date',
    ],
    [
      'an HS code with letters',
      { lines: [{ description: 'x', quantity: 1, unitPriceMinor: 1, hsCode: '8504AB' }] },
      '/lines/0/hsCode',
      'hs_code',
    ],
    [
      'a discount over 100 %',
      { lines: [{ description: 'x', quantity: 1, unitPriceMinor: 1, discountPercent: 101 }] },
      '/lines/0/discountPercent',
      'discount_percent',
    ],
    [
      'a line without product or text',
      { lines: [{ quantity: 1, unitPriceMinor: 1 }] },
      '/lines/0/description',
      'quote_line_source',
    ],
    [
      'instalments not adding to 100',
      { paymentTerms: [{ percent: 30, event: 'on_order' }] },
      '/paymentTerms',
      'payment_terms_total',
    ],
    [
      'usance without days',
      { paymentTerms: [{ percent: 100, event: 'lc_usance' }] },
      '/paymentTerms/0/days',
      'payment_days',
    ],
    [
      'an unknown payment event',
      { paymentTerms: [{ percent: 100, event: 'cash' }] },
      '/paymentTerms/0/event',
      'one_of',
    ],
    ['an unknown currency', { currency: 'XYZ' }, '/currency', 'currency'],
    ['a language without labels', { language: 'it' }, '/language', 'quote_language'],
    [
      'an unknown product',
      { lines: [{ productId: 'nope', quantity: 1, unitPriceMinor: 1 }] },
      '/lines/0/productId',
      'no_such',
    ],
    ['an unknown deal', { dealId: 'nope' }, '/dealId', 'not_in_scope'],
    ['no lines', { lines: [] }, '/lines', 'min_items'],
  ])('refuses %s with a field error and writes nothing', async (_what, extra, path, code) => {
    const c = await ctx.newCustomer(org.eastRep, { name: `Bad input ${path}`, country: 'GB' });
    const before = [await count('quotes'), await count('quote_lines')];
    const res = await ctx.client(org.eastRep).post('/quotes', quoteBody(c.id, extra));
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toContainEqual(expect.objectContaining({ path, code }));
    expect([await count('quotes'), await count('quote_lines')]).toEqual(before);
  });

  it('edits drafts only; a sent quote gets a new revision and supersedes the old one when sent', async () => {
    const c = await ctx.newCustomer(org.eastRep, { name: 'Revisions SpA', country: 'CL' });
    const rep = ctx.client(org.eastRep);
    const a = (await rep.post('/quotes', quoteBody(c.id))).json();
    const edited = await rep.patch(`/quotes/${a.id}`, {
      lines: [{ description: 'Pump', quantity: 3, unitPriceMinor: 10_000 }],
      notes: 'Prices ex works Ningbo',
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ totalMinor: 30_000, notes: 'Prices ex works Ningbo' });
    expect(
      (await rep.patch(`/quotes/${a.id}`, { validUntil: '2026-01-01' })).json().errors[0].code,
    ).toBe('validity_before_date');
    // A draft cannot be revised: it is edited in place.
    expect((await rep.post(`/quotes/${a.id}/revisions`)).statusCode).toBe(409);
    const sent = await rep.post(`/quotes/${a.id}/send`);
    expect(sent.statusCode).toBe(200);
    expect(sent.json()).toMatchObject({ status: 'sent', hasSentPdf: true });
    const frozen = await rep.patch(`/quotes/${a.id}`, { notes: 'changed' });
    expect(frozen.statusCode).toBe(409);
    expect(frozen.json().errors[0]).toMatchObject({
      code: 'quote_status',
      params: { status: 'sent' },
    });
    expect((await rep.post(`/quotes/${a.id}/send`)).statusCode).toBe(409);

    const b = await rep.post(`/quotes/${a.id}/revisions`);
    expect(b.statusCode).toBe(201);
    expect(b.json()).toMatchObject({
      number: a.number,
      revision: 'B',
      status: 'draft',
      totalMinor: 30_000,
    });
    expect(b.json().revisions.map((r: { revision: string }) => r.revision)).toEqual(['A', 'B']);
    // Only the latest revision is revised, and only once while its copy is a draft.
    expect((await rep.post(`/quotes/${a.id}/revisions`)).json().errors[0].code).toBe(
      'quote_latest_revision',
    );
    expect((await rep.post(`/quotes/${b.json().id}/revisions`)).json().errors[0].code).toBe(
      'quote_revision_open',
    );
    await rep.patch(`/quotes/${b.json().id}`, {
      lines: [{ description: 'Pump', quantity: 3, unitPriceMinor: 9_500 }],
    });
    expect((await rep.post(`/quotes/${b.json().id}/send`)).statusCode).toBe(200);
    const old = (await rep.get(`/quotes/${a.id}`)).json();
    expect(old.status).toBe('superseded');
    expect((await rep.post(`/quotes/${a.id}/accept`)).statusCode).toBe(409);
    const audit = await ctx.db
      .selectFrom('audit_log')
      .select(['action', 'changes'])
      .where('workspace_id', '=', org.ws.id)
      .where('entity_type', '=', 'quote')
      .where('entity_id', '=', a.id)
      .execute();
    expect(audit.map((r) => r.action)).toEqual(['create', 'update', 'update', 'update']);
  });

  it('turns an accepted quote into an order in one step and refuses a second decision', async () => {
    const c = await ctx.newCustomer(org.eastRep, { name: 'Accept Co', country: 'JP' });
    const rep = ctx.client(org.eastRep);
    const q = (
      await rep.post(
        '/quotes',
        quoteBody(c.id, {
          currency: 'JPY',
          lines: [{ description: 'Valve', quantity: 2.5, unitPriceMinor: 333 }],
        }),
      )
    ).json();
    expect(q.totalMinor).toBe(833);
    // A draft cannot be accepted.
    expect((await rep.post(`/quotes/${q.id}/accept`)).statusCode).toBe(409);
    await rep.post(`/quotes/${q.id}/send`);
    const accepted = await rep.post(`/quotes/${q.id}/accept`);
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({
      customerId: c.id,
      number: q.number,
      amountMinor: 833,
      currency: 'JPY',
      status: 'open',
    });
    const after = (await rep.get(`/quotes/${q.id}`)).json();
    expect(after).toMatchObject({ status: 'accepted', orderId: accepted.json().id });
    const orders = (await rep.get(`/customers/${c.id}/orders`)).json();
    expect(orders.items.map((o: { id: string }) => o.id)).toEqual([accepted.json().id]);
    expect((await rep.post(`/quotes/${q.id}/accept`)).statusCode).toBe(409);
    expect((await rep.post(`/quotes/${q.id}/decline`)).statusCode).toBe(409);
  });

  it('keeps no order or status change when the order cannot be made', async () => {
    const c = await ctx.newCustomer(org.eastRep, { name: 'Taken number Ltd', country: 'GB' });
    const rep = ctx.client(org.eastRep);
    const q = (
      await rep.post(
        '/quotes',
        quoteBody(c.id, { quoteDate: '2031-05-05', validUntil: '2031-06-05' }),
      )
    ).json();
    await rep.post(`/quotes/${q.id}/send`);
    // An order already carries the quote's number: the acceptance is refused whole.
    await rep.post('/orders', {
      customerId: c.id,
      number: q.number,
      orderDate: '2031-05-06',
      amountMinor: 1,
      currency: 'CNY',
    });
    const orders = await count('orders');
    const res = await rep.post(`/quotes/${q.id}/accept`);
    expect(res.statusCode).toBe(409);
    expect(await count('orders')).toBe(orders);
    expect((await rep.get(`/quotes/${q.id}`)).json().status).toBe('sent');
    expect((await rep.post(`/quotes/${q.id}/decline`)).json().status).toBe('declined');
  });

  it('follows the customer’s scope on every route (404 and empty lists)', async () => {
    const theirs = await ctx.newCustomer(org.westRep, { name: 'West Only Inc', country: 'US' });
    const q = (await ctx.client(org.westRep).post('/quotes', quoteBody(theirs.id))).json();
    const east = ctx.client(org.eastRep);
    expect((await east.post('/quotes', quoteBody(theirs.id))).json().errors[0]).toMatchObject({
      path: '/customerId',
      code: 'not_in_scope',
    });
    for (const res of [
      await east.get(`/quotes/${q.id}`),
      await east.patch(`/quotes/${q.id}`, { notes: 'x' }),
      await east.post(`/quotes/${q.id}/send`),
      await east.post(`/quotes/${q.id}/revisions`),
      await east.post(`/quotes/${q.id}/accept`),
      await east.post(`/quotes/${q.id}/decline`),
      await east.get(`/quotes/${q.id}/pdf`),
    ])
      expect(res.statusCode).toBe(404);
    expect((await east.get(`/quotes?customerId=${theirs.id}`)).json().items).toEqual([]);
    const mine = (await east.get('/quotes?limit=200'))
      .json()
      .items.map((i: { id: string }) => i.id);
    expect(mine).not.toContain(q.id);
    expect((await ctx.client(org.westManager).get(`/quotes/${q.id}`)).statusCode).toBe(200);
    expect((await ctx.client(org.eastManager).get(`/quotes/${q.id}`)).statusCode).toBe(404);
    expect((await ctx.client(org.admin).get(`/quotes/${q.id}`)).statusCode).toBe(200);
    expect((await ctx.client().get(`/quotes/${q.id}`)).statusCode).toBe(401);
  });

  it('keeps settings for admins: patterns need the running number', async () => {
    const settings = {
      quotePattern: 'BJ-Q{yy}{mm}-{seq}',
      proformaPattern: 'BJ-PI{yy}-{seq}',
      letterhead: 'No. 8 Jianguo Road, Beijing',
      bankDetails: 'Bank of China, SWIFT BKCHCNBJ',
    };
    expect((await ctx.client(org.eastRep).put('/quote-settings', settings)).statusCode).toBe(403);
    expect(
      (
        await ctx
          .client(org.admin)
          .put('/quote-settings', { ...settings, quotePattern: 'Q-{yyyy}' })
      ).json().errors[0],
    ).toMatchObject({ path: '/quotePattern', code: 'quote_pattern' });
    expect((await ctx.client(org.admin).put('/quote-settings', settings)).statusCode).toBe(200);
    const c = await ctx.newCustomer(org.eastRep, { name: 'Pattern Pte Ltd', country: 'SG' });
    const q = (
      await ctx
        .client(org.eastRep)
        .post('/quotes', quoteBody(c.id, { quoteDate: '2026-07-01', validUntil: '2026-07-31' }))
    ).json();
    expect(q.number).toBe('BJ-Q2607-0001');
    expect((await ctx.client(org.eastRep).get('/quote-settings')).json()).toEqual(settings);
  });

  it('expires at the end of the validity date in the customer’s zone, on read and by the job', async () => {
    const rep = ctx.client(org.eastRep);
    const riyadh = await ctx.newCustomer(org.eastRep, { name: 'Al Jazeera Steel', country: 'SA' });
    const saoPaulo = await ctx.newCustomer(org.eastRep, {
      name: 'Agro Paulista',
      country: 'BR',
      region: 'SP',
    });
    const body = { quoteDate: '2026-03-05', validUntil: '2026-03-31' };
    const sa = (await rep.post('/quotes', quoteBody(riyadh.id, body))).json();
    const br = (await rep.post('/quotes', quoteBody(saoPaulo.id, body))).json();
    await rep.post(`/quotes/${sa.id}/send`);
    const sent = (await rep.post(`/quotes/${br.id}/send`)).json();
    // Midnight after 31 March: 21:00 UTC in Riyadh (UTC+3), 03:00 UTC next day in São Paulo (UTC−3).
    expect(sent.expiresAt).toBe('2026-04-01T03:00:00.000Z');
    clock = new Date('2026-03-31T22:00:00Z');
    expect((await rep.get(`/quotes/${sa.id}`)).json().status).toBe('expired');
    expect((await rep.get(`/quotes/${br.id}`)).json().status).toBe('sent');
    const expiredIds = (await rep.get('/quotes?status=expired&limit=200'))
      .json()
      .items.map((i: { id: string }) => i.id);
    expect(expiredIds).toContain(sa.id);
    expect(expiredIds).not.toContain(br.id);
    const refused = await rep.post(`/quotes/${sa.id}/accept`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().errors[0]).toMatchObject({
      code: 'quote_expired',
      params: { date: '2026-03-31' },
    });
    expect((await rep.post(`/quotes/${br.id}/accept`)).statusCode).toBe(200);
    // The hourly job writes what readers already saw, once, audited.
    expect(await ctx.services.quoteFlow.expireDue()).toBeGreaterThanOrEqual(1);
    const row = await ctx.db
      .selectFrom('quotes')
      .select(['status', 'closed_at'])
      .where('id', '=', sa.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'expired', closed_at: '2026-03-31T21:00:00.000Z' });
    expect(await ctx.services.quoteFlow.expireDue()).toBe(0);
    // An expired quote can be revised into a new draft.
    const b = await rep.post(`/quotes/${sa.id}/revisions`);
    expect(b.json()).toMatchObject({
      revision: 'B',
      status: 'draft',
      quoteDate: '2026-03-31',
      validUntil: '2026-04-26',
    });
    clock = new Date('2026-03-05T09:00:00Z');
  });
});
