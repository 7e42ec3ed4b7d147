import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';

interface Holiday {
  date: string;
  name: string;
  localName: string;
}

// Issue #11: a Chinese reader saw Arabic, Spanish or Italian holiday names, "更换日" for a
// substitute day and raw region codes (SCT, AN).
describe.each(testDialects())(
  'holiday and region names in the reader’s language on %s',
  (dialect) => {
    let ctx: TestContext;
    let org: Awaited<ReturnType<typeof salesOrg>>;

    beforeAll(async () => {
      ctx = await TestContext.create(dialect);
      org = await salesOrg(ctx);
    });
    afterAll(() => ctx.close());

    const holidays = async (query: string) =>
      (await ctx.client(org.eastRep).get(`/countries/${query}`)).json<{
        region: string | null;
        regionName: string | null;
        items: Holiday[];
      }>();

    it('names holidays in Chinese with the local name beside them, and in English', async () => {
      const zh = await holidays('SA/holidays?year=2026&lang=zh');
      expect(zh.items.find((h) => h.date === '2026-03-20')).toMatchObject({
        name: '开斋节',
        localName: 'عيد الفطر',
      });
      expect(zh.items.find((h) => h.date === '2026-05-27')?.name).toBe('宰牲节');
      const en = await holidays('SA/holidays?year=2026&lang=en');
      expect(en.items.find((h) => h.date === '2026-03-20')).toMatchObject({
        name: 'End of Ramadan (Eid al-Fitr)',
        localName: 'عيد الفطر',
      });
      const it = await holidays('IT/holidays?year=2026&lang=zh');
      expect(it.items.find((h) => h.date === '2026-04-06')).toMatchObject({
        name: '复活节星期一',
        localName: 'Lunedì dell’Angelo',
      });
    });

    it('a substitute day is 补休 in Chinese and "substitute day" in English, and the region is named', async () => {
      const zh = await holidays('GB/holidays?year=2027&region=SCT&lang=zh');
      expect(zh).toMatchObject({ region: 'SCT', regionName: '苏格兰' });
      expect(zh.items.find((h) => h.date === '2027-12-27')?.name).toBe('圣诞节（补休）');
      expect(zh.items.find((h) => h.date === '2027-11-30')?.name).toBe('圣安德鲁节');
      expect(zh.items.filter((h) => /更换日|[A-Za-z]/.test(h.name))).toEqual([]);
      const en = await holidays('GB/holidays?year=2027&region=SCT&lang=en');
      expect(en).toMatchObject({ regionName: 'Scotland' });
      expect(en.items.find((h) => h.date === '2027-12-27')?.name).toBe(
        'Christmas Day (substitute day)',
      );
      expect((await holidays('GB/holidays?year=2027&lang=zh')).regionName).toBeNull();
    });

    it('lists a country’s regions by name, and the profile names them too', async () => {
      const regions = (await ctx.client(org.eastRep).get('/countries/gb/regions?lang=zh')).json();
      expect(regions.country).toBe('GB');
      expect(regions.items).toContainEqual({ code: 'SCT', name: '苏格兰' });
      const en = (await ctx.client(org.eastRep).get('/countries/GB/regions')).json();
      expect(en.items).toContainEqual({ code: 'SCT', name: 'Scotland' });
      expect((await ctx.client(org.eastRep).get('/countries/SA/regions')).json().items).toEqual([]);
      expect((await ctx.client(org.eastRep).get('/countries/XX/regions')).statusCode).toBe(400);
      expect((await ctx.client().get('/countries/GB/regions')).statusCode).toBe(401);
      const es = (await ctx.client(org.eastRep).get('/countries/ES?year=2026&lang=zh')).json();
      expect(es.regions.AN).toBe('安达卢西亚');
    });

    it('the customer calendar and the dashboard name the customer’s region', async () => {
      const glasgow = await ctx.newCustomer(org.eastRep, {
        name: 'Clyde Trading Ltd',
        country: 'GB',
        region: 'SCT',
        timeZone: 'Europe/London',
      });
      const windows = (
        await ctx.client(org.eastRep).get(`/customers/${glasgow.id}/contact-windows?lang=zh`)
      ).json();
      expect(windows.customer).toMatchObject({ region: 'SCT', regionName: '苏格兰' });
      const upcoming = await ctx.services.calendar.upcomingHolidays(
        org.eastRep.scope,
        7,
        'zh',
        new Date('2026-11-27T08:00:00Z'),
      );
      expect(upcoming.items.find((h) => h.date === '2026-11-30')).toMatchObject({
        country: 'GB',
        name: '圣安德鲁节',
        regions: ['SCT'],
        regionNames: ['苏格兰'],
      });
    });

    it('explains a shifted date with Chinese names', async () => {
      const res = (
        await ctx
          .client(org.eastRep)
          .get('/calendar/next-business-day?country=GB&region=SCT&from=2027-12-25&lang=zh')
      ).json();
      expect(res.date).toBe('2027-12-29');
      expect(res.explanation.zh).toContain('圣诞节（补休）');
      expect(res.explanation.zh).not.toContain('更换日');
    });
  },
);
