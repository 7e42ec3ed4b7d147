import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase, type Database } from '../src/db/database.ts';
import { insertRows } from '../src/db/bulk-insert.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import type { LoyaltyLedgerTable, LoyaltyStatusTable } from '../src/db/schema.ts';
import { addMonths } from '../src/domain/loyalty/months.ts';
import { DEFAULT_PROGRAMME } from '../src/domain/loyalty/programme.ts';
import { systemScope } from '../src/domain/scope.ts';
import { createContainer } from '../src/app/container.ts';
import { evaluateWorkspace } from '../src/modules/loyalty/loyalty-evaluation.ts';
import { loyaltyLedgerRepository } from '../src/modules/loyalty/loyalty-ledger.repository.ts';
import { seedDemo } from '../src/seed/demo.ts';
import { Random } from '../src/seed/random.ts';
import { timeRequests } from './stats.ts';
import { benchApp } from './workloads.ts';
import { dropPgDatabase, freshPgDatabase } from './pg-scratch.ts';

/**
 * The loyalty workloads of issue #17 on SQLite (or, with `pgBase`, a scratch PostgreSQL database
 * beside it): 100,000 customers with 2,000,000 ledger entries (20 each: earnings over 24 months
 * and some redemptions), then the full nightly tier evaluation (first run: every tier written;
 * again: nothing changed) and `GET /customers/{id}/loyalty`.
 */
export async function loyaltyBench(
  dir: string,
  customers = 100_000,
  perCustomer = 20,
  requests = 500,
  pgBase?: string,
) {
  const file = join(dir, 'loyalty.db');
  rmSync(file, { force: true });
  const database = openDatabase(
    pgBase ? await freshPgDatabase(pgBase, 'chuhai_bench_loyalty') : file,
  );
  const db = database.db;
  await migrateToLatest(db);
  const { workspaceId: ws } = await seedDemo(db, {
    customers,
    withContacts: false,
    withActivities: false,
  });
  const services = createContainer(db);
  const scope = systemScope(ws);
  const [silver, gold, platinum] = DEFAULT_PROGRAMME.tiers;
  await services.loyalty.saveProgramme(scope, {
    ...DEFAULT_PROGRAMME,
    enabled: true,
    expiryMonths: 24,
    tiers: [
      { ...silver!, threshold: 1_000 },
      { ...gold!, threshold: 2_500 },
      { ...platinum!, threshold: 4_000 },
    ],
  });
  const ids = (
    await db.selectFrom('customers').select('id').where('workspace_id', '=', ws).execute()
  ).map((r) => r.id);
  const now = new Date();
  const today = now.toISOString().slice(0, 10);
  const rnd = new Random(17);
  const t0 = performance.now();
  let entries = 0;
  await db.transaction().execute(async (tx) => {
    let rows: LoyaltyLedgerTable[] = [];
    const status: LoyaltyStatusTable[] = [];
    for (const id of ids) {
      let balance = 0;
      // 20 dates over the last 24 months, oldest first
      const days = Array.from({ length: perCustomer }, () => rnd.int(1, 720)).sort((a, b) => b - a);
      days.forEach((back, i) => {
        const date = new Date(now.getTime() - back * 86_400_000).toISOString().slice(0, 10);
        const redeem = balance > 200 && rnd.chance(0.2);
        const points = redeem ? -rnd.int(1, Math.floor(balance / 2)) : rnd.int(10, 500);
        balance += points;
        rows.push({
          workspace_id: ws,
          customer_id: id,
          seq: i + 1,
          kind: redeem ? 'redeem' : 'earn',
          points,
          entry_date: date,
          order_id: null,
          lot_seq: null,
          expires_on: redeem ? null : addMonths(date, 24),
          shortfall: 0,
          amount_minor: redeem ? 0 : points * 100,
          reason: redeem ? 'bench' : null,
          actor_id: null,
          source: null,
          created_at: now.toISOString(),
        });
      });
      status.push({
        workspace_id: ws,
        customer_id: id,
        balance,
        tier: null,
        points_12m: 0,
        revenue_12m_minor: 0,
        next_expiry: null,
        evaluated_at: now.toISOString(),
      });
      if (rows.length >= 20_000) {
        await insertRows(tx, 'loyalty_ledger', rows);
        entries += rows.length;
        rows = [];
      }
    }
    await insertRows(tx, 'loyalty_ledger', rows);
    entries += rows.length;
    await insertRows(tx, 'loyalty_status', status);
  });
  const insertMillis = performance.now() - t0;

  // What the night does: the statistics sampled once, then the workspace's evaluation.
  const time = async () => {
    const t = performance.now();
    await loyaltyLedgerRepository.refreshStatistics(db);
    const r = await evaluateWorkspace(db, ws, now);
    return { millis: performance.now() - t, changed: r.changed };
  };
  const first = await time();
  const again = await time();

  const read = await loyaltyReads(database, ids, requests);
  await database.destroy();
  // BENCH_KEEP=1 keeps the PostgreSQL seed for `loyaltyReadsOn` (reads only, no seeding).
  if (pgBase && process.env.BENCH_KEEP !== '1')
    await dropPgDatabase(pgBase, 'chuhai_bench_loyalty');
  for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
  return {
    customers: ids.length,
    entries,
    insertMillis,
    first,
    again,
    read,
    today,
  };
}

/** `GET /customers/{id}/loyalty` as the admin for random customers, after 20 untimed warm-ups. */
export async function loyaltyReads(database: Database, ids: string[], requests: number) {
  const bench = await benchApp(database);
  const pick = new Random(3);
  const get = async () => {
    const id = ids[pick.int(0, ids.length - 1)]!;
    const res = await bench.app.inject({
      method: 'GET',
      url: `/api/v1/customers/${id}/loyalty`,
      headers: { authorization: `Bearer ${bench.actors.admin}` },
    });
    if (res.statusCode !== 200) throw new Error(`loyalty read ${res.statusCode} ${res.body}`);
  };
  // The first requests compile the route's schemas and warm the statement cache: not timed.
  for (let i = 0; i < 20; i++) await get();
  const read = await timeRequests(requests, get);
  await bench.app.close();
  return { ...read, count: requests };
}

/** The reads alone on a seed kept with BENCH_KEEP=1 (the database `chuhai_bench_loyalty`). */
export async function loyaltyReadsOn(pgBase: string, requests: number) {
  const url = new URL(pgBase);
  url.pathname = '/chuhai_bench_loyalty';
  const database = openDatabase(url.toString());
  const ids = (await database.db.selectFrom('loyalty_status').select('customer_id').execute()).map(
    (r) => r.customer_id,
  );
  const read = await loyaltyReads(database, ids, requests);
  await database.destroy();
  return { customers: ids.length, read };
}
