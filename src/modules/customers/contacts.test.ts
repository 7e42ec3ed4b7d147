import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';

describe.each(testDialects())('contacts API on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  let brazil: string;

  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
    brazil = (await ctx.newCustomer(org.eastRep, { name: 'Solaris Energia S.A.', country: 'BR' }))
      .id;
  });
  afterAll(() => ctx.close());

  it('stores phones as E.164 parsed against the customer country and shows them formatted', async () => {
    const res = await ctx.client(org.eastRep).post(`/customers/${brazil}/contacts`, {
      firstName: 'Mariana',
      lastName: 'Costa',
      title: 'Compradora',
      emails: ['Mariana.Costa@Solaris.com.br'],
      phones: ['11 91234-5678', '+55 (21) 98765-4321'],
      handles: { whatsapp: '+5511912345678' },
      preferredLanguage: 'pt-br',
      preferredChannel: 'whatsapp',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      customerId: brazil,
      emails: ['mariana.costa@solaris.com.br'],
      phones: [
        { e164: '+5511912345678', international: '+55 11 91234 5678' },
        { e164: '+5521987654321', international: '+55 21 98765 4321' },
      ],
      preferredLanguage: 'pt-BR',
      primary: true,
    });
    const listed = await ctx.client(org.eastRep).get(`/customers/${brazil}/contacts`);
    expect(listed.json().items).toHaveLength(1);
    const found = await ctx.client(org.eastRep).get('/customers?q=%2B5511912345678');
    expect(found.json().items.map((c: { id: string }) => c.id)).toEqual([brazil]);
  });

  it.each([
    [{ firstName: 'A', emails: ['not-an-email'] }, '/emails/0', 'valid email'],
    [{ firstName: 'A', phones: ['12345'] }, '/phones/0', 'BR'],
    [{ lastName: 'B' }, '/firstName', 'is required'],
    [{ firstName: 'A', handles: { icq: '1' } }, '/handles/icq', 'not a known field'],
    [{ firstName: 'A', preferredChannel: 'fax' }, '/preferredChannel', 'must be one of'],
    [{ firstName: 'A', preferredLanguage: 'xx_!!' }, '/preferredLanguage', 'BCP 47'],
  ])('rejects %j naming %s', async (body, path, message) => {
    const res = await ctx.client(org.eastRep).post(`/customers/${brazil}/contacts`, body);
    expect(res.statusCode).toBe(400);
    const error = res.json().errors.find((e: { path: string }) => e.path === path);
    expect(error?.message).toContain(message);
  });

  it('moves the primary flag and keeps one primary per customer', async () => {
    const second = await ctx
      .client(org.eastRep)
      .post(`/customers/${brazil}/contacts`, { firstName: 'Rafael', primary: true });
    expect(second.json().primary).toBe(true);
    const items = (await ctx.client(org.eastRep).get(`/customers/${brazil}/contacts`)).json().items;
    expect(items.filter((c: { primary: boolean }) => c.primary)).toHaveLength(1);
  });

  it('updates and deletes, and search follows the change', async () => {
    const c = (
      await ctx.client(org.eastRep).post(`/customers/${brazil}/contacts`, {
        firstName: 'Thiago',
        emails: ['thiago@old.com.br'],
      })
    ).json();
    const upd = await ctx
      .client(org.eastRep)
      .patch(`/contacts/${c.id}`, { emails: ['thiago@new.com.br'], phones: ['21 98765-0000'] });
    expect(upd.statusCode).toBe(200);
    expect(upd.json().phones[0].e164).toBe('+5521987650000');
    const search = async (q: string) =>
      (await ctx.client(org.eastRep).get(`/customers?q=${encodeURIComponent(q)}`)).json().items
        .length;
    expect(await search('thiago@old')).toBe(0);
    expect(await search('thiago@new')).toBe(1);
    expect(
      (await ctx.client(org.eastRep).patch(`/contacts/${c.id}`, { phones: ['1'] })).json().errors[0]
        .path,
    ).toBe('/phones/0');
    expect((await ctx.client(org.eastRep).delete(`/contacts/${c.id}`)).statusCode).toBe(204);
    expect((await ctx.client(org.eastRep).get(`/contacts/${c.id}`)).statusCode).toBe(404);
    expect(await search('thiago@new')).toBe(0);
  });

  it('contacts follow the access of their customer', async () => {
    const c = (
      await ctx.client(org.eastRep).post(`/customers/${brazil}/contacts`, { firstName: 'Camila' })
    ).json();
    for (const actor of [org.eastRep2, org.westRep, org.westManager]) {
      const api = ctx.client(actor);
      expect((await api.get(`/customers/${brazil}/contacts`)).statusCode).toBe(404);
      expect((await api.post(`/customers/${brazil}/contacts`, { firstName: 'X' })).statusCode).toBe(
        404,
      );
      expect((await api.get(`/contacts/${c.id}`)).statusCode).toBe(404);
      expect((await api.patch(`/contacts/${c.id}`, { title: 'x' })).statusCode).toBe(404);
      expect((await api.delete(`/contacts/${c.id}`)).statusCode).toBe(404);
    }
    expect((await ctx.client(org.eastManager).get(`/contacts/${c.id}`)).statusCode).toBe(200);
    expect(
      (await ctx.client(org.admin).patch(`/contacts/${c.id}`, { title: 'Diretora' })).statusCode,
    ).toBe(200);
    const anon = ctx.client();
    expect((await anon.get(`/contacts/${c.id}`)).statusCode).toBe(401);
    expect((await anon.post(`/customers/${brazil}/contacts`, { firstName: 'X' })).statusCode).toBe(
      401,
    );
    expect((await anon.patch(`/contacts/${c.id}`, {})).statusCode).toBe(401);
    expect((await anon.delete(`/contacts/${c.id}`)).statusCode).toBe(401);
  });

  it('contacts of a customer in the trash are hidden until it is restored', async () => {
    const customer = await ctx.newCustomer(org.eastRep, { name: 'Trash Co', country: 'DE' });
    const contact = await ctx.newContact(org.eastRep, customer.id, { firstName: 'Lena' });
    await ctx.client(org.eastRep).delete(`/customers/${customer.id}`);
    expect((await ctx.client(org.eastRep).get(`/contacts/${contact.id}`)).statusCode).toBe(404);
    await ctx.client(org.eastRep).post(`/customers/${customer.id}/restore`);
    expect((await ctx.client(org.eastRep).get(`/contacts/${contact.id}`)).statusCode).toBe(200);
  });
});
