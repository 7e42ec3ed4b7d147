import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';
import { monthDays } from './greetings.service.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- API answers read as loose JSON */
type Json = any;

// 1 December 2026, 10:00 at a home office in Shanghai.
const clock = { now: new Date('2026-12-01T02:00:00Z') };

describe.each(testDialects())('greetings on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    ctx = await TestContext.create(dialect, { container: { jobs: { now: () => clock.now } } });
    org = await salesOrg(ctx);
    const de = await ctx.newCustomer(org.eastRep, {
      name: 'Leipziger Pumpen GmbH',
      country: 'DE',
      foundedOn: '2001-12-10',
    });
    const sa = await ctx.newCustomer(org.eastRep, { name: 'Riyadh Water Co', country: 'SA' });
    const ru = await ctx.newCustomer(org.eastRep, { name: 'Volga Nasos', country: 'RU' });
    const br = await ctx.newCustomer(org.westRep, {
      name: 'Bombas Paulista',
      country: 'BR',
      customerSince: '2016-12-05',
    });
    const anna = await ctx.newContact(org.eastRep, de.id, {
      firstName: 'Anna',
      lastName: 'Weber',
      birthday: '12-24',
    });
    Object.assign(ids, { de: de.id, sa: sa.id, ru: ru.id, br: br.id, anna: anna.id });
  });
  afterAll(() => ctx.close());

  const greetings = async (who: Json, query = '') => {
    const res = await ctx.client(who).get(`/greetings${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const brief = (g: Json) =>
    g.items.map((i: Json) => [i.key, i.country, i.date, i.greetOn, i.customers[0]?.name ?? null]);

  it('lists each customer’s own occasions with when to greet, in the home office’s window', async () => {
    const g = await greetings(org.eastRep);
    expect([g.from, g.to]).toEqual(['2026-12-01', '2026-12-30']);
    expect(brief(g)).toEqual([
      ['founding-anniversary', 'DE', '2026-12-10', '2026-12-10', 'Leipziger Pumpen GmbH'],
      // Christmas wishes by Friday 18 December; nothing for Riyadh or for Russia's 7 January.
      ['christmas', 'DE', '2026-12-25', '2026-12-18', 'Leipziger Pumpen GmbH'],
      ['birthday', 'DE', '2026-12-24', '2026-12-24', 'Leipziger Pumpen GmbH'],
    ]);
    const birthday = g.items.find((i: Json) => i.key === 'birthday');
    expect(birthday.contact).toEqual({ id: ids.anna, name: 'Anna Weber' });
    const founded = g.items.find((i: Json) => i.key === 'founding-anniversary');
    expect(founded.years).toBe(25);
    expect(founded.hints[0].source).toEqual({
      en: 'Founding date on the customer record',
      zh: '客户资料中的成立日期',
    });
  });

  it('looks further ahead when asked: Russia’s New Year and Orthodox Christmas', async () => {
    const g = await greetings(org.eastRep, '?days=45');
    const ru = g.items.filter((i: Json) => i.country === 'RU').map((i: Json) => [i.key, i.date]);
    expect(ru).toEqual([
      ['new-year', '2027-01-01'],
      ['orthodox-christmas', '2027-01-07'],
    ]);
    expect(g.items.some((i: Json) => i.country === 'SA')).toBe(false);
  });

  it('shows a rep only their customers; an admin everyone’s, counted per country', async () => {
    const west = await greetings(org.westRep);
    expect(brief(west)).toEqual([
      ['relationship-anniversary', 'BR', '2026-12-05', '2026-12-05', 'Bombas Paulista'],
      ['christmas', 'BR', '2026-12-25', '2026-12-18', 'Bombas Paulista'],
    ]);
    expect(JSON.stringify(west)).not.toContain('Leipziger');
    const all = await greetings(org.admin);
    expect(
      all.items.filter((i: Json) => i.key === 'christmas').map((i: Json) => i.country),
    ).toEqual(['BR', 'DE']);
    const eastOnly = await greetings(org.eastManager);
    expect(eastOnly.items.every((i: Json) => i.country !== 'BR')).toBe(true);
  });

  it.each([['?days=0'], ['?days=61'], ['?days=x'], ['?from=2026-01-01']])(
    'refuses %s',
    async (query) => {
      const res = await ctx.client(org.eastRep).get(`/greetings${query}`);
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
    },
  );

  it('checks the dates it plans from and writes nothing when one is wrong', async () => {
    const rep = ctx.client(org.eastRep);
    for (const [url, body, path, code] of [
      [`/customers/${ids.de}`, { foundedOn: '2027-01-01' }, '/foundedOn', 'in_future'],
      [`/customers/${ids.de}`, { customerSince: '2026-02-30' }, '/customerSince', null],
      [`/contacts/${ids.anna}`, { birthday: '13-01' }, '/birthday', 'yearly_date'],
      [`/contacts/${ids.anna}`, { birthday: '2026-02-29' }, '/birthday', 'yearly_date'],
    ] as const) {
      const res = await rep.patch(url, body);
      expect(res.statusCode, url).toBe(400);
      const err = res.json().errors.find((e: Json) => e.path === path);
      expect(err, res.body).toBeTruthy();
      if (code) expect(err.code).toBe(code);
    }
    const de = (await rep.get(`/customers/${ids.de}`)).json();
    expect([de.foundedOn, de.customerSince]).toEqual(['2001-12-10', null]);
    const anna = (await rep.get(`/contacts/${ids.anna}`)).json();
    expect(anna.birthday).toBe('12-24');
    const leap = await rep.patch(`/contacts/${ids.anna}`, { birthday: '02-29' });
    expect(leap.statusCode, leap.body).toBe(200);
    expect(leap.json().birthday).toBe('02-29');
  });
});

describe('the days asked for', () => {
  it.each([
    ['2026-12-30', '2027-01-02', ['12-30', '12-31', '01-01', '01-02']],
    ['2027-02-27', '2027-03-01', ['02-27', '02-28', '03-01', '02-29']],
    ['2028-02-28', '2028-03-01', ['02-28', '02-29', '03-01']],
  ])('%s to %s', (from, to, days) => {
    expect(monthDays(from, to)).toEqual(days);
  });
});
