import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { TestContext, type Actor } from '../../../test/support/context.ts';

/**
 * Without a search the list's page is written by the database as JSON text
 * (`customersRepository.listJson`). Each listed item must be exactly the customer's own read
 * (`GET /customers/{id}`, mapped by `toCustomerOut` and serialised from the schema), whatever
 * the fields hold: every field set and every field empty, tags in any script (including the
 * characters where the database's sort and JavaScript's differ), churned, scored and new health,
 * a locked tier, custom fields of every kind, and text that needs escaping.
 */
describe.each(testDialects())('customer list as JSON text on %s', (dialect) => {
  let ctx: TestContext;
  let admin: Actor;
  let rep: Actor;
  const ids: string[] = [];

  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    const ws = await ctx.newWorkspace();
    admin = await ctx.newUser(ws.id, 'admin');
    rep = await ctx.newUser(ws.id, 'rep');
    // A custom field of each kind for the customers to fill.
    for (const [key, type] of [
      ['po_number', 'text'],
      ['credit_days', 'number'],
    ] as const) {
      const res = await ctx.client(admin).post('/custom-fields', {
        entity: 'customer',
        key,
        label: key,
        type,
      });
      expect(res.statusCode, res.body).toBe(201);
    }
    const full = await ctx.newCustomer(rep, {
      name: 'Quote " back\\slash \u0001 tab\t Müller 山田 😀',
      nativeName: 'ミュラー（株）\u2028',
      country: 'DE',
      region: 'Bayern',
      city: 'München',
      website: 'https://mueller.example.de',
      domain: 'mueller.example.de',
      industry: 'Machinery',
      size: '51-200',
      languages: ['de', 'en'],
      timeZone: 'Europe/Berlin',
      currency: 'EUR',
      stage: 'customer',
      tier: 'A',
      // 😀 is outside the BMP: UTF-16 puts it before U+FF08, code point order after.
      tags: ['OEM', 'b', 'a', '（株）', '😀', 'Ärger', 'zoo', '山'],
      source: 'fair',
      customFields: { po_number: 'PO-7 "x"', credit_days: 30.5 },
      foundedOn: '1990-02-03',
      customerSince: '2020-01-01',
    });
    ids.push(full.id);
    ids.push((await ctx.newCustomer(rep, { name: 'Bare', country: 'JP' })).id);
    ids.push(
      (await ctx.newCustomer(rep, { name: 'Churned one', country: 'BR', stage: 'churned' })).id,
    );
    ids.push(
      (
        await ctx.newCustomer(rep, {
          name: 'Lead',
          country: 'SA',
          stage: 'lead',
          tags: ['𝔘', '\uffff', 'ｚ'],
          customFields: { credit_days: 0, po_number: null },
        })
      ).id,
    );
    const deleted = await ctx.newCustomer(admin, { name: 'In the trash', country: 'US' });
    // The derived columns other modules keep, written as they write them.
    const set = (id: string, patch: Record<string, unknown>) =>
      ctx.db
        .updateTable('customers')
        .set(patch)
        .where('workspace_id', '=', ws.id)
        .where('id', '=', id)
        .execute();
    await set(ids[0]!, {
      health_score: 72,
      lead_score: null,
      tier_locked: 1,
      rfm: '545',
      revenue_minor: 123_456_789_012,
      last_order_date: '2026-10-01',
      last_touch_at: '2026-11-30T10:00:00.000Z',
      time_zone_source: 'user',
    });
    await set(ids[2]!, { health_score: 15 }); // churned: no score shown
    await set(ids[3]!, { lead_score: 88, health_score: 0 });
    await set(deleted.id, { deleted_at: '2026-12-01T00:00:00.000Z' });
    ids.push(deleted.id);
  });
  afterAll(() => ctx.close());

  const pages = async (actor: Actor, query: string) => {
    const items: Record<string, unknown>[] = [];
    let cursor: string | null = null;
    do {
      const res = await ctx
        .client(actor)
        .get(`/customers?limit=2&${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
      const page = JSON.parse(res.body) as {
        items: Record<string, unknown>[];
        nextCursor: string | null;
      };
      expect(Object.keys(page).sort()).toEqual(['items', 'nextCursor']);
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return items;
  };

  it.each([
    ['', 4],
    ['sort=health', 4],
    ['sort=lead', 4],
    ['country=de&stage=customer&tier=A&tag=OEM', 1],
    ['healthBelow=50', 2],
    ['deleted=true', 1],
  ])('every item of "%s" is the customer’s own read', async (query, count) => {
    for (const actor of [admin, rep]) {
      const items = await pages(actor, query);
      expect(items.length).toBe(actor === rep && query === 'deleted=true' ? 0 : count);
      for (const item of items) {
        const own = await ctx
          .client(actor)
          .get(`/customers/${String(item.id)}?includeDeleted=true`);
        expect(own.statusCode).toBe(200);
        expect(item).toStrictEqual(JSON.parse(own.body));
      }
    }
  });

  it('covers the fields: every field of the full customer is set', async () => {
    const [item] = await pages(admin, 'tag=OEM');
    for (const [key, value] of Object.entries(item!))
      if (key !== 'deletedAt' && key !== 'leadScore' && key !== 'teamId')
        expect(value, key).not.toBeNull();
    expect(item!.tags).toEqual(['OEM', 'a', 'b', 'zoo', 'Ärger', '山', '😀', '（株）']);
    expect(item!.tierLocked).toBe(true);
    expect(item!.revenueMinor).toBe(123_456_789_012);
  });

  it('a search keeps its own path (highlights)', async () => {
    const res = await ctx.client(admin).get('/customers?q=bare');
    expect(res.json().items.map((c: { name: string }) => c.name)).toEqual(['Bare']);
    expect(res.json().items[0].highlight).toBeDefined();
  });
});
