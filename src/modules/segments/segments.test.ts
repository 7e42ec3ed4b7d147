import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';

describe.each(testDialects())('segments on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  const names = (items: { name: string }[]) => items.map((c) => c.name).sort();

  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
    const field = (body: Record<string, unknown>) =>
      ctx.client(org.admin).post('/custom-fields', body);
    expect((await field({ key: 'volume', label: 'Volume', type: 'number' })).statusCode).toBe(201);
    expect(
      (await field({ key: 'fair', label: 'Fair', type: 'select', options: ['Canton', 'Hannover'] }))
        .statusCode,
    ).toBe(201);
    const mk = (owner: typeof org.eastRep, body: Record<string, unknown>) =>
      ctx.newCustomer(owner, body);
    await mk(org.eastRep, {
      name: 'Müller Maschinenbau GmbH',
      country: 'DE',
      tier: 'A',
      stage: 'customer',
      industry: 'Machinery',
      tags: ['vip', 'oem'],
      customFields: { volume: 250000, fair: 'Hannover' },
    });
    await mk(org.eastRep, {
      name: 'Wiener Werkzeug AG',
      country: 'AT',
      tier: 'B',
      stage: 'customer',
      industry: 'Tools',
      tags: ['oem'],
      customFields: { volume: 40000 },
    });
    await mk(org.eastRep, {
      name: 'Almaty Trade LLP',
      country: 'KZ',
      tier: 'A',
      stage: 'prospect',
      industry: 'Machinery 50%',
      customFields: { fair: 'Canton' },
    });
    await mk(org.westRep, {
      name: 'Berlin Antriebe GmbH',
      country: 'DE',
      tier: 'A',
      stage: 'customer',
      industry: 'machinery',
      tags: ['vip'],
      customFields: { volume: 900000 },
    });
  });
  afterAll(() => ctx.close());

  const germanA = {
    match: 'all',
    conditions: [
      { field: 'country', op: 'in', value: ['de', 'at'] },
      { field: 'tier', op: 'is', value: 'A' },
    ],
  };

  it('saves a segment, counts it within the caller’s scope and lists its customers', async () => {
    const res = await ctx
      .client(org.eastRep)
      .post('/segments', { name: 'DACH tier A', filter: germanA });
    expect(res.statusCode).toBe(201);
    const seg = res.json();
    expect(seg).toMatchObject({ name: 'DACH tier A', count: 1 });
    expect(seg.filter.conditions[0].value).toEqual(['DE', 'AT']);
    // Shared definition, scoped contents: the admin sees both German tier A customers.
    expect((await ctx.client(org.admin).get(`/segments/${seg.id}`)).json().count).toBe(2);
    expect((await ctx.client(org.westRep).get(`/segments/${seg.id}`)).json().count).toBe(1);
    const listed = (await ctx.client(org.admin).get(`/segments/${seg.id}/customers`)).json();
    expect(names(listed.items)).toEqual(['Berlin Antriebe GmbH', 'Müller Maschinenbau GmbH']);
    const mine = (await ctx.client(org.eastRep).get(`/segments/${seg.id}/customers`)).json();
    expect(names(mine.items)).toEqual(['Müller Maschinenbau GmbH']);
    // The customer list's own filters and paging still apply.
    const paged = (await ctx.client(org.admin).get(`/segments/${seg.id}/customers?limit=1`)).json();
    expect(paged.items).toHaveLength(1);
    expect(paged.nextCursor).toBeTruthy();
    expect(
      (
        await ctx
          .client(org.admin)
          .get(`/segments/${seg.id}/customers?ownerId=${org.westRep.user.id}`)
      ).json().items,
    ).toHaveLength(1);
    // Exported as CSV within the caller's scope, whole, for Excel.
    const csv = await ctx.client(org.eastRep).get(`/segments/${seg.id}/export.csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.startsWith('\uFEFFid,name,native_name,country')).toBe(true);
    expect(csv.body).toContain('Müller Maschinenbau GmbH');
    expect(csv.body).not.toContain('Berlin Antriebe GmbH');
    expect((await ctx.client(org.admin).get(`/segments/${seg.id}/export.csv`)).body).toContain(
      'Berlin Antriebe GmbH',
    );
    expect((await ctx.client(org.eastRep).get('/segments/nope/export.csv')).statusCode).toBe(404);
  });

  it.each([
    [
      'OR groups with text matching that ignores case',
      {
        match: 'any',
        conditions: [
          { field: 'industry', op: 'is', value: 'MACHINERY' },
          { match: 'all', conditions: [{ field: 'country', op: 'is', value: 'AT' }] },
        ],
      },
      ['Berlin Antriebe GmbH', 'Müller Maschinenbau GmbH', 'Wiener Werkzeug AG'],
    ],
    [
      'contains treats % and _ literally',
      { match: 'all', conditions: [{ field: 'industry', op: 'contains', value: '50%' }] },
      ['Almaty Trade LLP'],
    ],
    [
      'is_not keeps customers with no value',
      { match: 'all', conditions: [{ field: 'country', op: 'is_not', value: 'DE' }] },
      ['Almaty Trade LLP', 'Wiener Werkzeug AG'],
    ],
    [
      'tags: all of',
      { match: 'all', conditions: [{ field: 'tags', op: 'has_all', value: ['vip', 'oem'] }] },
      ['Müller Maschinenbau GmbH'],
    ],
    [
      'tags: none of',
      { match: 'all', conditions: [{ field: 'tags', op: 'has_none', value: ['vip'] }] },
      ['Almaty Trade LLP', 'Wiener Werkzeug AG'],
    ],
    [
      'a custom number range',
      {
        match: 'all',
        conditions: [{ field: 'custom.volume', op: 'between', value: [30000, 300000] }],
      },
      ['Müller Maschinenbau GmbH', 'Wiener Werkzeug AG'],
    ],
    [
      'a custom select',
      { match: 'all', conditions: [{ field: 'custom.fair', op: 'in', value: ['Canton'] }] },
      ['Almaty Trade LLP'],
    ],
    [
      'an empty custom value',
      { match: 'all', conditions: [{ field: 'custom.fair', op: 'is_empty' }] },
      ['Berlin Antriebe GmbH', 'Wiener Werkzeug AG'],
    ],
    [
      'never touched counts as silent',
      { match: 'all', conditions: [{ field: 'lastTouchAt', op: 'older_than_days', value: 30 }] },
      [
        'Almaty Trade LLP',
        'Berlin Antriebe GmbH',
        'Müller Maschinenbau GmbH',
        'Wiener Werkzeug AG',
      ],
    ],
  ])('compiles %s the same on both databases', async (_, filter, expected) => {
    const seg = (
      await ctx.client(org.admin).post('/segments', { name: `t ${Math.random()}`, filter })
    ).json();
    expect(seg.count).toBe(expected.length);
    const listed = (await ctx.client(org.admin).get(`/segments/${seg.id}/customers`)).json();
    expect(names(listed.items)).toEqual(expected);
    expect((await ctx.client(org.admin).post('/segments/preview', { filter })).json().count).toBe(
      expected.length,
    );
  });

  it('rejects bad filters with the failing condition named, and duplicate names', async () => {
    const bad = await ctx.client(org.eastRep).post('/segments', {
      name: 'Broken',
      filter: { match: 'all', conditions: [{ field: 'country', op: 'in', value: ['Germany'] }] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({ path: '/filter/conditions/0/value' });
    const dup = await ctx
      .client(org.eastRep)
      .post('/segments', { name: 'DACH tier A', filter: germanA });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().errors[0].path).toBe('/name');
    expect((await ctx.client(org.eastRep).get('/segments/nope')).statusCode).toBe(404);
  });

  it('only the creator, managers and admins change a segment; one in use by a policy stays', async () => {
    const seg = (await ctx.client(org.eastRep).get('/segments'))
      .json()
      .items.find((s: { name: string }) => s.name === 'DACH tier A');
    expect(
      (await ctx.client(org.westRep).patch(`/segments/${seg.id}`, { name: 'Mine now' })).statusCode,
    ).toBe(403);
    expect((await ctx.client(org.westRep).delete(`/segments/${seg.id}`)).statusCode).toBe(403);
    const badFilter = await ctx.client(org.eastRep).patch(`/segments/${seg.id}`, {
      filter: { match: 'all', conditions: [{ field: 'tier', op: 'is', value: 'Z' }] },
    });
    expect(badFilter.json().errors[0].path).toBe('/filter/conditions/0/value');
    const renamed = await ctx.client(org.eastManager).patch(`/segments/${seg.id}`, {
      name: 'DACH key accounts',
    });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json().name).toBe('DACH key accounts');
    const policies = await ctx.client(org.admin).put('/cadence-policies', {
      items: [
        { name: 'DACH key accounts', segmentId: seg.id, days: 10 },
        { name: 'Everyone', days: 30 },
      ],
    });
    expect(policies.statusCode).toBe(200);
    expect(policies.json().items[0].segmentId).toBe(seg.id);
    const del = await ctx.client(org.admin).delete(`/segments/${seg.id}`);
    expect(del.statusCode).toBe(409);
    expect(del.json().detail).toContain('DACH key accounts');
    const unknown = await ctx.client(org.admin).put('/cadence-policies', {
      items: [{ name: 'Ghost', segmentId: 'no-such-segment', days: 10 }],
    });
    expect(unknown.json().errors[0].path).toBe('/items/0/segmentId');
  });
});
