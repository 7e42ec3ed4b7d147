import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext, type Actor } from '../../../test/support/context.ts';
import type { DB } from '../../db/schema.ts';

// Who answers what: per country, whose customer, the NPS scores given through the round's links.
const ANSWERS: { country: string; owner: 'eastRep' | 'westRep'; scores: number[] }[] = [
  { country: 'DE', owner: 'eastRep', scores: [10, 9, 9, 8, 3] }, // 3 promoters, 1 detractor of 5: 40
  { country: 'FR', owner: 'eastRep', scores: [10, 10, 10, 2] }, // 4 answers: under the minimum
  { country: 'SA', owner: 'westRep', scores: [0, 6, 7, 9, 9, 10] }, // 3 − 2 of 6: 17
];

describe.each(testDialects())('NPS rounds and the feedback summary on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  let segmentId: string;
  let roundId: string;
  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
    for (const a of ANSWERS)
      for (const [i] of a.scores.entries()) {
        const c = await ctx.newCustomer(org[a.owner], {
          name: `${a.country} ${i}`,
          country: a.country,
        });
        await ctx.newContact(org[a.owner], c.id, { firstName: `P${i}` });
      }
    // One customer without contacts: skipped, never planned.
    await ctx.newCustomer(org.eastRep, { name: 'Nobody to ask', country: 'DE' });
    const seg = await ctx.client(org.admin).post('/segments', {
      name: 'Key markets',
      filter: {
        match: 'all',
        conditions: [{ field: 'country', op: 'in', value: ['de', 'fr', 'sa'] }],
      },
    });
    segmentId = seg.json().id;
  });
  afterAll(() => ctx.close());

  const count = async (table: keyof DB) =>
    Number(
      (
        await ctx.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it.each([
    ['a rep creating', 'eastRep', 'post'],
    ['a rep listing', 'eastRep', 'get'],
  ] as const)('refuses %s rounds (403)', async (_what, who, method) => {
    const client = ctx.client(org[who]);
    const res =
      method === 'post'
        ? await client.post('/surveys', { name: 'Mine', segmentId, sendTime: '10:00' })
        : await client.get('/surveys');
    expect(res.statusCode).toBe(403);
    expect(await count('survey_rounds')).toBe(0);
  });

  it.each([
    [{ name: 'x', segmentId: 'nope', sendTime: '10:00' }, '/segmentId'],
    [{ name: 'x', segmentId: 'SEG', sendTime: '25:00' }, '/sendTime'],
    [{ name: '', segmentId: 'SEG', sendTime: '10:00' }, 'name'],
  ])('refuses %j with 400 at its field and plans nothing', async (body, path) => {
    const res = await ctx.client(org.admin).post('/surveys', {
      ...body,
      segmentId: body.segmentId === 'SEG' ? segmentId : body.segmentId,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toContain(path);
    expect([await count('survey_rounds'), await count('surveys')]).toEqual([0, 0]);
  });

  it('plans one survey per primary contact at 10:00 on each customer’s next business day', async () => {
    const res = await ctx
      .client(org.admin)
      .post('/surveys', { name: 'NPS Q4', segmentId, sendTime: '10:00' });
    expect(res.statusCode).toBe(201);
    const round = res.json();
    roundId = round.id;
    expect(round).toMatchObject({
      planned: 15,
      skipped: 1,
      answered: 0,
      segmentName: 'Key markets',
    });
    const today = new Date().toISOString().slice(0, 10);
    for (const s of round.surveys as {
      plannedLocal: string;
      country: string;
      language: string;
    }[]) {
      const [date, time] = s.plannedLocal.split(' ');
      expect(time).toBe('10:00');
      expect(date! > today || date === today).toBe(true);
      const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
      // Saudi Arabia rests on Friday and Saturday; Germany and France on Saturday and Sunday.
      expect(s.country === 'SA' ? [5, 6] : [0, 6]).not.toContain(weekday);
      expect(s.language).toBe({ DE: 'de', FR: 'fr', SA: 'ar' }[s.country]);
    }
    // A manager sees the round, with only their teams' customers' surveys.
    const east = (await ctx.client(org.eastManager).get(`/surveys/${roundId}`)).json();
    expect(east.surveys).toHaveLength(9);
    expect((await ctx.client(org.eastRep).get(`/surveys/${roundId}`)).statusCode).toBe(403);
  });

  it('takes every answer through its link', async () => {
    const round = (await ctx.client(org.admin).get(`/surveys/${roundId}`)).json();
    const byCountry = new Map<string, string[]>();
    for (const s of round.surveys as { country: string; link: string }[])
      byCountry.set(s.country, [
        ...(byCountry.get(s.country) ?? []),
        s.link.replace('/survey/', ''),
      ]);
    for (const a of ANSWERS)
      for (const [i, score] of a.scores.entries()) {
        const res = await ctx.client().post(`/public/surveys/${byCountry.get(a.country)![i]}`, {
          score,
          comment: `why ${score}`,
        });
        expect(res.statusCode).toBe(200);
      }
    // Detractors (0–6) get a follow-up for their owner: DE 3, FR 2, SA 0 and 6.
    const planned = await ctx.db
      .selectFrom('survey_answers')
      .select(['follow_up_id', 'score'])
      .where('follow_up_id', 'is not', null)
      .execute();
    expect(planned.map((p) => p.score).sort()).toEqual([0, 2, 3, 6]);
  });

  const summary = async (who: Actor, query: string) => {
    const res = await ctx.client(who).get(`/feedback/summary?${query}`);
    expect(res.statusCode).toBe(200);
    return res.json<{
      items: { key: string; label: string; nps: { answers: number; nps: number | null } }[];
      total: { nps: { answers: number; nps: number | null } };
    }>();
  };
  const figures = (s: Awaited<ReturnType<typeof summary>>) =>
    Object.fromEntries(s.items.map((i) => [i.key, [i.nps.answers, i.nps.nps]]));

  it.each([
    ['admin', 'groupBy=country', { DE: [5, 40], FR: [4, null], SA: [6, 17] }, [15, 33]],
    ['admin', 'groupBy=country&minAnswers=4', { DE: [5, 40], FR: [4, 50], SA: [6, 17] }, [15, 33]],
    ['eastRep', 'groupBy=country', { DE: [5, 40], FR: [4, null] }, [9, 44]],
    ['westRep', 'groupBy=country', { SA: [6, 17] }, [6, 17]],
    ['eastRep2', 'groupBy=country', {}, [0, null]],
    ['westManager', 'groupBy=country', { SA: [6, 17] }, [6, 17]],
    ['admin', 'groupBy=country&from=2000-01-01&to=2000-12-31', {}, [0, null]],
  ] as const)('as %s, %s: %j, total %j', async (who, query, want, total) => {
    const s = await summary(org[who], query);
    expect(figures(s)).toEqual(want);
    expect([s.total.nps.answers, s.total.nps.nps]).toEqual(total);
  });

  it('groups by owner with names, by month and by tier', async () => {
    const owners = await summary(org.admin, 'groupBy=owner');
    expect(owners.items.map((i) => [i.label, i.nps.answers]).sort()).toEqual(
      [
        [org.eastRep.user.name, 9],
        [org.westRep.user.name, 6],
      ].sort(),
    );
    const month = new Date().toISOString().slice(0, 7);
    expect(figures(await summary(org.admin, 'groupBy=month'))).toEqual({ [month]: [15, 33] });
    expect((await summary(org.admin, 'groupBy=tier')).total.nps.answers).toBe(15);
  });

  it.each([['groupBy=region'], ['groupBy=country&from=yesterday'], ['minAnswers=0']])(
    'refuses the query %s with 400',
    async (q) =>
      expect((await ctx.client(org.admin).get(`/feedback/summary?${q}`)).statusCode).toBe(400),
  );

  it('counts a round’s answers in the caller’s scope', async () => {
    const admin = (await ctx.client(org.admin).get('/surveys')).json().items[0];
    expect(admin).toMatchObject({ answered: 15, figure: { answers: 15, nps: 33 } });
    const west = (await ctx.client(org.westManager).get('/surveys')).json().items[0];
    expect(west.figure).toMatchObject({ answers: 6, nps: 17 });
  });
});
