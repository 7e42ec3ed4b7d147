/**
 * `npm run bench:insight`: the world map (`GET /insight/map`) per measure and a market dashboard
 * (`GET /insight/markets/DE`) over BENCH_ORDERS (default 200,000) orders of BENCH_CUSTOMERS
 * (10,000) demo customers in nine currencies, as an admin and as a rep; and next best actions
 * (`GET /next-actions`) for a rep who owns BENCH_REP_CUSTOMERS (5,000) of them. SQLite, or with
 * BENCH_DATABASE_URL a scratch PostgreSQL database beside it (`chuhai_bench_insight`).
 * BENCH_KEEP=1 keeps the seeded database; BENCH_REUSE=1 runs only the reads on a kept one.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../src/app/http-app.ts';
import { insertRows } from '../src/db/bulk-insert.ts';
import { openDatabase } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import type { ExchangeRateTable, Order } from '../src/db/schema.ts';
import { dropPgDatabase, freshPgDatabase } from './pg-scratch.ts';
import { refreshStatistics } from '../src/db/statistics.ts';
import { addDays } from '../src/domain/calendar/dates.ts';
import { newId } from '../src/domain/ids.ts';
import { minorDigits } from '../src/domain/value/money.ts';
import { customerRecords } from '../src/modules/customers/customer-records.service.ts';
import { orderRecords } from '../src/modules/orders/order-records.service.ts';
import { revenueTotalsRepository } from '../src/modules/orders/revenue-totals.repository.ts';
import { rebuildOpenLineTotals, rebuildReceivables } from '../src/modules/risk/receivable-lines.ts';
import { refreshChurnScores } from '../src/modules/risk/churn-scores.ts';
import { Random } from '../src/seed/random.ts';
import { seedDemo } from '../src/seed/demo.ts';
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
const TERMS = ['[]', JSON.stringify([{ event: 'open_account', percent: 100, days: 30 }])];
const today = new Date().toISOString().slice(0, 10);

const dir = process.env.BENCH_DIR ?? '/tmp/chuhai-bench';
mkdirSync(dir, { recursive: true });
const total = Number(process.env.BENCH_ORDERS ?? 200_000);
const requests = Number(process.env.BENCH_REQUESTS ?? 20);
const repCustomers = Number(process.env.BENCH_REP_CUSTOMERS ?? 5_000);
const file = join(dir, 'insight.db');
const pgBase = process.env.BENCH_DATABASE_URL;
const reuse = process.env.BENCH_REUSE === '1';
const PG_NAME = process.env.BENCH_PG_NAME ?? 'chuhai_bench_insight';
const pgUrl = (() => {
  if (!pgBase) return undefined;
  const u = new URL(pgBase);
  u.pathname = `/${PG_NAME}`;
  return u.toString();
})();
if (!reuse && !pgBase) rmSync(file, { force: true });
const database = openDatabase(
  pgBase ? (reuse ? pgUrl! : await freshPgDatabase(pgBase, PG_NAME)) : file,
);
const db = database.db;
await migrateToLatest(db);
if (!reuse) await seed();
const customerCount = Number(
  (
    await db
      .selectFrom('customers')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
  ).n,
);
const orderCount = Number(
  (
    await db
      .selectFrom('orders')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
  ).n,
);

async function seed(): Promise<string> {
  console.error('insight bench: seeding customers…');
  const { workspaceId } = await seedDemo(db, {
    customers: Number(process.env.BENCH_CUSTOMERS ?? 10_000),
    withContacts: false,
    withActivities: false,
  });
  const rnd = new Random(20);
  const rep = await db
    .selectFrom('users')
    .select('id')
    .where('email', '=', 'rep1@demo.chuhai.dev')
    .executeTakeFirstOrThrow();
  const customers = await db
    .selectFrom('customers')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .execute();
  // The rep's book: the first BENCH_REP_CUSTOMERS customers (a bench's shortcut, not a transfer).
  await db
    .updateTable('customers')
    .set({ owner_id: rep.id })
    .where('workspace_id', '=', workspaceId)
    .where(
      'id',
      'in',
      db
        .selectFrom('customers')
        .select('id')
        .where('workspace_id', '=', workspaceId)
        .orderBy('id')
        .limit(repCustomers),
    )
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
  console.error(`insight bench: inserting ${total.toLocaleString('en-US')} orders…`);
  const at = new Date().toISOString();
  for (let start = 0; start < total; start += 10_000) {
    const rows: Order[] = [];
    for (let i = start; i < Math.min(total, start + 10_000); i++) {
      const date = addDays(today, -rnd.int(0, 720));
      const currency = rnd.pick(CURRENCIES);
      const amount = Math.round(
        ((2_000 + rnd.next() * 50_000) / (USD_PER[currency] ?? 1)) * 10 ** minorDigits(currency),
      );
      const old = date < addDays(today, -120);
      const status = old ? 'paid' : rnd.pick(['open', 'shipped'] as const);
      rows.push({
        workspace_id: workspaceId,
        id: newId(),
        customer_id: rnd.pick(customers).id,
        number: `I-${i}`,
        order_date: date,
        amount_minor: amount,
        currency,
        status,
        paid_date: status === 'paid' ? addDays(date, 40) : null,
        created_at: at,
        payment_terms: rnd.pick(TERMS),
        invoice_date: date,
        bl_date: null,
        arrival_date: null,
        paid_minor: status === 'paid' ? amount : 0,
      });
    }
    await insertRows(db, 'orders', rows);
  }
  // As every order write does (saveOrders): the customers' last order date and order rhythm.
  console.error('insight bench: order rhythm of every customer…');
  await db.transaction().execute((tx) =>
    customerRecords.refreshLastOrderDate(
      tx,
      workspaceId,
      customers.map((c) => c.id),
    ),
  );
  // As every order write does (the receivables follower): the open lines and settlements that
  // next actions read what is overdue from.
  console.error('insight bench: receivables of every order…');
  await db.transaction().execute(async (tx) => {
    await rebuildReceivables(tx, workspaceId);
    await rebuildOpenLineTotals(tx, workspaceId);
  });
  // As every order write does (saveOrders): the revenue kept per day, owner, team and tier.
  console.error('insight bench: kept revenue…');
  await db.transaction().execute((tx) => revenueTotalsRepository.rebuild(tx, workspaceId));
  // As the orders followers and the hourly job do: the churn scores kept on the customers, which
  // the churn rule of next actions and the dashboard's customers-at-risk card read.
  console.error('insight bench: churn scores…');
  await refreshChurnScores(db, workspaceId, today);
  await refreshStatistics(db, [
    'orders',
    'customers',
    'receivable_lines',
    'revenue_day_totals',
    'revenue_owner_totals',
    'open_line_totals',
    'open_line_owner_totals',
    'open_line_firsts',
    'open_line_owner_firsts',
  ]);

  return workspaceId;
}

const app = await buildApp({
  db,
  secret: 'bench-secret-bench-secret-bench',
  webDist: '/nonexistent',
});
const tokenFor = benchTokens(database);
const actors = {
  admin: await tokenFor('admin@demo.chuhai.dev'),
  rep: await tokenFor('rep1@demo.chuhai.dev'),
};
const from = addDays(today, -89);
const lines: string[] = [];
// BENCH_ONLY=<regex>: only the workloads whose label matches (e.g. `next actions`).
const only = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY) : null;
const run = async (label: string, url: string, who: keyof typeof actors) => {
  if (only && !only.test(label)) return;
  const headers = { authorization: `Bearer ${actors[who]}` };
  const ask = () => app.inject({ method: 'GET', url: `/api/v1${url}`, headers });
  for (let i = 0; i < 2; i++) await ask();
  // BENCH_HASH=1: each answer's SHA-256, to check that a change kept the answers byte-identical.
  if (process.env.BENCH_HASH)
    console.error(
      `${label}, ${who}: sha256 ${createHash('sha256')
        .update((await ask()).body)
        .digest('hex')}`,
    );
  const r = await timeRequests(requests, async () => {
    const res = await ask();
    if (res.statusCode !== 200) throw new Error(`${res.statusCode} ${res.body}`);
  });
  lines.push(`| ${label}, as ${who} (${requests} requests) | p50 ${ms(r.p50)}, p95 ${ms(r.p95)} |`);
  console.error(lines[lines.length - 1]);
};
for (const measure of [
  'customers',
  'revenue',
  'growth',
  'pipeline',
  'overdue',
  'nps',
  'tickets_sla',
])
  for (const who of ['admin', 'rep'] as const)
    await run(`map: ${measure}`, `/insight/map?measure=${measure}&from=${from}&to=${today}`, who);
// The filters: a tier reads the per-owner totals of every owner; a segment cannot use the totals
// and reads the period's orders (the demo's segment of German customers).
const segment = await db.selectFrom('segments').select('id').orderBy('id').executeTakeFirst();
for (const who of ['admin', 'rep'] as const) {
  await run(
    'map: revenue, tier A',
    `/insight/map?measure=revenue&from=${from}&to=${today}&tier=A`,
    who,
  );
  if (segment)
    await run(
      'map: revenue, a segment (raw read of the orders)',
      `/insight/map?measure=revenue&from=${from}&to=${today}&segmentId=${segment.id}`,
      who,
    );
}
for (const who of ['admin', 'rep'] as const)
  await run('market dashboard DE', `/insight/markets/DE?from=${from}&to=${today}`, who);
await run(
  `next actions, the rep's ${repCustomers.toLocaleString('en-US')} customers`,
  '/next-actions',
  'rep',
);
// The dashboard's customers at risk: the churn list's first five with the high and medium counts.
for (const who of ['admin', 'rep'] as const)
  await run('customers at risk (dashboard card)', '/risk/churn?limit=5', who);
const high = await db
  .selectFrom('customers')
  .select((eb) => eb.fn.countAll<number>().as('n'))
  .where('churn_score', '>=', 60)
  .executeTakeFirstOrThrow();
console.error(`insight bench: ${Number(high.n)} customers at high churn risk`);
await app.close();
await database.destroy();
if (!process.env.BENCH_KEEP) {
  if (pgBase) await dropPgDatabase(pgBase, PG_NAME);
  else for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
}
console.log(
  [
    `${customerCount.toLocaleString('en-US')} customers, ${orderCount.toLocaleString('en-US')} orders (${pgBase ? 'PostgreSQL' : 'SQLite'}), load average ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}`,
    '| workload | figure |',
    '| --- | --- |',
    ...lines,
  ].join('\n'),
);
