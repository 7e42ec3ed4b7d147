/**
 * The read workloads `npm run bench` times on SQLite and `npm run bench:pg` on PostgreSQL, over
 * the same seeded demo workspace: the customer list (filters and name prefixes) and segment counts,
 * as a rep and as an admin.
 */
import { sql } from 'kysely';
import { buildApp } from '../src/app/http-app.ts';
import type { Database } from '../src/db/database.ts';
import type { App } from '../src/http/types.ts';
import { AuthService } from '../src/modules/auth/auth.service.ts';
import { ms, timeRequests } from './stats.ts';

export interface BenchApp {
  app: App;
  actors: { rep: string; admin: string };
  rep1: { id: string; workspace_id: string };
  admin: { id: string; workspace_id: string };
}

/** An API token for a seeded demo user, by email. */
export function benchTokens(database: Database): (email: string) => Promise<string> {
  const auth = new AuthService(database.db);
  return async (email) => {
    const user = await database.db
      .selectFrom('users')
      .selectAll()
      .where('email', '=', email)
      .executeTakeFirstOrThrow();
    const scope = await auth.scopeFor(user.workspace_id, user.id);
    if (!scope) throw new Error('no scope');
    return (await auth.createToken(scope, 'bench')).token;
  };
}

export async function benchApp(database: Database): Promise<BenchApp> {
  const app = await buildApp({
    db: database.db,
    secret: 'bench-secret-bench-secret-bench',
    webDist: '/nonexistent',
  });
  const tokenFor = benchTokens(database);
  const actors = {
    rep: await tokenFor('rep1@demo.chuhai.dev'),
    admin: await tokenFor('admin@demo.chuhai.dev'),
  };
  const userOf = (email: string) =>
    database.db
      .selectFrom('users')
      .selectAll()
      .where('email', '=', email)
      .executeTakeFirstOrThrow();
  const [rep1, admin] = [
    await userOf('rep1@demo.chuhai.dev'),
    await userOf('admin@demo.chuhai.dev'),
  ];
  return { app, actors, rep1, admin };
}

/** The customer list: by country, by country and name prefix, by name prefix alone. */
export async function listBench(b: BenchApp, requests: number, out: (line: string) => void) {
  const { app, actors } = b;
  const prefixes = ['mül', 'schäf', 'hoff', 'becker', 'nordwerk', 'krüg', 'rhein', 'weiß'];
  const variants: [string, (i: number) => string][] = [
    ['country=DE&limit=50', () => '/api/v1/customers?country=DE&limit=50'],
    [
      'country=DE&q=<name prefix>&limit=50',
      (i) =>
        `/api/v1/customers?country=DE&limit=50&q=${encodeURIComponent(prefixes[i % prefixes.length] ?? 'mül')}`,
    ],
    [
      'q=<name prefix>&limit=50 (all countries)',
      (i) =>
        `/api/v1/customers?limit=50&q=${encodeURIComponent(prefixes[i % prefixes.length] ?? 'mül')}`,
    ],
  ];
  for (const [label, url] of variants) {
    for (const [who, token] of Object.entries(actors)) {
      const headers = { authorization: `Bearer ${token}` };
      for (let i = 0; i < 20; i++) await app.inject({ method: 'GET', url: url(i), headers });
      let items = 0;
      const r = await timeRequests(requests, async (i) => {
        const res = await app.inject({ method: 'GET', url: url(i), headers });
        if (res.statusCode !== 200) throw new Error(`${res.statusCode} ${res.body}`);
        items += res.json<{ items: unknown[] }>().items.length;
      });
      out(
        `| GET ${label} as ${who} (${requests} requests, avg ${(items / requests).toFixed(0)} items) | p50 ${ms(r.p50)}, p95 ${ms(r.p95)} |`,
      );
    }
  }
}

/**
 * The seed has no orders: give customers a revenue (0–200,000.00 USD, in cents) and a last order
 * date once, as orders and classification would, so value conditions count over real values.
 */
export async function giveRevenue(database: Database): Promise<void> {
  if (database.dialect === 'postgres')
    await sql`update customers set revenue_minor = floor(random() * 20000000)::bigint,
      last_order_date = to_char(date '2025-01-01' + floor(random() * 690)::int, 'YYYY-MM-DD')
      where revenue_minor is null`.execute(database.db);
  else
    await sql`update customers set revenue_minor = abs(random()) % 20000000,
      last_order_date = date('2025-01-01', '+' || (abs(random()) % 690) || ' days')
      where revenue_minor is null`.execute(database.db);
}

/** Segment counts (the preview a user sees while building a segment), as rep and admin. */
export async function segmentBench(b: BenchApp, out: (line: string) => void) {
  const { app, actors } = b;
  const segmentFilters: [string, unknown][] = [
    [
      'revenue over USD 150,000',
      { match: 'all', conditions: [{ field: 'revenue', op: 'gt', value: 150_000 }] },
    ],
    [
      'last order in the last 90 days',
      { match: 'all', conditions: [{ field: 'lastOrderDate', op: 'after', value: '2026-08-23' }] },
    ],
    [
      'revenue USD 10,000–50,000 in DE',
      {
        match: 'all',
        conditions: [
          { field: 'revenue', op: 'between', value: [10_000, 50_000] },
          { field: 'country', op: 'is', value: 'DE' },
        ],
      },
    ],
    [
      'country in (DE, AT, CH) and tier A',
      {
        match: 'all',
        conditions: [
          { field: 'country', op: 'in', value: ['DE', 'AT', 'CH'] },
          { field: 'tier', op: 'is', value: 'A' },
        ],
      },
    ],
    [
      'stage lead or tier C, not in US',
      {
        match: 'all',
        conditions: [
          {
            match: 'any',
            conditions: [
              { field: 'stage', op: 'is', value: 'lead' },
              { field: 'tier', op: 'is', value: 'C' },
            ],
          },
          { field: 'country', op: 'is_not', value: 'US' },
        ],
      },
    ],
    [
      'tagged OEM (any country)',
      { match: 'all', conditions: [{ field: 'tags', op: 'has_any', value: ['OEM'] }] },
    ],
    [
      'industry contains "mach"',
      { match: 'all', conditions: [{ field: 'industry', op: 'contains', value: 'mach' }] },
    ],
  ];
  for (const [label, filter] of segmentFilters) {
    for (const [who, token] of Object.entries(actors)) {
      const headers = { authorization: `Bearer ${token}` };
      const ask = () =>
        app.inject({
          method: 'POST',
          url: '/api/v1/segments/preview',
          headers,
          payload: { filter },
        });
      let count = 0;
      await ask();
      const r = await timeRequests(20, async () => {
        const res = await ask();
        if (res.statusCode !== 200) throw new Error(`${res.statusCode} ${res.body}`);
        count = res.json<{ count: number }>().count;
      });
      out(
        `| segment count: ${label}, as ${who} (${count.toLocaleString('en-US')} customers; 20 requests) | p50 ${ms(r.p50)}, p95 ${ms(r.p95)} |`,
      );
    }
  }
}
