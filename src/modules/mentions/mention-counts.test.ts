import { readFileSync } from 'node:fs';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';
import * as m0091 from '../../db/migrations/0091_mention_counts.ts';
import type { Insertable } from 'kysely';
import type { MentionTable } from '../../db/schema.ts';
import { seedDemoMentions } from '../../seed/demo-mentions.ts';
import { Random } from '../../seed/random.ts';
import { splitPeriod } from './mention-counts.repository.ts';
import { mentionsRepository as repo } from './mentions.repository.ts';
import { summaryOf } from './mentions.service.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- API answers read as loose JSON */
type Json = any;

describe('how a period splits into whole months and raw edges', () => {
  it.each([
    ['2025-12-01', '2026-11-30', ['2025-12', '2026-11'], []],
    [
      '2025-12-02',
      '2026-12-01',
      ['2026-01', '2026-11'],
      [
        ['2025-12-02', '2025-12-31'],
        ['2026-12-01', '2026-12-01'],
      ],
    ],
    ['2026-01-15', '2026-01-20', undefined, [['2026-01-15', '2026-01-20']]],
    ['2026-01-15', '2026-02-10', undefined, [['2026-01-15', '2026-02-10']]],
    [
      '2026-01-15',
      '2026-03-10',
      ['2026-02', '2026-02'],
      [
        ['2026-01-15', '2026-01-31'],
        ['2026-03-01', '2026-03-10'],
      ],
    ],
    ['2024-02-01', '2024-02-29', ['2024-02', '2024-02'], []],
    ['2024-02-01', '2024-02-28', undefined, [['2024-02-01', '2024-02-28']]],
  ] as const)('%s to %s', (from, to, months, edges) =>
    expect(splitPeriod(from, to)).toEqual({ months, edges }),
  );
});

// Inclusive day ranges: whole months, partial months at both ends, a single day, a leap February.
const PERIODS = [
  ['2025-12-01', '2026-11-30'],
  ['2025-12-02', '2026-12-01'],
  ['2026-01-15', '2026-01-15'],
  ['2026-01-03', '2026-03-29'],
  ['2025-06-30', '2026-02-01'],
  ['2024-02-01', '2024-02-29'],
  ['2020-01-01', '2030-12-31'],
] as const;
const COUNTRIES = ['MZ', 'BR', 'KZ', 'SA'];
const SOURCES = ['Notícias', 'O País', 'Savana', 'Folha', 'Kapital.kz', 'A', 'a', 'Zeta'];
const SENTIMENTS = ['negative', 'neutral', 'positive'] as const;

describe.each(testDialects())('mention counts on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  let ws: string;
  const rnd = new Random(91);
  const day = () =>
    new Date(Date.UTC(2024, 0, 1) + rnd.int(0, 1100) * 86_400_000).toISOString().slice(0, 10);

  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
    ws = org.admin.scope.workspaceId;
  });
  afterAll(() => ctx?.close());

  /** The count table now and as counted again from the mentions, rows of 0 left out. */
  const table = async () =>
    (await ctx.db.selectFrom('mention_counts').selectAll().where('mentions', '>', 0).execute())
      .map((r) => `${r.country}|${r.grain}|${r.period}|${r.sentiment}|${r.source}|${r.mentions}`)
      .sort();
  const recounted = async () => {
    const kept = await table();
    await ctx.db.transaction().execute((tx) => repo.recount(tx, ws));
    return [kept, await table()];
  };

  /** Every country and period: the kept counts, the raw counts and the API agree. */
  async function expectSummariesExact() {
    for (const country of COUNTRIES)
      for (const [from, to] of PERIODS) {
        const q = { country, from, to, windowDays: 10, threshold: 2 };
        const raw = summaryOf(await repo.summaryRaw(ctx.db, ws, country, from, to), q);
        const kept = summaryOf(await repo.summary(ctx.db, ws, country, from, to), q);
        expect(kept, `${country} ${from}…${to}`).toEqual(raw);
        const url = `/mentions/summary?country=${country}&from=${from}&to=${to}&windowDays=10&threshold=2`;
        for (const who of [org.admin, org.eastManager, org.westManager]) {
          const res = await ctx.client(who).get(url);
          expect(res.statusCode).toBe(200);
          expect(res.json()).toEqual(raw);
        }
        expect((await ctx.client(org.eastRep).get(url)).statusCode).toBe(403);
      }
  }

  it('are kept exact through creates, feed imports, bulk writes, edits and deletes', async () => {
    const admin = ctx.client(org.admin);
    const manager = ctx.client(org.eastManager);
    const customer = await ctx.newCustomer(org.eastRep, { country: 'MZ' });
    const ids: string[] = [];
    for (let i = 0; i < 60; i++) {
      const res = await (i % 2 ? admin : manager).post('/mentions', {
        country: rnd.pick(COUNTRIES),
        title: `Mention ${i}`,
        source: rnd.pick(SOURCES),
        language: 'en',
        publishedOn: day(),
        ...(i % 3 ? { sentiment: rnd.pick(SENTIMENTS) } : {}),
        ...(i % 5 === 0 ? { customerIds: [customer.id] } : {}),
      });
      expect(res.statusCode, res.body).toBe(201);
      ids.push(res.json().id);
    }
    // A feed import (RSS fixture: two items match), twice: stored and counted once.
    await admin.put('/feeds/names', { items: [{ name: 'Haier', kind: 'company' }] });
    const feed = (await admin.post('/feeds', { country: 'MZ', name: 'Notícias' })).json();
    const content = readFileSync('test/fixtures/feeds/rss2.xml', 'utf8');
    for (let i = 0; i < 2; i++)
      await ctx.upload(org.admin, `/feeds/${feed.id}/upload`, { name: 'f.xml', content });
    // Bulk writes: counted with them, and counted later by one recount.
    const at = new Date().toISOString();
    const bulk = (prefix: string): Insertable<MentionTable>[] =>
      Array.from({ length: 40 }, (_, i) => {
        const sentiment = rnd.pick(SENTIMENTS);
        return {
          workspace_id: ws,
          id: `${prefix}-${i}`,
          country: rnd.pick(COUNTRIES),
          title: `Bulk ${i}`,
          source: rnd.pick(SOURCES),
          url: null,
          language: 'en',
          published_on: day(),
          reach: null,
          sentiment,
          suggested_sentiment: sentiment,
          suggested_score: 0,
          person_sentiment: null,
          person_sentiment_by: null,
          topics: '[]',
          matched_names: '[]',
          summary: '',
          feed_id: null,
          item_key: null,
          created_by: null,
          created_at: at,
          updated_at: at,
        };
      });
    await ctx.db.transaction().execute((tx) => repo.insertMany(tx, bulk('b1')));
    let [kept, again] = await recounted();
    expect(kept).toEqual(again);
    await ctx.db
      .transaction()
      .execute((tx) => repo.insertMany(tx, bulk('b2'), { counts: 'later' }));
    await ctx.db.transaction().execute((tx) => repo.recount(tx, ws));
    // The demo seed's year of mentions (through the service, like the seed).
    await seedDemoMentions(ctx.services, ws, new Random(19));
    [kept, again] = await recounted();
    expect(kept).toEqual(again);
    await expectSummariesExact();

    // Edits: the sentiment, back to the suggestion, the country, the day, the source, only the
    // title (nothing moves); deletes, one of them a bulk row and one from the feed.
    const edits: [string, Json][] = [
      [ids[0]!, { sentiment: 'negative' }],
      [ids[1]!, { sentiment: null }],
      [ids[2]!, { country: 'kz' }],
      [ids[3]!, { publishedOn: '2026-01-15' }],
      [ids[4]!, { source: 'Brand new outlet' }],
      [ids[5]!, { title: 'Only a new title' }],
      [ids[6]!, { country: 'BR', publishedOn: '2024-02-29', sentiment: 'positive', source: 'a' }],
      ['b1-0', { sentiment: 'negative', publishedOn: '2025-12-31' }],
    ];
    for (const [id, patch] of edits) {
      const res = await admin.patch(`/mentions/${id}`, patch);
      expect(res.statusCode, res.body).toBe(200);
    }
    // A rep cannot change or delete one (403): the counts do not move.
    expect(
      (await ctx.client(org.eastRep).patch(`/mentions/${ids[0]}`, { sentiment: 'positive' }))
        .statusCode,
    ).toBe(403);
    const fromFeed = (await admin.get('/mentions?country=MZ&limit=500')).json<{ items: Json[] }>()
      .items;
    for (const id of [ids[7]!, ids[8]!, 'b2-3', fromFeed.find((m) => m.feedId)!.id])
      expect((await admin.delete(`/mentions/${id}`)).statusCode).toBe(204);
    [kept, again] = await recounted();
    expect(kept).toEqual(again);
    await expectSummariesExact();
  });

  it('are backfilled by the migration from the mentions already stored', async () => {
    const before = await table();
    expect(before.length).toBeGreaterThan(0);
    const db = ctx.db as unknown as Kysely<unknown>;
    await m0091.down(db);
    await m0091.up(db);
    expect(await table()).toEqual(before);
  });
});
