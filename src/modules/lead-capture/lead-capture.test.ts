import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';

describe.each(testDialects())('lead capture on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  let postUrl: string;
  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
    const res = await ctx.client(org.eastManager).post('/lead-forms', {
      name: 'Contact page',
      ownerId: org.eastRep.user.id,
      allowedOrigins: ['https://www.export-co.example'],
    });
    expect(res.statusCode).toBe(201);
    postUrl = res.json().postUrl;
    expect(res.json().source).toBe('web form: Contact page');
  });
  afterAll(() => ctx.close());

  const submit = (body: Record<string, unknown>, headers: Record<string, string> = {}) =>
    ctx.app.inject({ method: 'POST', url: postUrl, payload: body, headers });
  const lead = {
    company: 'Ferragens Silva Ltda',
    country: 'Brasil',
    name: 'João Silva',
    email: 'joao@ferragens-silva.com.br',
    phone: '11 91234-5678',
    message: 'Price list for hinges, please',
  };

  it('turns a submission into a lead owned by the form’s owner, with the message on its timeline', async () => {
    const res = await submit(lead, { origin: 'https://www.export-co.example' });
    expect(res.statusCode).toBe(202);
    expect(res.headers['access-control-allow-origin']).toBe('https://www.export-co.example');
    expect(res.json()).toEqual({ received: true });
    const [c] = (await ctx.client(org.eastRep).get('/customers?country=BR')).json().items;
    expect(c).toMatchObject({
      name: 'Ferragens Silva Ltda',
      stage: 'lead',
      source: 'web form: Contact page',
      domain: 'ferragens-silva.com.br',
      ownerId: org.eastRep.user.id,
    });
    const contacts = (await ctx.client(org.eastRep).get(`/customers/${c.id}/contacts`)).json()
      .items;
    expect(contacts[0]).toMatchObject({ firstName: 'João', phones: [{ e164: '+5511912345678' }] });
    const timeline = (await ctx.client(org.eastRep).get(`/activities?customerId=${c.id}`)).json()
      .items;
    expect(timeline[0]).toMatchObject({
      type: 'message',
      direction: 'inbound',
      source: 'web_form',
      flags: [],
    });
    expect(timeline[0].summary).toContain('Price list for hinges');

    // The same company again (same domain): no second customer, the message joins its timeline.
    // The answer is the same as for a new company: the form tells a visitor nothing.
    const again = await submit({
      ...lead,
      name: 'Maria',
      email: 'maria@ferragens-silva.com.br',
      message: 'Our bank account has changed: please wire the deposit to the new IBAN',
    });
    expect(again.json()).toEqual({ received: true });
    expect((await ctx.client(org.eastRep).get('/customers?country=BR')).json().items).toHaveLength(
      1,
    );
    // Anyone can type into a public form: the entry stays unverified web input and payment talk
    // is flagged for the rep, never shown as the customer's own instruction.
    const latest = (await ctx.client(org.eastRep).get(`/activities?customerId=${c.id}`)).json()
      .items[0];
    expect(latest).toMatchObject({
      source: 'web_form',
      flags: ['bank_details', 'payment_request'],
    });
    // What a user logs themselves is theirs, and never flagged.
    const own = await ctx.client(org.eastRep).post('/activities', {
      customerId: c.id,
      type: 'note',
      direction: 'outbound',
      occurredAt: new Date().toISOString(),
      summary: 'Called Maria on the number on file: the bank account did NOT change',
    });
    expect(own.json().activity).toMatchObject({ source: 'user', flags: [] });
  });

  it('ignores robots, refuses foreign origins, bad input and floods', async () => {
    const before = (await ctx.client(org.admin).get('/customers')).json().items.length;
    const bot = await submit({ ...lead, company: 'Spam Inc', website_url: 'http://spam.example' });
    expect(bot.statusCode).toBe(202);
    expect((await ctx.client(org.admin).get('/customers')).json().items).toHaveLength(before);
    const foreign = await submit(lead, { origin: 'https://evil.example' });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await ctx.app.inject({
      method: 'OPTIONS',
      url: postUrl,
      headers: { origin: 'https://www.export-co.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.statusCode).toBe(204);
    const bad = await submit({ ...lead, country: 'Atlantis' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({ path: '/country' });
    expect((await submit({ ...lead, email: 'nope' })).json().errors[0].path).toBe('/email');
    expect(
      (await ctx.app.inject({ method: 'POST', url: `${postUrl}x`, payload: lead })).statusCode,
    ).toBe(404);
    let last = 0;
    for (let i = 0; i < 20; i++) last = (await submit({ ...lead, website_url: 'x' })).statusCode;
    expect(last).toBe(429);
    // Reps do not manage forms; origins must be origins; a deleted form stops answering.
    expect((await ctx.client(org.eastRep).get('/lead-forms')).statusCode).toBe(403);
    expect((await ctx.client(org.eastRep).post('/lead-forms', { name: 'Mine' })).statusCode).toBe(
      403,
    );
    const badOrigin = await ctx
      .client(org.admin)
      .post('/lead-forms', { name: 'Expo', allowedOrigins: ['www.example.com/contact'] });
    expect(badOrigin.json().errors[0].path).toBe('/allowedOrigins/0');
    const forms = (await ctx.client(org.admin).get('/lead-forms')).json().items;
    expect((await ctx.client(org.eastRep).delete(`/lead-forms/${forms[0].id}`)).statusCode).toBe(
      403,
    );
    expect((await ctx.client(org.admin).delete('/lead-forms/nope')).statusCode).toBe(404);
    expect((await ctx.client(org.admin).delete(`/lead-forms/${forms[0].id}`)).statusCode).toBe(204);
    expect((await submit(lead)).statusCode).toBe(404);
  });
});
