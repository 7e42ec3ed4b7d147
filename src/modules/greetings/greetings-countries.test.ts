import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- API answers read as loose JSON */
type Json = any;

const clock = { now: new Date('2026-02-10T02:00:00Z') };

/**
 * `GET /greetings` through the database for customers in Saudi Arabia, India, China, Vietnam and
 * Iran (Germany and Russia: greetings.test.ts): each sees the festivals of its own culture on
 * the days the domain's table tests give (src/domain/greetings/greetings.test.ts), and none of
 * another's: no Christmas or New Year card to Riyadh, no Diwali outside India.
 */
describe.each(testDialects())('greetings per culture on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  beforeAll(async () => {
    ctx = await TestContext.create(dialect, { container: { jobs: { now: () => clock.now } } });
    org = await salesOrg(ctx);
    for (const [country, name] of [
      ['SA', 'Riyadh Water Co'],
      ['IN', 'Pune Pumps Pvt Ltd'],
      ['CN', '宁波水泵有限公司'],
      ['VN', 'Công ty Bơm Hà Nội'],
      ['IR', 'Tehran Pomp'],
    ])
      await ctx.newCustomer(org.eastRep, { name, country });
  });
  afterAll(() => ctx.close());

  // The home office is in Shanghai: 10:00 there on `day`.
  const on = async (day: string, days: number) => {
    clock.now = new Date(`${day}T02:00:00Z`);
    const res = await ctx.client(org.eastRep).get(`/greetings?days=${days}`);
    expect(res.statusCode, res.body).toBe(200);
    const out: Record<string, string[][]> = {};
    for (const i of res.json().items as Json[])
      (out[i.country as string] ??= []).push([i.key, i.date, i.greetOn]);
    return out;
  };

  it('Ramadan and Eid for Riyadh and Tehran, Nowruz for Tehran, Tết and the Spring Festival, Holi (Feb–Mar 2026)', async () => {
    expect(await on('2026-02-10', 50)).toEqual({
      SA: [
        ['ramadan-start', '2026-02-18', '2026-02-18'],
        ['national-day', '2026-02-22', '2026-02-22'],
        ['eid-al-fitr', '2026-03-19', '2026-03-18'],
      ],
      IR: [
        ['ramadan-start', '2026-02-18', '2026-02-18'],
        ['eid-al-fitr', '2026-03-20', '2026-03-19'],
        ['nowruz', '2026-03-21', '2026-03-19'],
      ],
      // three days ahead; Vietnam's Saturday moves to Friday 13 February
      CN: [['lunar-new-year', '2026-02-16', '2026-02-13']],
      VN: [['lunar-new-year', '2026-02-17', '2026-02-13']],
      IN: [['holi', '2026-03-04', '2026-03-04']],
    });
  });

  it('Diwali for Pune alone, greeted the day before (Oct–Nov 2026)', async () => {
    expect(await on('2026-10-20', 30)).toEqual({
      IN: [['diwali', '2026-11-08', '2026-11-07']],
    });
  });

  it('no New Year or Christmas card to Riyadh or Tehran; the Spring Festival and Tết (Jan–Feb 2027)', async () => {
    expect(await on('2027-01-20', 30)).toEqual({
      IN: [['national-day', '2027-01-26', '2027-01-26']],
      CN: [['lunar-new-year', '2027-02-05', '2027-02-02']],
      VN: [['lunar-new-year', '2027-02-06', '2027-02-03']],
      SA: [['ramadan-start', '2027-02-08', '2027-02-08']],
      IR: [['ramadan-start', '2027-02-08', '2027-02-08']],
    });
  });
});
