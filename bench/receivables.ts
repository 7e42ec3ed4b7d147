/**
 * `npm run bench:receivables`: the aging report (`GET /receivables`) over BENCH_ORDERS (default
 * 1,000,000) orders of BENCH_CUSTOMERS (20,000) demo customers over three years, in nine
 * currencies with mixed payment terms: orders older than 120 days settled (3 % cancelled), the
 * rest open or shipped, some partly paid. As an admin (every customer) and as a rep.
 * BENCH_DATABASE_URL=postgres://… runs it on PostgreSQL (a fresh database beside that one).
 * BENCH_ONLY=churn measures only the stored churn scores (their fill, one customer's rescore,
 * the list's pages) on the same data. BENCH_KEEP=1 keeps the seed (the file, or the database
 * BENCH_PG_NAME, default `chuhai_bench_receivables`); BENCH_REUSE=1 then runs only the reads on it
 * (migrating it first, so a new migration's fill is timed on a kept seed).
 *
 * The seed writes orders, receivable lines and settlements in big batches (`bulkRows`: 10,000
 * rows a statement on PostgreSQL), the lines worked out by the app's own `receivablesOf`, then
 * fills the kept totals set-wise as their migrations do (`rebuildOpenLineTotals`); at the end
 * the bench checks a sample of orders' lines against `receivablesOf` read back and every kept
 * total against the app's recount (`openLineTotalsRepository.recounted`), and fails otherwise.
 * BENCH_REBUILD=1 also times the app's row-by-row fill (`rebuildReceivables`, the 0074
 * migration's work: over 20 minutes at 1,000,000 orders on PostgreSQL). BENCH_CHURN_REQUESTS=0
 * skips the churn scores and their list. BENCH_SEED_ONLY=1 stops after the seed and its check
 * (seed a kept database without holding the test lock, then measure it with BENCH_REUSE=1).
 * BENCH_DAY_START=1 times the day-start job (`startAgingDay`) on the seed first, from unkept
 * per-customer sums (as after a fill), so the reads that follow find them kept.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { buildApp } from '../src/app/http-app.ts';
import { isPostgres } from '../src/db/dialect.ts';
import { refreshStatistics } from '../src/db/statistics.ts';
import { openDatabase } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import type { ExchangeRateTable, Order } from '../src/db/schema.ts';
import { addDays } from '../src/domain/calendar/dates.ts';
import { newId } from '../src/domain/ids.ts';
import { minorDigits } from '../src/domain/value/money.ts';
import { orderRecords } from '../src/modules/orders/order-records.service.ts';
import { customerRecords } from '../src/modules/customers/customer-records.service.ts';
import {
  rebuildOpenLineTotals,
  rebuildReceivables,
  receivablesOf,
} from '../src/modules/risk/receivable-lines.ts';
import { openLineTotalsRepository } from '../src/modules/risk/open-line-totals.repository.ts';
import { PaymentSchedules } from '../src/modules/risk/schedules.ts';
import { CalendarProvider } from '../src/modules/countries/calendar.provider.ts';
import { startAgingDay } from '../src/modules/risk/aging-day-start.ts';
import { bulkRows } from './bulk-rows.ts';
import { revenueTotalsRepository } from '../src/modules/orders/revenue-totals.repository.ts';
import { refreshChurnScores } from '../src/modules/risk/churn-scores.ts';
import { Random } from '../src/seed/random.ts';
import { seedDemo } from '../src/seed/demo.ts';
import { dropPgDatabase, freshPgDatabase } from './pg-scratch.ts';
import { ms, timeRequests } from './stats.ts';
import { benchTokens } from './workloads.ts';

const USD_PER: Record<string, number> = {
  EUR: 1.12,
  CNY: 0.14,
  JPY: 0.0066,
  GBP: 1.3,
  BRL: 0.18,
  AED: 0.2723,
  SAR: 0.2666,
  INR: 0.012,
};
const CURRENCIES = ['USD', ...Object.keys(USD_PER)];
const TERMS = [
  [],
  [
    { event: 'on_order', percent: 30 },
    { event: 'against_bl_copy', percent: 70 },
  ],
  [{ event: 'open_account', percent: 100, days: 30 }],
  [{ event: 'open_account', percent: 100, days: 60 }],
  [{ event: 'open_account', percent: 100, days: 90 }],
  [{ event: 'lc_at_sight', percent: 100 }],
  [{ event: 'da', percent: 100, days: 60 }],
].map((t) => JSON.stringify(t));
const AS_OF = '2026-11-30';
// The reports' date: BENCH_AS_OF=today reads today's report, which an admin's whole book reads
// from the per-customer sums kept with the lines (0102; the first request re-keys them unless
// BENCH_DAY_START=1 ran the day-start job first).
const READ_AS_OF =
  process.env.BENCH_AS_OF === 'today'
    ? new Date().toISOString().slice(0, 10)
    : (process.env.BENCH_AS_OF ?? AS_OF);

const dir = process.env.BENCH_DIR ?? '/tmp/chuhai-bench';
mkdirSync(dir, { recursive: true });
const total = Number(process.env.BENCH_ORDERS ?? 1_000_000);
const requests = Number(process.env.BENCH_REQUESTS ?? 50);
const file = join(dir, 'receivables.db');
const pgBase = process.env.BENCH_DATABASE_URL;
const churnOnly = process.env.BENCH_ONLY === 'churn';
const PG_NAME = process.env.BENCH_PG_NAME ?? 'chuhai_bench_receivables';
// The churn list (`GET /risk/churn`) pages the stored scores (BENCH_CHURN_REQUESTS each, after 3
// warm-ups); 0 skips the scores' fill too.
const churnRequests = Number(process.env.BENCH_CHURN_REQUESTS ?? 20);
const reuse = process.env.BENCH_REUSE === '1' && (pgBase ? true : existsSync(file));
if (!pgBase && !reuse) rmSync(file, { force: true });
const pgUrl = pgBase ? new URL(pgBase) : null;
if (pgUrl) pgUrl.pathname = `/${PG_NAME}`;
const database = openDatabase(
  pgBase ? (reuse ? pgUrl!.toString() : await freshPgDatabase(pgBase, PG_NAME)) : file,
);
const db = database.db;
let t0 = performance.now();
await migrateToLatest(db);
const migrateMs = performance.now() - t0;
if (reuse) console.error(`receivables bench: reusing the kept seed (migrated in ${ms(migrateMs)})`);
const lines: string[] = [];
const seeded = reuse ? await reused() : await seedBench();
const { workspaceId, open } = seeded;

async function reused() {
  const ws = await db.selectFrom('workspaces').select('id').executeTakeFirstOrThrow();
  const n = await db
    .selectFrom('orders')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('workspace_id', '=', ws.id)
    .where('status', 'in', ['open', 'shipped'])
    .executeTakeFirstOrThrow();
  return { workspaceId: ws.id, open: Number(n.n), rebuildMs: 0 };
}

async function seedBench() {
  console.error('receivables bench: seeding customers…');
  const { workspaceId } = await seedDemo(db, {
    customers: Number(process.env.BENCH_CUSTOMERS ?? 20_000),
    withContacts: false,
    withActivities: false,
  });
  const rnd = new Random(58);
  const customers = await db
    .selectFrom('customers')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .execute();
  const rates: ExchangeRateTable[] = [];
  for (const [currency, usd] of Object.entries(USD_PER))
    for (let m = 0; m < 36; m++) {
      const month = `${2024 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-01`;
      rates.push({
        workspace_id: workspaceId,
        currency,
        valid_from: month,
        rate: (usd * (0.95 + rnd.next() * 0.1)).toPrecision(6),
      });
    }
  await db.transaction().execute((tx) => orderRecords.replaceRates(tx, workspaceId, rates));
  console.error(`receivables bench: inserting ${total.toLocaleString('en-US')} orders…`);
  const at = new Date().toISOString();
  let open = 0;
  // The lines as the orders follower works them out, with the workspace's calendar of today.
  const schedules = new PaymentSchedules(new CalendarProvider());
  const next = await schedules.calendar(db, workspaceId);
  let linesMs = 0;
  const fillStart = performance.now();
  for (let start = 0; start < total; start += 10_000) {
    const rows: Order[] = [];
    for (let i = start; i < Math.min(total, start + 10_000); i++) {
      const date = addDays('2024-01-01', rnd.int(0, 1064));
      const currency = rnd.pick(CURRENCIES);
      const amount = Math.round(
        ((2_000 + rnd.next() * 50_000) / (USD_PER[currency] ?? 1)) * 10 ** minorDigits(currency),
      );
      const old = date < addDays(AS_OF, -120);
      const status = old
        ? rnd.chance(0.03)
          ? 'cancelled'
          : 'paid'
        : rnd.pick(['open', 'shipped'] as const);
      if (!old) open++;
      rows.push({
        workspace_id: workspaceId,
        id: newId(),
        customer_id: rnd.pick(customers).id,
        number: `R-${i}`,
        order_date: date,
        amount_minor: amount,
        currency,
        status,
        paid_date: status === 'paid' ? addDays(date, rnd.int(20, 150)) : null,
        created_at: at,
        payment_terms: rnd.pick(TERMS),
        invoice_date: null,
        bl_date: status === 'open' ? null : addDays(date, rnd.int(10, 40)),
        arrival_date: status === 'open' ? null : addDays(date, rnd.int(40, 70)),
        paid_minor: status === 'paid' ? amount : rnd.chance(0.3) ? Math.round(amount * 0.3) : 0,
      });
    }
    await bulkRows(db, 'orders', rows);
    if (churnOnly) continue;
    const t1 = performance.now();
    const made = receivablesOf(workspaceId, rows, schedules, next);
    await bulkRows(db, 'receivable_lines', made.lines);
    await bulkRows(db, 'receivable_settlements', made.settlements);
    linesMs += performance.now() - t1;
  }
  console.error(
    `receivables bench: orders and lines written in ${ms(performance.now() - fillStart)} (lines ${ms(linesMs)})`,
  );
  // Customers' last order dates (the churn list reads customers who have bought).
  await db.transaction().execute((tx) =>
    customerRecords.refreshLastOrderDate(
      tx,
      workspaceId,
      customers.map((c) => c.id),
    ),
  );
  // The overdue kept per anchor (0098) and the settled days (0102) from those lines, set-wise as
  // their migrations fill them (the per-customer sums are left for the first report or the
  // day-start job).
  t0 = performance.now();
  if (!churnOnly) await db.transaction().execute((tx) => rebuildOpenLineTotals(tx, workspaceId));
  const totalsMs = performance.now() - t0;
  console.error(`receivables bench: kept totals filled in ${ms(totalsMs)}`);
  const rebuildMs = linesMs + totalsMs;
  // The kept revenue per day (0082) the report's sales read, filled as its migration does.
  if (!churnOnly)
    await db.transaction().execute((tx) => revenueTotalsRepository.rebuild(tx, workspaceId));
  const filled = [
    'orders',
    'customers',
    'receivable_lines',
    'receivable_settlements',
    'revenue_day_totals',
    'revenue_owner_totals',
    'open_line_totals',
    'open_line_owner_totals',
    'open_line_firsts',
    'open_line_owner_firsts',
    'settled_day_totals',
  ] as const;
  await refreshStatistics(db, filled);
  // What autovacuum does soon after a bulk load in production (the test server runs without
  // it): the visibility map set, so covering indexes are read without their tables. Read just
  // after the fill, the admin's sales per owner took ~200 ms instead of ~60 ms (heap fetches
  // of 816,743 `revenue_owner_totals` rows through their primary key).
  if (isPostgres(db))
    await sql`vacuum (analyze) ${sql.join(filled.map((t) => sql.table(t)))}`.execute(db);
  if (churnRequests === 0 && !churnOnly) return { workspaceId, open, rebuildMs };
  // The stored churn scores (0087): what the migration and the hourly job do for a workspace.
  const today = new Date().toISOString().slice(0, 10);
  t0 = performance.now();
  const scored = await refreshChurnScores(db, workspaceId, today);
  const churnFillMs = performance.now() - t0;
  t0 = performance.now();
  const again = await refreshChurnScores(db, workspaceId, today);
  const churnAgainMs = performance.now() - t0;
  console.error(`receivables bench: ${scored} churn scores stored in ${ms(churnFillMs)}`);
  // One customer's rescore: what the orders follower adds to an order write.
  const sample: string[] = [];
  for (let i = 0; i < 20; i++) sample.push(rnd.pick(customers).id);
  const one = await timeRequests(sample.length, async () => {
    const id = sample.pop()!;
    await db.transaction().execute((tx) => refreshChurnScores(tx, workspaceId, today, [id]));
  });

  lines.push(
    `| churn scores filled for the workspace (the 0087 migration's and the hourly job's work: ${scored.toLocaleString('en-US')} customers, ${total.toLocaleString('en-US')} orders) | ${ms(churnFillMs)} (again, nothing changed: ${ms(churnAgainMs)}, ${again} written) |`,
    `| one customer rescored (an order write's follower; 20 random customers) | p50 ${ms(one.p50)}, p95 ${ms(one.p95)} |`,
  );
  return { workspaceId, open, rebuildMs };
}

if (process.env.BENCH_SEED_ONLY === '1') {
  if (!churnOnly) await checkFill();
  await database.destroy();
  console.error('receivables bench: seeded (BENCH_SEED_ONLY)');
  process.exit(0);
}
if (process.env.BENCH_DAY_START === '1' && !churnOnly) {
  await db
    .updateTable('open_line_bucket_starts')
    .set({ starts: '' })
    .where('workspace_id', '=', workspaceId)
    .execute();
  t0 = performance.now();
  await startAgingDay(db, new PaymentSchedules(new CalendarProvider()), workspaceId, READ_AS_OF);
  lines.push(
    `| the day-start job (\`risk.aging-day-start\`: the per-customer sums re-keyed to ${READ_AS_OF}'s buckets), ${total.toLocaleString('en-US')} orders | ${ms(performance.now() - t0)} |`,
  );
  console.error(lines[lines.length - 1]);
}
const app = await buildApp({
  db,
  secret: 'bench-secret-bench-secret-bench',
  webDist: '/nonexistent',
});
// The app's start (plugins, routes: ~1 s) before any request, as a server is ready before its
// first request: otherwise the first `inject` pays it and the first request's figure shows it.
await app.ready();
const tokenFor = benchTokens(database);
const actors = {
  admin: await tokenFor('admin@demo.chuhai.dev'),
  rep: await tokenFor('rep1@demo.chuhai.dev'),
};
for (const [label, url] of churnOnly
  ? []
  : ([
      ['aging per customer', `/receivables?asOf=${READ_AS_OF}&groupBy=customer`],
      ['aging per country', `/receivables?asOf=${READ_AS_OF}&groupBy=country`],
      ['aging per owner', `/receivables?asOf=${READ_AS_OF}&groupBy=owner`],
    ] as const))
  for (const [who, token] of Object.entries(actors)) {
    const headers = { authorization: `Bearer ${token}` };
    const ask = () => app.inject({ method: 'GET', url: `/api/v1${url}`, headers });
    // The first request alone (for an admin's first report of the day: the 0102 re-key).
    const t1 = performance.now();
    await ask();
    const first = performance.now() - t1;
    for (let i = 0; i < 2; i++) await ask();
    let groups = 0;
    const r = await timeRequests(requests, async () => {
      const res = await ask();
      if (res.statusCode !== 200) throw new Error(`${res.statusCode} ${res.body}`);
      groups = res.json<{ groupCount: number }>().groupCount;
    });
    lines.push(
      `| ${label}, ${total.toLocaleString('en-US')} orders (${open.toLocaleString('en-US')} open) in 9 currencies, as ${who} (${groups.toLocaleString('en-US')} groups; ${requests} requests, as of ${READ_AS_OF}) | p50 ${ms(r.p50)}, p95 ${ms(r.p95)} (first request ${ms(first)}) |`,
    );
    console.error(lines[lines.length - 1]);
  }
// The churn list: the first page, the tenth, and one market.
for (const [label, query] of churnRequests
  ? ([
      ['top 50', 'limit=50'],
      ['page 10 of 50', 'limit=50&offset=450'],
      ['top 50 of one market (DE)', 'limit=50&country=DE'],
    ] as const)
  : [])
  for (const [who, token] of Object.entries(actors)) {
    const headers = { authorization: `Bearer ${token}` };
    const ask = () => app.inject({ method: 'GET', url: `/api/v1/risk/churn?${query}`, headers });
    for (let i = 0; i < 3; i++) await ask();
    let listed = 0;
    const r = await timeRequests(churnRequests, async () => {
      const res = await ask();
      if (res.statusCode !== 200) throw new Error(`${res.statusCode} ${res.body}`);
      listed = res.json<{ total: number }>().total;
    });
    lines.push(
      `| churn list ${label}, as ${who} (${listed.toLocaleString('en-US')} customers scored; ${churnRequests} requests) | p50 ${ms(r.p50)}, p95 ${ms(r.p95)} |`,
    );
    console.error(lines[lines.length - 1]);
  }
if (!churnOnly && !reuse)
  lines.push(
    `| receivables filled by the bench (lines by \`receivablesOf\` in 10,000-order batches, then the kept totals set-wise), ${total.toLocaleString('en-US')} orders | ${ms(seeded.rebuildMs)} |`,
  );
if (!churnOnly && process.env.BENCH_REBUILD === '1') {
  t0 = performance.now();
  await db.transaction().execute((tx) => rebuildReceivables(tx, workspaceId));
  await db.transaction().execute((tx) => rebuildOpenLineTotals(tx, workspaceId));
  lines.push(
    `| receivables filled from every order row by row (the 0074 migration's work), ${total.toLocaleString('en-US')} orders | ${ms(performance.now() - t0)} |`,
  );
}
if (!churnOnly) await checkFill();

/**
 * The seed's lines and kept totals are what the app writes: a sample of orders' lines and
 * settlements against `receivablesOf` over the orders read back, and every kept total against
 * the app's own recount from the lines (as of the bucket starts kept, if any).
 */
async function checkFill() {
  t0 = performance.now();
  const schedules = new PaymentSchedules(new CalendarProvider());
  const next = await schedules.calendar(db, workspaceId);
  const ids = (
    await db
      .selectFrom('orders')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .orderBy('id')
      .execute()
  )
    .filter((_, i) => i % 997 === 0)
    .map((r) => r.id);
  const want = receivablesOf(
    workspaceId,
    await orderRecords.byIds(db, workspaceId, ids),
    schedules,
    next,
  );
  const key = (r: object) => JSON.stringify(r, Object.keys(r).sort());
  const norm = (rows: object[]) =>
    rows
      .map((r) =>
        key(
          Object.fromEntries(
            Object.entries(r).map(([k, v]) => [
              k,
              typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v,
            ]),
          ),
        ),
      )
      .sort();
  for (const [table, expected] of [
    ['receivable_lines', want.lines],
    ['receivable_settlements', want.settlements],
  ] as const) {
    const got = await db
      .selectFrom(table)
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('order_id', 'in', ids)
      .execute();
    if (JSON.stringify(norm(got)) !== JSON.stringify(norm(expected)))
      throw new Error(`${table} of ${ids.length} sampled orders differ from receivablesOf`);
  }
  const stored = await openLineTotalsRepository.stored(db, workspaceId);
  const recounted = await openLineTotalsRepository.recounted(db, workspaceId);
  for (const [t, rows] of Object.entries(stored))
    if (JSON.stringify(rows) !== JSON.stringify(recounted[t as keyof typeof recounted]))
      throw new Error(`kept ${t} differ from the app's recount`);
  const kept = Object.entries(stored)
    .map(([t, rows]) => `${t} ${rows.length.toLocaleString('en-US')}`)
    .join(', ');
  console.error(
    `receivables bench: fill checked in ${ms(performance.now() - t0)}: ${ids.length} orders' lines, every kept row (${kept})`,
  );
}
await app.close();
await database.destroy();
if (!process.env.BENCH_KEEP) {
  if (pgBase) await dropPgDatabase(pgBase, PG_NAME);
  else for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
}
console.log(['| workload | figure |', '| --- | --- |', ...lines].join('\n'));
