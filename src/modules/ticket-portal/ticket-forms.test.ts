import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';

describe.each(testDialects())('public ticket forms on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  let postUrl: string;
  let formId: string;
  let known: { id: string };
  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
    known = await ctx.newCustomer(org.eastRep, {
      name: 'Mueller Maschinenbau',
      country: 'DE',
      domain: 'mueller-maschinenbau.de',
    });
    await ctx.newContact(org.eastRep, known.id, {
      firstName: 'Anna',
      emails: ['anna@mueller-maschinenbau.de'],
      preferredLanguage: 'de',
    });
    const res = await ctx.client(org.admin).post('/ticket-forms', {
      key: 'support',
      name: 'Support',
      allowedOrigins: ['https://www.export-co.example'],
      defaultType: 'defect',
      defaultPriority: 'high',
      ownerId: org.eastRep.user.id,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ key: 'support', enabled: true });
    postUrl = res.json().postUrl;
    formId = res.json().id;
    expect(postUrl).toBe(`/api/v1/public/ticket-forms/${org.ws.id}/support`);
  });
  afterAll(() => ctx.close());

  const submit = (body: Record<string, unknown>, headers: Record<string, string> = {}) =>
    ctx.app.inject({ method: 'POST', url: postUrl, payload: body, headers: { ...headers } });
  const count = async (table: 'tickets' | 'customers' | 'contacts') =>
    Number(
      (
        await ctx.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const sender = {
    name: 'Lucía Fernández',
    email: 'lucia@ferreteria-sur.es',
    company: 'Ferretería Sur',
    subject: 'La bomba pierde agua',
    description: 'Desde ayer la bomba pierde agua por el sello.',
    language: 'es',
  };

  it('speaks the language asked for, else the browser’s', async () => {
    const get = (q: string, headers: Record<string, string> = {}) =>
      ctx.app.inject({ method: 'GET', url: `${postUrl}${q}`, headers });
    const es = (await get('?lang=es-AR')).json();
    expect(es).toMatchObject({ language: 'es', dir: 'ltr', name: 'Support' });
    expect(es.labels.submit).toBe('Enviar solicitud');
    expect(es.languages).toHaveLength(12);
    expect((await get('', { 'accept-language': 'ar-SA,ar;q=0.9' })).json()).toMatchObject({
      language: 'ar',
      dir: 'rtl',
    });
    expect((await get('', { 'accept-language': 'nl' })).json().language).toBe('en');
  });

  it('creates a lead, its contact and a web ticket, and answers the portal link', async () => {
    const res = await submit(sender, { origin: 'https://www.export-co.example' });
    expect(res.statusCode).toBe(201);
    expect(res.headers['access-control-allow-origin']).toBe('https://www.export-co.example');
    const { number, portalUrl } = res.json();
    expect(number).toMatch(/^T-\d{6}$/);
    const page = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/public/tickets/${portalUrl.split('/').pop()}`,
    });
    expect(page.json()).toMatchObject({
      language: 'es',
      subject: sender.subject,
      status: 'received',
    });
    expect(page.json().messages[0]).toMatchObject({ from: 'customer', body: sender.description });
    const [lead] = (await ctx.client(org.eastRep).get('/customers?country=ES')).json().items;
    expect(lead).toMatchObject({
      name: 'Ferretería Sur',
      stage: 'lead',
      ownerId: org.eastRep.user.id,
    });
    const contacts = (await ctx.client(org.eastRep).get(`/customers/${lead.id}/contacts`)).json()
      .items;
    expect(contacts[0]).toMatchObject({ preferredLanguage: 'es', emails: [sender.email] });
    const tickets = (await ctx.client(org.eastRep).get(`/tickets?customerId=${lead.id}`)).json()
      .items;
    expect(tickets[0]).toMatchObject({
      channel: 'web',
      type: 'defect',
      priority: 'high',
      contactId: contacts[0].id,
    });
  });

  it('matches the contact by email, else the customer by domain', async () => {
    const before = await count('customers');
    const byEmail = await submit({
      ...sender,
      name: 'Anna',
      email: 'ANNA@mueller-maschinenbau.de',
      language: undefined,
    });
    expect(byEmail.statusCode).toBe(201);
    const byDomain = await submit({
      ...sender,
      name: 'Jens Koch',
      email: 'jens@mueller-maschinenbau.de',
    });
    expect(byDomain.statusCode).toBe(201);
    expect(await count('customers')).toBe(before);
    const list = (
      await ctx.client(org.eastRep).get(`/tickets?customerId=${known.id}&sort=created`)
    ).json().items;
    expect(list).toHaveLength(2);
    expect(list[1].contactId).not.toBeNull();
    expect(list[0].contactId).toBeNull();
    expect(list[0].description).toContain('Jens Koch <jens@mueller-maschinenbau.de>');
    // Anna prefers German: her portal speaks it without being asked.
    const anna = byEmail.json().portalUrl.split('/').pop();
    const page = await ctx.app.inject({ method: 'GET', url: `/api/v1/public/tickets/${anna}` });
    expect(page.json().language).toBe('de');
  });

  it('refuses bad input with field paths and writes nothing', async () => {
    const before = await Promise.all([count('tickets'), count('customers'), count('contacts')]);
    const cases: [Record<string, unknown>, string][] = [
      [{ ...sender, email: 'nope' }, '/email'],
      [{ ...sender, subject: '' }, '/subject'],
      [{ ...sender, description: 'x'.repeat(10_001) }, '/description'],
      [{ ...sender, email: 'x@example.com', language: undefined, country: 'Atlantis' }, '/country'],
      [{ ...sender, email: 'x@example.com', language: undefined }, '/country'],
      [{ ...sender, secret: 1 }, '/secret'],
    ];
    for (const [body, path] of cases) {
      const res = await submit(body);
      expect(res.statusCode, path).toBe(400);
      expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    }
    expect(await Promise.all([count('tickets'), count('customers'), count('contacts')])).toEqual(
      before,
    );
  });

  it('thanks robots without creating anything, refuses foreign origins and floods', async () => {
    const before = await Promise.all([count('tickets'), count('customers')]);
    const bot = await submit({ ...sender, email: 'bot@spam.example', website_url: 'http://x' });
    expect(bot.statusCode).toBe(201);
    expect(bot.json()).toMatchObject({ received: true });
    const fake = bot.json().portalUrl.split('/').pop();
    expect(
      (await ctx.app.inject({ method: 'GET', url: `/api/v1/public/tickets/${fake}` })).statusCode,
    ).toBe(404);
    expect(await Promise.all([count('tickets'), count('customers')])).toEqual(before);

    const foreign = await submit(sender, { origin: 'https://evil.example' });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = (origin: string) =>
      ctx.app.inject({
        method: 'OPTIONS',
        url: postUrl,
        headers: { origin, 'access-control-request-method': 'POST' },
      });
    expect((await preflight('https://www.export-co.example')).statusCode).toBe(204);
    expect((await preflight('https://evil.example')).statusCode).toBe(403);
    expect(await Promise.all([count('tickets'), count('customers')])).toEqual(before);

    let last = 0;
    for (let i = 0; i < 11; i++) last = (await submit({ ...sender, website_url: 'x' })).statusCode;
    expect(last).toBe(429);
  });

  it('is managed by admins only; a disabled or deleted form stops answering', async () => {
    for (const actor of [org.eastRep, org.eastManager]) {
      const c = ctx.client(actor);
      expect((await c.get('/ticket-forms')).statusCode).toBe(403);
      expect((await c.post('/ticket-forms', { key: 'mine', name: 'Mine' })).statusCode).toBe(403);
      expect((await c.patch(`/ticket-forms/${formId}`, { enabled: false })).statusCode).toBe(403);
      expect((await c.delete(`/ticket-forms/${formId}`)).statusCode).toBe(403);
    }
    const admin = ctx.client(org.admin);
    const dup = await admin.post('/ticket-forms', { key: 'support', name: 'Again' });
    expect(dup.json().errors[0]).toMatchObject({ path: '/key', code: 'taken' });
    const bad = await admin.post('/ticket-forms', {
      key: 'Bad Key',
      name: 'x',
      allowedOrigins: ['www.example.com/contact'],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('/key');
    const origin = await admin.post('/ticket-forms', {
      key: 'expo',
      name: 'Expo',
      allowedOrigins: ['www.example.com/contact'],
    });
    expect(origin.json().errors[0].path).toBe('/allowedOrigins/0');
    expect((await admin.get('/ticket-forms')).json().items).toHaveLength(1);

    expect((await admin.patch(`/ticket-forms/${formId}`, { enabled: false })).json().enabled).toBe(
      false,
    );
    expect((await ctx.app.inject({ method: 'GET', url: postUrl })).statusCode).toBe(404);
    expect((await admin.patch(`/ticket-forms/${formId}`, { enabled: true })).statusCode).toBe(200);
    expect((await ctx.app.inject({ method: 'GET', url: postUrl })).statusCode).toBe(200);
    expect((await admin.delete('/ticket-forms/nope')).statusCode).toBe(404);
    expect((await admin.delete(`/ticket-forms/${formId}`)).statusCode).toBe(204);
    expect((await ctx.app.inject({ method: 'GET', url: postUrl })).statusCode).toBe(404);
    expect((await submit(sender)).statusCode).toBe(404);
  });
});
