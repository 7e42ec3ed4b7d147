import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';
import { enqueueJob } from '../jobs/job-records.service.ts';
import { LEAD_SCORES_ALL } from './lead-score-job.ts';

type Org = Awaited<ReturnType<typeof salesOrg>>;

// Stored lead scores (customers.lead_score, 0083): the list and segments read them, so they must
// equal the live explanation after every kind of change. Profile: DE, Machinery, 51-200, Fair —
// fit 20 + 20 + 15 + 10 = 65; engagement 4 per activity of 30 days, 5 per inbound one.
describe.each(testDialects())('stored lead scores on %s', (dialect) => {
  let ctx: TestContext;
  let org: Org;
  // The wall clock (jobs a request enqueues are due at the real now), moved on by whole days.
  let offset = 0;
  const clock = () => new Date(Date.now() + offset);
  const daysAgo = (n: number) => new Date(clock().getTime() - n * 86_400_000).toISOString();
  const ids: Record<string, string> = {};

  const runJobs = async () => {
    const runner = ctx.services.jobs.runner;
    while ((await runner.tick()).length) await runner.drain();
  };
  const stored = async (name: string) => (await ctx.rawCustomer(org.ws.id, ids[name]!))!.lead_score;
  const listed = async (name: string) => {
    const res = await ctx.client(org.admin).get(`/customers?limit=100`);
    expect(res.statusCode, res.body).toBe(200);
    return res
      .json<{ items: { id: string; leadScore: number | null }[] }>()
      .items.find((c) => c.id === ids[name])!.leadScore;
  };
  const live = async (name: string) =>
    (await ctx.client(org.admin).get(`/customers/${ids[name]}/lead-score`)).json<{
      score: number;
    }>().score;

  beforeAll(async () => {
    ctx = await TestContext.create(dialect, { container: { jobs: { now: clock } } });
    org = await salesOrg(ctx);
    const fit = { country: 'DE', industry: 'Machinery', size: '51-200', source: 'Fair' } as const;
    ids.lead = (
      await ctx.newCustomer(org.eastRep, { name: 'Lead GmbH', stage: 'lead', ...fit })
    ).id;
    ids.prospect = (
      await ctx.newCustomer(org.westRep, {
        name: 'Prospect SARL',
        stage: 'prospect',
        country: 'FR',
      })
    ).id;
    ids.customer = (
      await ctx.newCustomer(org.eastRep, { name: 'Customer AG', stage: 'customer', ...fit })
    ).id;
  });
  afterAll(() => ctx?.close());

  it('scores new leads at once, and all of them again when the profile changes', async () => {
    // Made before any profile: no fit, no engagement.
    expect(await stored('lead')).toBe(0);
    expect(await stored('prospect')).toBe(0);
    expect(await stored('customer')).toBeNull();
    const put = await ctx.client(org.admin).put('/insight/settings', {
      disabledRules: [],
      icp: { countries: ['DE'], industries: ['machinery'], sizes: ['51-200'], sources: ['Fair'] },
    });
    expect(put.statusCode, put.body).toBe(200);
    // The refresh is the job's: nothing moved in the request.
    expect(await stored('lead')).toBe(0);
    await runJobs();
    expect(await listed('lead')).toBe(65);
    expect(await listed('prospect')).toBe(0);
    expect(await listed('customer')).toBeNull();
    expect(await live('lead')).toBe(65);
  });

  it('counts a logged activity at once', async () => {
    const res = await ctx.client(org.eastRep).post('/activities', {
      customerId: ids.lead,
      type: 'call',
      direction: 'inbound',
      occurredAt: daysAgo(1),
      summary: 'Asked for a price list',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(await listed('lead')).toBe(65 + 4 + 5);
    expect(await live('lead')).toBe(74);
  });

  it('follows an edit of a field it reads, and a lead that became a customer loses its score', async () => {
    const api = ctx.client(org.eastRep);
    expect((await api.patch(`/customers/${ids.lead}`, { industry: 'Textiles' })).statusCode).toBe(
      200,
    );
    expect(await listed('lead')).toBe(74 - 20);
    expect(await live('lead')).toBe(54);
    expect((await api.patch(`/customers/${ids.lead}`, { stage: 'customer' })).statusCode).toBe(200);
    expect(await listed('lead')).toBeNull();
    expect((await api.patch(`/customers/${ids.lead}`, { stage: 'prospect' })).statusCode).toBe(200);
    expect(await listed('lead')).toBe(54);
  });

  it('lets engagement age out in the hourly refresh', async () => {
    offset = 40 * 86_400_000;
    await enqueueJob(ctx.db, LEAD_SCORES_ALL, {}, { runAt: clock() });
    await runJobs();
    expect(await listed('lead')).toBe(45);
    expect(await live('lead')).toBe(45);
  });

  it('filters segments on it, within the caller’s scope', async () => {
    const filter = { match: 'all', conditions: [{ field: 'leadScore', op: 'gte', value: 40 }] };
    const count = async (who: typeof org.admin) => {
      const res = await ctx.client(who).post('/segments/preview', { filter });
      expect(res.statusCode, res.body).toBe(200);
      return res.json<{ count: number }>().count;
    };
    expect(await count(org.admin)).toBe(1);
    expect(await count(org.eastRep)).toBe(1);
    expect(await count(org.westRep)).toBe(0);
  });

  it('lists the hottest leads first, page by page, customers without a score last', async () => {
    const seen: [string, number | null][] = [];
    let cursor: string | null = null;
    do {
      const res = await ctx
        .client(org.admin)
        .get(
          `/customers?sort=lead&limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        );
      expect(res.statusCode, res.body).toBe(200);
      const page = res.json<{
        items: { name: string; leadScore: number | null }[];
        nextCursor: string | null;
      }>();
      seen.push(...page.items.map((c): [string, number | null] => [c.name, c.leadScore]));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual([
      ['Lead GmbH', 45],
      ['Prospect SARL', 0],
      ['Customer AG', null],
    ]);
  });
});
