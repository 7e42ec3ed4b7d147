import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { TestContext } from '../../../test/support/context.ts';

describe.each(testDialects())('customers API on %s', (dialect) => {
  let ctx: TestContext;

  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
  });
  afterAll(() => ctx.close());

  describe('list, filters and search', () => {
    let ws: Awaited<ReturnType<TestContext['newWorkspace']>>;
    let rep: Awaited<ReturnType<TestContext['newUser']>>;
    const made: Record<string, string> = {};

    beforeAll(async () => {
      ws = await ctx.newWorkspace();
      rep = await ctx.newUser(ws.id, 'admin');
      made.mueller = (
        await ctx.newCustomer(rep, {
          name: 'Müller Maschinenbau GmbH',
          country: 'DE',
          stage: 'customer',
          tier: 'A',
          tags: ['OEM'],
        })
      ).id;
      made.yamada = (
        await ctx.newCustomer(rep, {
          name: 'Yamada Seiki Co., Ltd.',
          nativeName: '山田精機株式会社',
          country: 'JP',
          tier: 'B',
        })
      ).id;
      made.rajhi = (
        await ctx.newCustomer(rep, {
          name: 'Al Rajhi Trading',
          nativeName: 'الراجحي للتجارة',
          country: 'SA',
          stage: 'prospect',
          domain: 'alrajhi-trading.com.sa',
        })
      ).id;
      made.paulista = (
        await ctx.newCustomer(rep, {
          name: 'Agro Paulista Ltda',
          country: 'BR',
          tags: ['OEM', 'tender'],
        })
      ).id;
      await ctx.newContact(rep, made.paulista, {
        firstName: 'João',
        lastName: 'Silva',
        emails: ['joao@agropaulista.com.br'],
        phones: ['11 91234-5678'],
      });
      for (let i = 0; i < 7; i++)
        await ctx.newCustomer(rep, { name: `Filler ${i}`, country: 'DE' });
    });

    const names = async (query: string) =>
      ((await ctx.client(rep).get(`/customers?${query}`)).json().items as { id: string }[]).map(
        (c) => c.id,
      );

    it.each([
      ['country=DE&q=müller', ['mueller']],
      ['q=MUELL', []],
      ['q=maschinen', ['mueller']],
      ['q=%E5%B1%B1%E7%94%B0', ['yamada']],
      ['q=%D8%A7%D9%84%D8%B1%D8%A7%D8%AC%D8%AD%D9%8A', ['rajhi']],
      ['q=alrajhi-trading', ['rajhi']],
      ['q=joao%40agro', ['paulista']],
      ['q=%2B55%2011%2091234', ['paulista']],
      ['q=11%2091234-5678', ['paulista']],
      ['q=silva', ['paulista']],
      ['stage=prospect', ['rajhi']],
      ['tier=A', ['mueller']],
      ['tag=tender', ['paulista']],
      ['tag=OEM', ['paulista', 'mueller']],
      ['country=jp', ['yamada']],
    ])('%s', async (query, expected) => {
      expect(await names(query)).toEqual(expected.map((k) => made[k]));
    });

    it('pages with a cursor, newest first, without overlap', async () => {
      const first = (await ctx.client(rep).get('/customers?limit=4')).json();
      expect(first.items).toHaveLength(4);
      expect(first.nextCursor).toBeTruthy();
      const seen = new Set<string>(first.items.map((c: { id: string }) => c.id));
      let cursor = first.nextCursor;
      while (cursor) {
        const page = (await ctx.client(rep).get(`/customers?limit=4&cursor=${cursor}`)).json();
        for (const c of page.items) {
          expect(seen.has(c.id)).toBe(false);
          seen.add(c.id);
        }
        cursor = page.nextCursor;
      }
      expect(seen.size).toBe(11);
    });

    it('rejects bad list parameters', async () => {
      expect((await ctx.client(rep).get('/customers?limit=0')).statusCode).toBe(400);
      expect((await ctx.client(rep).get('/customers?stage=won')).json().errors[0].path).toBe(
        '/querystring/stage',
      );
      expect((await ctx.client(rep).get('/customers?colour=red')).statusCode).toBe(400);
    });
  });
});
