/**
 * `npm run bench:search`: seeds BENCH_CUSTOMERS (default 1,000,000) demo customers with names in
 * nine scripts (one in ten with a contact and phone) into SQLite and, when BENCH_PG_URL is set
 * (e.g. postgres://postgres@127.0.0.1:5432/test), into a fresh PostgreSQL database beside it,
 * then times search as a rep and as an admin. BENCH_REUSE=1 keeps seeded databases.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { freshPgDatabase } from './pg-scratch.ts';
import { join } from 'node:path';
import pg from 'pg';
import { sql } from 'kysely';
import { buildApp } from '../src/app/http-app.ts';
import { openDatabase, type Database } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { seedDemo } from '../src/seed/demo.ts';
import { searchBench } from './search.ts';
import { benchTokens } from './workloads.ts';

const N = Number(process.env.BENCH_CUSTOMERS ?? 1_000_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const dir = process.env.BENCH_DIR ?? '/tmp/chuhai-bench';
mkdirSync(dir, { recursive: true });

export async function seeded(database: Database, fresh: boolean, label: string): Promise<void> {
  if (!fresh) return;
  await migrateToLatest(database.db);
  const t0 = performance.now();
  await seedDemo(database.db, {
    customers: N,
    withContacts: 0.1,
    onProgress: (done, total) =>
      done % 100_000 === 0 && console.error(`  ${label}: ${done}/${total}`),
  });
  console.error(`  ${label}: seeded in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
}

export async function runSearchBench(database: Database, label: string): Promise<string[]> {
  const app = await buildApp({
    db: database.db,
    secret: 'bench-secret-bench-secret-bench',
    webDist: '/nonexistent',
  });
  const tokenFor = benchTokens(database);
  const actors = {
    'rep (Europe & Americas team)': await tokenFor('rep1@demo.chuhai.dev'),
    'rep (Asia team: has Chinese customers)': await tokenFor('rep3@demo.chuhai.dev'),
    admin: await tokenFor('admin@demo.chuhai.dev'),
  };
  const lines = await searchBench(app, database.db, actors, REQUESTS, label);
  await app.close();
  return lines;
}

/** Seeds (unless reused) and measures search on a PostgreSQL database beside `base`. */
export async function searchOnPostgres(base: string, reuse: boolean): Promise<string[]> {
  const name = 'chuhai_search_bench';
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  const exists = (await admin.query('select 1 from pg_database where datname = $1', [name]))
    .rowCount;
  await admin.end();
  const fresh = !(reuse && exists);
  const url = fresh ? await freshPgDatabase(base, name) : pgUrl(base, name);
  const pgDb = openDatabase(url);
  await seeded(pgDb, fresh, 'PostgreSQL');
  await sql`vacuum analyze`.execute(pgDb.db);
  const lines = await runSearchBench(pgDb, `PostgreSQL, ${N.toLocaleString('en-US')} customers`);
  await pgDb.destroy();
  return lines;
}

function pgUrl(base: string, name: string): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const lines: string[] = [];
  const file = join(dir, 'search.db');
  const reuse = process.env.BENCH_REUSE === '1';
  const fresh = !(reuse && existsSync(file));
  if (fresh) for (const s of ['', '-wal', '-shm']) rmSync(file + s, { force: true });
  const lite = openDatabase(file);
  await seeded(lite, fresh, 'SQLite');
  lines.push(...(await runSearchBench(lite, `SQLite, ${N.toLocaleString('en-US')} customers`)));
  await lite.destroy();
  if (process.env.BENCH_PG_URL)
    lines.push(...(await searchOnPostgres(process.env.BENCH_PG_URL, reuse)));
  console.log(lines.join('\n'));
}
