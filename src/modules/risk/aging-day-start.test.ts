import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';
import { addDays } from '../../domain/calendar/dates.ts';
import { enqueueJob } from '../jobs/job-records.service.ts';
import { AGING_DAY_START_ALL } from './aging-day-start.ts';
import { startsKey } from './open-line-totals-base.repository.ts';
import { bucketStarts } from './open-receivables.ts';
import { PaymentSchedules } from './schedules.ts';

// The kept per-customer aging sums (0102) are re-keyed to each new day's buckets by a job just
// after midnight, so an admin's first report of the day reads them as kept; a report before the
// job still re-keys them itself. Either way the report equals the one read from the lines.
describe.each(testDialects())('the aging report’s day start on %s', (dialect) => {
  let ctx: TestContext;
  // Just after tomorrow's midnight (UTC): the runner's clock must not be behind the jobs the
  // schedule's fan-out queues at the real time.
  const real = new Date();
  const clock = new Date(
    Date.UTC(real.getUTCFullYear(), real.getUTCMonth(), real.getUTCDate() + 1, 0, 3),
  );
  let org: Awaited<ReturnType<typeof salesOrg>>;
  const day = () => clock.toISOString().slice(0, 10);
  const nextDay = () => clock.setTime(clock.getTime() + 86_400_000);

  beforeAll(async () => {
    ctx = await TestContext.create(dialect, { container: { jobs: { now: () => clock } } });
    org = await salesOrg(ctx);
    await ctx.client(org.admin).put('/exchange-rates', {
      reportingCurrency: 'USD',
      items: [{ currency: 'EUR', validFrom: addDays(day(), -400), rate: '1.10' }],
    });
    const terms = [
      [{ event: 'open_account', percent: 100, days: 10 }],
      [{ event: 'lc_at_sight', percent: 100 }],
      [
        { event: 'on_order', percent: 30 },
        { event: 'against_bl_copy', percent: 70 },
      ],
    ];
    // Orders whose lines cross a bucket's edge as the days pass (10 days' terms: each day moves
    // some of them a bucket on), in two currencies and three countries.
    const dates = [-101, -91, -71, -40, -11].map((d) => addDays(day(), d));
    for (let i = 0; i < 6; i++) {
      const who = [org.eastRep, org.westRep][i % 2]!;
      const c = await ctx.newCustomer(who, {
        name: `Day Start ${i}`,
        country: ['DE', 'GB', 'JP'][i % 3],
      });
      for (let j = 0; j < 4; j++) {
        const res = await ctx.client(who).post('/orders', {
          customerId: c.id,
          number: `DS-${i}-${j}`,
          orderDate: dates[(i + j) % dates.length],
          amountMinor: 1_000_00 + i * 3_337 + j * 101,
          currency: (i + j) % 2 ? 'EUR' : 'USD',
          paymentTerms: terms[(i + j) % terms.length],
        });
        expect(res.statusCode, res.body).toBe(201);
      }
    }
  });
  afterAll(() => ctx.close());

  const keptStarts = async () =>
    (
      await ctx.db
        .selectFrom('open_line_bucket_starts')
        .select('starts')
        .where('workspace_id', '=', org.ws.id)
        .executeTakeFirst()
    )?.starts ?? '';
  const startsOf = async (asOf: string) => {
    const schedules = new PaymentSchedules(ctx.services.calendars);
    return startsKey(bucketStarts(asOf, await schedules.calendar(ctx.db, org.ws.id)));
  };
  const runDayStart = async () => {
    await enqueueJob(ctx.db, AGING_DAY_START_ALL, {});
    const runner = ctx.services.jobs.runner;
    while ((await runner.tick()).length) await runner.drain();
  };
  const reports = async (asOf: string) => {
    const out: Record<string, unknown> = {};
    for (const by of ['customer', 'country', 'owner']) {
      const res = await ctx
        .client(org.admin)
        .get(`/receivables?asOf=${asOf}&groupBy=${by}&limit=500`);
      expect(res.statusCode, res.body).toBe(200);
      out[by] = res.json();
    }
    return out;
  };

  it('re-keys the kept sums to each new day, and the reports equal the lines read', async () => {
    expect(ctx.services.jobs.runner.scheduleNames()).toContain(AGING_DAY_START_ALL);
    for (let d = 0; d < 3; d++) {
      const today = day();
      const want = await startsOf(today);
      // The day's buckets are not yet the kept ones (the lines' writes left them unkept, or
      // keyed to yesterday's).
      expect(await keptStarts()).not.toBe(want);
      await runDayStart();
      expect(await keptStarts()).toBe(want);
      const kept = await reports(today);
      // The admin's reports read them as kept: nothing re-keyed them again.
      expect(await keptStarts()).toBe(want);
      // A day on, the same date's report reads the lines: the same figures.
      nextDay();
      expect(await reports(today)).toEqual(kept);
      expect((kept.customer as { groupCount: number }).groupCount).toBe(6);
    }
  });

  it('still re-keys them in the report when the job has not run', async () => {
    const today = day();
    const want = await startsOf(today);
    expect(await keptStarts()).not.toBe(want);
    const kept = await reports(today);
    expect(await keptStarts()).toBe(want);
    // The job finds them keyed and leaves them so.
    await runDayStart();
    expect(await keptStarts()).toBe(want);
    nextDay();
    expect(await reports(today)).toEqual(kept);
  });
});
