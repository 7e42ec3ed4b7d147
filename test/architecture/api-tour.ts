import { DEMO_ADMIN, DEMO_PASSWORD } from '../../src/seed/demo.ts';
import type { Actor, TestContext } from '../support/context.ts';
import { TRADE_SHOW } from '../support/trade-show.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- a tour of many routes reads loose JSON */
type Json = any;

/**
 * A broad walk through the API as one actor: every list and detail read, and the writes of
 * every module (customers, contacts, activities, follow-ups, orders, segments, duplicates and
 * merges). Answers other than 2xx are collected, not thrown: a rep's 403 on the audit log is
 * expected, and the queries sent on the way still count.
 */
export async function tour(ctx: TestContext, a: Actor, failures: string[]): Promise<void> {
  const call = async (method: string, url: string, body?: object): Promise<Json> => {
    const client = ctx.client(a) as unknown as Record<
      string,
      (u: string, b?: object) => Promise<Json>
    >;
    const res = await client[method]!(url, body);
    if (res.statusCode >= 400 && res.statusCode !== 403)
      failures.push(`${method} ${url} → ${res.statusCode} ${res.body.slice(0, 160)}`);
    const json = res.statusCode < 300 && res.statusCode !== 204 && !url.endsWith('.csv');
    return json ? res.json() : undefined;
  };
  for (const url of [
    '/me',
    '/workspace',
    '/users',
    '/teams',
    '/customers',
    '/customers?q=gmbh',
    '/customers?q=张',
    '/follow-ups',
    '/inbox',
    '/activities',
    '/orders',
    '/segments',
    '/segments/fields',
    '/duplicates',
    '/lead-forms',
    '/custom-fields',
    '/cadence-policies',
    '/exchange-rates',
    '/value/summary',
    '/dashboard/upcoming-holidays',
    '/audit-log',
    '/imports',
    '/me/tokens',
    '/calendar/day?country=DE&date=2026-12-24',
    '/calendar/next-business-day?country=CN&from=2026-02-16',
    '/countries/DE',
    '/countries/DE/holidays',
    '/automations',
    '/pool',
    '/pool/settings',
    '/tenders',
    '/tenders/analysis',
    '/tender-reasons',
  ])
    await call('get', url);
  // The demo's automation rules and their run logs (admin; others get 403).
  const rules = await call('get', '/automations');
  for (const r of rules?.items ?? []) await call('get', `/automations/${r.id}/runs`);
  const site = `https://tour-${Math.random().toString(36).slice(2)}.example`;
  const customer = await call('post', '/customers', {
    name: 'Tour GmbH',
    country: 'DE',
    website: site,
    tags: ['fair'],
  });
  const id = customer.id as string;
  for (const sub of ['', '/contacts', '/health', '/orders', '/contact-windows'])
    await call('get', `/customers/${id}${sub}`);
  await call('patch', `/customers/${id}`, { stage: 'prospect', city: 'Hamburg' });
  const contact = await call('post', `/customers/${id}/contacts`, {
    firstName: 'Anna',
    emails: [`anna@${new URL(site).host}`],
  });
  await call('patch', `/contacts/${contact.id}`, { title: 'Buyer' });
  await call('post', '/activities', {
    customerId: id,
    contactId: contact.id,
    type: 'call',
    direction: 'outbound',
    occurredAt: new Date().toISOString(),
    summary: 'Called',
  });
  const followUp = await call('post', '/follow-ups', {
    customerId: id,
    dueDate: '2026-12-01',
    note: 'Send offer',
  });
  await call('patch', `/follow-ups/${followUp.id}`, { status: 'done' });
  const order = await call('post', '/orders', {
    customerId: id,
    number: `T-${Math.random()}`,
    orderDate: '2026-11-01',
    amountMinor: 120000,
    currency: 'EUR',
  });
  await call('patch', `/orders/${order.id}`, { status: 'paid', paidDate: '2026-11-20' });
  const reasons = await call('get', '/tender-reasons');
  const tender = await call('post', '/tenders', {
    customerId: id,
    reference: `TOUR-${Math.random()}`,
    title: 'Tour tender',
    submissionDeadline: '2030-10-08T17:00',
    clarificationDeadline: '2030-09-30T17:00',
    competitors: [{ name: 'Tour rival', localPresence: true }],
  });
  await call('get', `/tenders/${tender.id}`);
  await call('patch', `/tenders/${tender.id}`, {
    result: 'lost',
    reasonIds: [reasons.items[0].id],
    competitors: [{ name: 'Tour rival', localPresence: true, awarded: true }],
  });
  await call('get', `/tenders?customerId=${id}&status=decided`);
  await call('get', '/tenders/analysis?country=DE');
  const filter = { match: 'all', conditions: [{ field: 'country', op: 'is', value: 'DE' }] };
  await call('post', '/segments/preview', { filter });
  const segment = await call('post', '/segments', { name: `DE ${Math.random()}`, filter });
  await call('get', `/segments/${segment.id}/customers`);
  await call('get', `/segments/${segment.id}/export.csv`);
  const twin = await call('post', '/customers', {
    name: 'Tour GmbH',
    country: 'DE',
    website: site,
  });
  await call('get', '/duplicates');
  const merged = await call('post', '/duplicates/merge', { keepId: id, mergeId: twin.id });
  if (merged?.mergeId) await call('post', `/merges/${merged.mergeId}/undo`);
  await call('post', '/duplicates/dismiss', { aId: id, bId: twin.id });
  await call('delete', `/customers/${twin.id}`);
  await call('post', `/customers/${twin.id}/restore`);
  // The shared pool: the twin goes back to it and is claimed again (past the look-alike check).
  await call('post', `/customers/${twin.id}/release`, { note: 'tour' });
  await call('post', `/pool/${twin.id}/claim`, { force: true });
  // The catalogue: admins and managers write it (a rep's 403s are expected); everyone prices.
  await call('get', '/products?q=pump&active=true');
  await call('get', '/price-lists');
  await call('get', '/custom-fields?entity=product');
  const product =
    (await call('post', '/products', {
      sku: `TOUR-${Math.random()}`,
      names: { en: 'Tour pump', zh: '巡检泵' },
      unit: 'pcs',
      hsCode: '841370',
    })) ?? (await call('get', '/products'))?.items?.[0];
  const prices = product && [
    { productId: product.id, breaks: [{ minQuantity: 1, unitPriceMinor: 990 }] },
  ];
  const list = await call('post', '/price-lists', {
    name: `Tour ${Math.random()}`,
    currency: 'EUR',
    validFrom: '2026-01-01',
    segmentId: segment.id,
    items: prices ?? [],
  });
  if (product) {
    await call('patch', `/products/${product.id}`, { moq: 5 });
    await call('get', `/products/${product.id}/price?customerId=${id}&quantity=5&date=2026-06-01`);
  }
  if (list) {
    await call('get', `/price-lists/${list.id}/items?q=tour`);
    await call('post', `/price-lists/${list.id}/items`, { items: prices });
  }
  if (a.scope?.role !== 'admin') return;
  // Admin-only writes: people, settings, forms, imports.
  const team = await call('post', '/teams', { name: `Tour ${Math.random()}` });
  const user = await call('post', '/users', {
    email: `tour${Math.random()}@example.test`,
    name: 'Tour',
    role: 'rep',
    password: 'tour-password-long-enough',
    teamIds: [team.id],
  });
  await call('patch', `/users/${user.id}`, { role: 'manager' });
  await call('patch', `/teams/${team.id}`, { memberIds: [] });
  await call('put', '/exchange-rates', {
    reportingCurrency: 'USD',
    items: [{ currency: 'EUR', validFrom: '2026-01-01', rate: '1.10' }],
  });
  await call('put', `/customers/${id}/tier`, { tier: 'A', locked: true });
  const reason = await call('post', '/tender-reasons', {
    nameEn: `Tour ${Math.random()}`,
    nameZh: '巡查',
  });
  await call('patch', `/tender-reasons/${reason.id}`, { active: false });
  await call('put', '/countries/DE/settings', { notes: 'Tour' });
  await call('put', '/pool/settings', {
    enabled: true,
    stages: ['lead', 'prospect'],
    idleDays: 20,
    warningDays: 3,
    claimLimit: 50,
  });
  const form = await call('post', '/lead-forms', { name: `Tour ${Math.random()}` });
  await ctx.app.inject({
    method: 'POST',
    url: form.postUrl,
    payload: { company: 'Lead GmbH', country: 'DE', name: 'Lea', email: 'lea@lead.example' },
  });
  const job = await ctx.upload(
    a,
    '/imports',
    { name: 'fair.csv', content: TRADE_SHOW },
    { entity: 'customers', source: 'trade show' },
  );
  await ctx.imports.wait(job.json().id);
  const catalogue = await ctx.upload(
    a,
    '/imports',
    { name: 'catalogue.csv', content: '型号,品名,单位,单价\nTOUR-CSV,巡检阀,个,12.50\n' },
    { entity: 'products', priceListId: list.id },
  );
  await ctx.imports.wait(catalogue.json().id);
}

/** A cookie sign-in to the demo workspace, a read, and a sign-out: the session queries. */
export async function signInAndOut(ctx: TestContext): Promise<void> {
  const login = await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email: DEMO_ADMIN, password: DEMO_PASSWORD },
  });
  const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const headers = { cookie, 'x-csrf-token': login.json().csrfToken };
  await ctx.app.inject({ method: 'GET', url: '/api/v1/me', headers });
  await ctx.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers });
}
