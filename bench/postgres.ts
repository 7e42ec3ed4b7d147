/**
 * `npm run bench:pg`: the bench's workloads on PostgreSQL (BENCH_DATABASE_URL, default the local
 * test server): BENCH_CUSTOMERS (default 1,000,000) demo customers seeded into a fresh database
 * beside it, then the customer list, segment counts and search as a rep and as an admin; replan
 * and value classification of 100,000 customers and a 100,000-row import, each in a fresh
 * database, as `npm run bench` runs them on SQLite. BENCH_REUSE=1 keeps the seeded database;
 * BENCH_SKIP_READS=1 runs only the replan, classification and import.
 * Prints Markdown rows for docs/performance.md.
 */
import { mkdirSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import pg from 'pg';
import { sql } from 'kysely';
import { openDatabase } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { classifyBench } from './classify.ts';
import { importBench } from './import.ts';
import { dropPgDatabase, freshPgDatabase } from './pg-scratch.ts';
import { replanBench } from './replan.ts';
import { runSearchBench, seeded } from './search-run.ts';
import { ms, perSec } from './stats.ts';
import { benchApp, giveRevenue, listBench, segmentBench } from './workloads.ts';

const N = Number(process.env.BENCH_CUSTOMERS ?? 1_000_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const SMALL = Number(process.env.BENCH_SMALL_CUSTOMERS ?? 100_000);
const dir = process.env.BENCH_DIR ?? '/tmp/chuhai-bench';

export async function postgresBench(base: string, reuse = false): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const lines: string[] = [];
  const out = (line: string) => {
    lines.push(line);
    console.log(line);
  };
  const server = new pg.Client({ connectionString: base });
  await server.connect();
  const version =
    (await server.query<{ v: string }>("select current_setting('server_version') as v")).rows[0]
      ?.v ?? '?';
  const name = 'chuhai_bench_pg';
  const exists = (await server.query('select 1 from pg_database where datname = $1', [name]))
    .rowCount;
  await server.end();
  out(
    `PostgreSQL ${version} on ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
  );
  out('');
  out('| workload on PostgreSQL | figure |');
  out('| --- | --- |');
  const fresh = !(reuse && exists);
  // BENCH_SKIP_READS=1: only the replan, classification and import (each in its own database).
  if (process.env.BENCH_SKIP_READS !== '1') await reads(base, name, fresh, out);
  await writes(base, out);
  return lines;
}

async function reads(base: string, name: string, fresh: boolean, out: (line: string) => void) {
  const url = fresh ? await freshPgDatabase(base, name) : pgUrl(base, name);
  const database = openDatabase(url);
  const t0 = performance.now();
  await seeded(database, fresh, 'PostgreSQL');
  if (fresh)
    out(
      `| seed ${N.toLocaleString('en-US')} demo customers (one in ten with a contact) | ${((performance.now() - t0) / 1000).toFixed(0)} s |`,
    );
  if (fresh) await giveRevenue(database);
  await sql`vacuum analyze`.execute(database.db);
  const bench = await benchApp(database);
  await listBench(bench, REQUESTS, out);
  await segmentBench(bench, out);
  await bench.app.close();
  for (const line of await runSearchBench(
    database,
    `PostgreSQL, ${N.toLocaleString('en-US')} customers`,
  ))
    out(line);
  await database.destroy();
}

async function writes(base: string, out: (line: string) => void) {
  const scratch = async (db: string) => {
    const d = openDatabase(await freshPgDatabase(base, db));
    await migrateToLatest(d.db);
    return d;
  };
  console.error(`replanning ${SMALL.toLocaleString('en-US')} customers on PostgreSQL…`);
  const replan = await replanBench(dir, SMALL, () => scratch('chuhai_bench_replan'));
  await dropPgDatabase(base, 'chuhai_bench_replan');
  out(
    `| replan all ${SMALL.toLocaleString('en-US')} customers after a policy change that moves every cadence | ${ms(replan.millis)}; ${replan.openFollowUps.toLocaleString('en-US')} open follow-ups |`,
  );
  out(`| the same after a change to one tier | ${ms(replan.oneTierMillis)} |`);
  out(`| first replan of the workspace (no plans yet) | ${ms(replan.coldMillis)} |`);
  out(
    `| customer list answered during the one-tier replan | ${replan.answered} requests, slowest ${ms(replan.slowest)} |`,
  );
  console.error('classifying on PostgreSQL…');
  const classified = await classifyBench(dir, SMALL, () => scratch('chuhai_bench_classify'));
  await dropPgDatabase(base, 'chuhai_bench_classify');
  out(
    `| value classification of ${SMALL.toLocaleString('en-US')} customers with ${classified.orders.toLocaleString('en-US')} orders: first run (${classified.first.tierChanges.toLocaleString('en-US')} tier changes audited) | ${ms(classified.first.millis)} |`,
  );
  out(`| the same again, nothing changed | ${ms(classified.again.millis)} |`);
  console.error('importing on PostgreSQL…');
  const imported = await importBench(dir, Number(process.env.BENCH_IMPORT_ROWS ?? SMALL), {
    floor: false,
    pgBase: base,
  });
  out(
    `| import a ${imported.rows.toLocaleString('en-US')}-row customer CSV: ${imported.counts.created.toLocaleString('en-US')} created, ${imported.counts.merged.toLocaleString('en-US')} merged | ${(imported.millis / 1000).toFixed(1)} s, ${perSec(imported.rows, imported.millis)} |`,
  );
}

function pgUrl(base: string, name: string): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const base =
    process.env.BENCH_DATABASE_URL ??
    process.env.BENCH_PG_URL ??
    'postgres://postgres@127.0.0.1:5432/test';
  await postgresBench(base, process.env.BENCH_REUSE === '1');
}
