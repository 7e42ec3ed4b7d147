/**
 * The deals board and forecast over BENCH_DEALS (default 200,000) deals in ten currencies, on a
 * demo workspace of BENCH_DEAL_CUSTOMERS (default 20,000) customers, as an admin and as a rep.
 * One currency (INR) has rates only from 2026 on, so the forecast also names unconverted deals.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildApp } from '../src/app/http-app.ts';
import { openDatabase } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import type { ExchangeRateTable } from '../src/db/schema.ts';
import { addDays } from '../src/domain/calendar/dates.ts';
import { newId } from '../src/domain/ids.ts';
import { minorDigits } from '../src/domain/value/money.ts';
import {
  dealRecords,
  pipelineRecords,
  type NewDeal,
} from '../src/modules/deals/deal-records.service.ts';
import { orderRecords } from '../src/modules/orders/order-records.service.ts';
import { Random } from '../src/seed/random.ts';
import { seedDemo } from '../src/seed/demo.ts';
import { ms, timeRequests } from './stats.ts';
import { benchTokens } from './workloads.ts';

// US dollars per unit, roughly; each currency gets a rate on the first of every month.
const USD_PER: Record<string, number> = {
  EUR: 1.12,
  CNY: 0.14,
  JPY: 0.0066,
  GBP: 1.3,
  BRL: 0.18,
  MXN: 0.053,
  AED: 0.2723,
  SAR: 0.2666,
  INR: 0.012,
};
const CURRENCIES = ['USD', ...Object.keys(USD_PER)];

export async function dealsBench(
  dir: string,
  opts: { deals?: number; customers?: number; requests?: number } = {},
): Promise<string[]> {
  const deals = opts.deals ?? 200_000;
  const requests = opts.requests ?? 100;
  const file = join(dir, 'deals.db');
  rmSync(file, { force: true });
  const database = openDatabase(file);
  const db = database.db;
  await migrateToLatest(db);
  console.error(`deals bench: seeding ${opts.customers ?? 20_000} customers…`);
  const { workspaceId } = await seedDemo(db, {
    customers: opts.customers ?? 20_000,
    withContacts: false,
    withActivities: false,
  });
  const rnd = new Random(14);
  const customers = await db
    .selectFrom('customers')
    .select(['id', 'owner_id', 'country'])
    .where('workspace_id', '=', workspaceId)
    .execute();
  const [pipeline] = await pipelineRecords.list(db, workspaceId);
  const stages = (await pipelineRecords.stages(db, workspaceId)).filter(
    (s) => s.pipeline_id === pipeline?.id,
  );
  const rates: ExchangeRateTable[] = [];
  for (const [currency, usd] of Object.entries(USD_PER))
    for (let m = currency === 'INR' ? 12 : 0; m < 36; m++) {
      const month = `${2025 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-01`;
      const rate = (usd * (0.95 + rnd.next() * 0.1)).toPrecision(6);
      rates.push({ workspace_id: workspaceId, currency, valid_from: month, rate });
    }
  await db.transaction().execute((tx) => orderRecords.replaceRates(tx, workspaceId, rates));
  console.error(`deals bench: inserting ${deals.toLocaleString('en-US')} deals…`);
  const at = new Date().toISOString();
  for (let start = 0; start < deals; start += 10_000) {
    const rows: NewDeal[] = [];
    for (let i = start; i < Math.min(deals, start + 10_000); i++) {
      const c = rnd.pick(customers);
      // Most deals open and early in the funnel, as real pipelines are.
      const stage = stages[Math.min(stages.length - 1, Math.floor(rnd.next() ** 1.6 * 7))]!;
      const currency = rnd.pick(CURRENCIES);
      const usd = 2_000 + rnd.next() * 200_000;
      const major = usd / (USD_PER[currency] ?? 1);
      rows.push({
        workspace_id: workspaceId,
        id: newId(),
        customer_id: c.id,
        customer_country: c.country,
        pipeline_id: stage.pipeline_id,
        stage_id: stage.id,
        title: `Deal ${i}`,
        amount_minor: Math.round(major * 10 ** minorDigits(currency)),
        currency,
        expected_close_date: addDays('2025-06-01', rnd.int(0, 730)),
        probability: stage.probability,
        status: stage.kind,
        owner_id: c.owner_id,
        source: null,
        next_step: null,
        stage_entered_at: at,
        closed_at: stage.kind === 'open' ? null : at,
        repeat_of_id: null,
        created_by: null,
        created_at: at,
        updated_at: at,
      });
    }
    await db.transaction().execute((tx) => dealRecords.insertMany(tx, { deals: rows }));
  }
  await dealRecords.refreshStatistics(db);

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
  const lines: string[] = [];
  const workloads: [string, string][] = [
    ['board: one pipeline, first 20 deals per stage, totals per stage', '/deals/board?limit=20'],
    ['forecast by stage', '/deals/forecast?groupBy=stage'],
    ['forecast by owner', '/deals/forecast?groupBy=owner'],
    ['forecast by country', '/deals/forecast?groupBy=country'],
    ['forecast by month', '/deals/forecast?groupBy=month'],
  ];
  for (const [label, url] of workloads)
    for (const [who, token] of Object.entries(actors)) {
      const headers = { authorization: `Bearer ${token}` };
      const ask = () => app.inject({ method: 'GET', url: `/api/v1${url}`, headers });
      for (let i = 0; i < 5; i++) await ask();
      let seen = 0;
      const r = await timeRequests(requests, async () => {
        const res = await ask();
        if (res.statusCode !== 200) throw new Error(`${res.statusCode} ${res.body}`);
        const body = res.json<{ total?: { deals: number }; columns?: { deals: number }[] }>();
        seen = body.total?.deals ?? body.columns?.reduce((n, c) => n + c.deals, 0) ?? 0;
      });
      lines.push(
        `| ${label}, ${deals.toLocaleString('en-US')} deals in 10 currencies, as ${who} (${seen.toLocaleString('en-US')} deals counted; ${requests} requests) | p50 ${ms(r.p50)}, p95 ${ms(r.p95)} |`,
      );
      console.error(lines[lines.length - 1]);
    }
  await app.close();
  await database.destroy();
  // BENCH_KEEP=1 leaves the database behind, to study a query plan on it.
  if (!process.env.BENCH_KEEP)
    for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
  return lines;
}
