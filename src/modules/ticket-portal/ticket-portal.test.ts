import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';

describe.each(testDialects())('customer portal links on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  let ticketId: string;
  let url: string;
  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
    const customer = await ctx.newCustomer(org.eastRep, {
      name: 'Ferretería López',
      country: 'MX',
    });
    const contact = await ctx.newContact(org.eastRep, customer.id, {
      firstName: 'Ana',
      emails: ['ana@ferreteria-lopez.mx'],
    });
    const t = await ctx.client(org.eastRep).post('/tickets', {
      customerId: customer.id,
      contactId: contact.id,
      subject: 'Bisagras oxidadas',
      description: 'Called: SECRET-DESCRIPTION of a phone ticket',
      channel: 'phone',
      type: 'complaint',
    });
    expect(t.statusCode).toBe(201);
    ticketId = t.json().id;
    const rep = ctx.client(org.eastRep);
    await rep.post(`/tickets/${ticketId}/comments`, {
      body: 'SECRET-NOTE margin is thin',
      public: false,
    });
    await rep.post(`/tickets/${ticketId}/comments`, {
      body: 'Le enviamos bisagras nuevas.',
      public: true,
    });
    const link = await rep.post(`/tickets/${ticketId}/portal-link`);
    expect(link.statusCode).toBe(201);
    url = link.json().url;
    expect(url).toMatch(/^\/portal\/tickets\/.+\..{32}$/);
  });
  afterAll(() => ctx.close());

  const token = () => url.split('/').pop()!;
  const view = (t = token(), q = '') =>
    ctx.app.inject({ method: 'GET', url: `/api/v1/public/tickets/${t}${q}` });
  const reply = (body: Record<string, unknown>, t = token()) =>
    ctx.app.inject({ method: 'POST', url: `/api/v1/public/tickets/${t}/replies`, payload: body });
  const count = async (table: 'ticket_comments' | 'ticket_portal_links') =>
    Number(
      (
        await ctx.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('shows public replies in the customer’s language and nothing internal', async () => {
    const res = await view();
    expect(res.statusCode).toBe(200);
    const body = res.json();
    // Mexico speaks Spanish: the contact set no language, so the country's is used.
    expect(body).toMatchObject({
      language: 'es',
      dir: 'ltr',
      subject: 'Bisagras oxidadas',
      status: 'in_progress',
      canReply: true,
    });
    expect(body.labels.status).toBe('Estado');
    expect(body.messages).toEqual([
      expect.objectContaining({ from: 'support', body: 'Le enviamos bisagras nuevas.' }),
    ]);
    expect(res.body).not.toContain('SECRET-NOTE');
    expect(res.body).not.toContain('SECRET-DESCRIPTION');
    expect(res.body).not.toContain(org.eastRep.user.email);
    expect(res.body).not.toContain(org.eastRep.user.id);
    // The reader may ask for another language; Arabic is written right to left.
    const ar = (await view(token(), '?lang=ar')).json();
    expect(ar).toMatchObject({ language: 'ar', dir: 'rtl' });
    expect(ar.labels.status).toBe('الحالة');
    // Only the hash is stored.
    const row = await ctx.db
      .selectFrom('ticket_portal_links')
      .selectAll()
      .executeTakeFirstOrThrow();
    expect(row.token_hash).not.toContain(token().split('.')[1]);
  });

  it('takes a reply that reopens a solved ticket; refuses bad input and closed tickets', async () => {
    const rep = ctx.client(org.eastRep);
    expect((await rep.patch(`/tickets/${ticketId}`, { status: 'solved' })).statusCode).toBe(200);
    expect((await view()).json().status).toBe('solved');
    const before = await count('ticket_comments');
    for (const [bad, path] of [
      [{}, '/body'],
      [{ body: '' }, '/body'],
      [{ body: 'x'.repeat(5001) }, '/body'],
      [{ body: 'ok', extra: 1 }, '/extra'],
    ] as const) {
      const res = await reply(bad);
      expect(res.statusCode).toBe(400);
      expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    }
    expect((await reply({ body: '   ' })).json().errors[0].path).toBe('/body');
    expect(await count('ticket_comments')).toBe(before);

    const ok = await reply({ body: 'Siguen llegando oxidadas.' });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().status).toBe('in_progress');
    const staff = (await rep.get(`/tickets/${ticketId}`)).json();
    expect(staff.status).toBe('open');
    expect(staff.comments.at(-1)).toMatchObject({
      from: 'customer',
      public: true,
      body: 'Siguen llegando oxidadas.',
      authorId: null,
    });

    expect((await rep.patch(`/tickets/${ticketId}`, { status: 'closed' })).statusCode).toBe(200);
    const closed = await reply({ body: 'Hola?' });
    expect(closed.statusCode).toBe(409);
    expect(closed.json().errors[0]).toMatchObject({ path: '/status', code: 'ticket_closed' });
    expect((await view()).json()).toMatchObject({ status: 'closed', canReply: false });
    expect(await count('ticket_comments')).toBe(before + 1);
  });

  it('rotates and revokes links: old, revoked, unknown and malformed tokens are 404', async () => {
    const rep = ctx.client(org.eastRep);
    const old = token();
    url = (await rep.post(`/tickets/${ticketId}/portal-link`)).json().url;
    expect(await count('ticket_portal_links')).toBe(1);
    expect((await view(old)).statusCode).toBe(404);
    expect((await view()).statusCode).toBe(200);
    expect((await rep.get(`/tickets/${ticketId}/portal-link`)).json()).toMatchObject({
      active: true,
    });
    expect((await rep.delete(`/tickets/${ticketId}/portal-link`)).statusCode).toBe(204);
    expect((await view()).statusCode).toBe(404);
    expect((await reply({ body: 'hi' })).statusCode).toBe(404);
    expect((await rep.get(`/tickets/${ticketId}/portal-link`)).json()).toMatchObject({
      active: false,
    });
    const [ws, secret] = old.split('.');
    expect((await view(`${ws}.${'A'.repeat(32)}`)).statusCode).toBe(404);
    expect((await view(`nope.${secret}`)).statusCode).toBe(404);
    expect((await view('garbage')).statusCode).toBe(404);
  });

  it('lets only those who see the ticket manage its link', async () => {
    for (const actor of [org.westRep, org.westManager]) {
      const c = ctx.client(actor);
      expect((await c.post(`/tickets/${ticketId}/portal-link`)).statusCode).toBe(404);
      expect((await c.get(`/tickets/${ticketId}/portal-link`)).statusCode).toBe(404);
      expect((await c.delete(`/tickets/${ticketId}/portal-link`)).statusCode).toBe(404);
    }
    expect((await ctx.client().post(`/tickets/${ticketId}/portal-link`)).statusCode).toBe(401);
    expect(await count('ticket_portal_links')).toBe(0);
    expect(
      (await ctx.client(org.eastManager).post(`/tickets/${ticketId}/portal-link`)).statusCode,
    ).toBe(201);
  });

  it('limits replies per link and address', async () => {
    const customer = await ctx.newCustomer(org.eastRep, { country: 'DE' });
    const t = await ctx.client(org.eastRep).post('/tickets', {
      customerId: customer.id,
      subject: 'Flood',
      channel: 'email',
      type: 'question',
    });
    const link = (await ctx.client(org.eastRep).post(`/tickets/${t.json().id}/portal-link`)).json();
    const tk = link.url.split('/').pop();
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) statuses.push((await reply({ body: `m${i}` }, tk)).statusCode);
    expect(statuses.slice(0, 20).every((s) => s === 201)).toBe(true);
    expect(statuses[20]).toBe(429);
    const big = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/public/tickets/${tk}/replies`,
      payload: { body: 'x'.repeat(30_000) },
    });
    expect(big.statusCode).toBe(413);
  });
});
