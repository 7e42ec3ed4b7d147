/**
 * `npm run bench:replan-pg`: the replan of `bench/replan.ts` on PostgreSQL alone, timed statement
 * by statement. BENCH_SMALL_CUSTOMERS (default 100,000) demo customers are seeded and planned once
 * into a template database (kept; BENCH_RESEED=1 makes it again); each of BENCH_RUNS (default 3)
 * runs copies it into a fresh database, migrates it, and times the replan after a policy change
 * that moves every cadence, with where its time went: per kind of statement, summed.
 */
import pg from 'pg';
import { sql } from 'kysely';
import { openDatabase } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { CalendarProvider } from '../src/modules/countries/calendar.provider.ts';
import { policiesRepository } from '../src/modules/relationship/policies.repository.ts';
import { PlanningService } from '../src/modules/relationship/planning.service.ts';
import { seedDemo } from '../src/seed/demo.ts';
import { readFileSync } from 'node:fs';

const BASE = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const N = Number(process.env.BENCH_SMALL_CUSTOMERS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const TEMPLATE = `chuhai_replan_tpl_${N}`;
const RUN_DB = 'chuhai_replan_run';

const url = (name: string) => {
  const u = new URL(BASE);
  u.pathname = `/${name}`;
  return u.toString();
};

async function admin<T>(f: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: BASE });
  await c.connect();
  try {
    return await f(c);
  } finally {
    await c.end();
  }
}

/** A policy set that moves every cadence; `shift` days more for each policy on each run. */
function policies(workspaceId: string, shift: number) {
  const rows = [
    { name: 'Leads', stage: 'lead' as const, tier: null, days: 5, avoid_slow_seasons: 0 },
    { name: 'Tier A', stage: null, tier: 'A' as const, days: 10, avoid_slow_seasons: 0 },
    { name: 'Tier B', stage: null, tier: 'B' as const, days: 21, avoid_slow_seasons: 0 },
    { name: 'Tier C', stage: null, tier: 'C' as const, days: 60, avoid_slow_seasons: 0 },
    { name: 'Others', stage: null, tier: null, days: 45, avoid_slow_seasons: 0 },
  ];
  return rows.map((p, i) => ({
    ...p,
    days: p.days + shift,
    workspace_id: workspaceId,
    id: crypto.randomUUID(),
    position: i,
    updated_at: new Date().toISOString(),
  }));
}

async function template(): Promise<void> {
  const exists = await admin(
    async (c) =>
      (await c.query('select 1 from pg_database where datname = $1', [TEMPLATE])).rowCount,
  );
  if (exists && process.env.BENCH_RESEED !== '1') return;
  await admin((c) => c.query(`drop database if exists ${TEMPLATE} with (force)`));
  await admin((c) => c.query(`create database ${TEMPLATE}`));
  const d = openDatabase(url(TEMPLATE));
  await migrateToLatest(d.db);
  const t0 = performance.now();
  const { workspaceId } = await seedDemo(d.db, { customers: N, withContacts: false });
  console.error(`seeded ${N} in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  // The first replan (no plans yet), as bench/replan.ts does before the policy change.
  await new PlanningService(d.db, new CalendarProvider()).replanAll(workspaceId);
  await d.destroy();
}

/** Time spent per kind of statement, from the pg client's own round trips. */
const spent = new Map<string, { ms: number; n: number }>();
function kindOf(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim().toLowerCase();
  if (t.startsWith('analyze')) return t.slice(0, 60);
  if (t.startsWith('with "chunk"') || t.startsWith('update "follow_ups"'))
    return 'update follow_ups';
  if (t.startsWith('insert into "cadence_plan_map"')) return 'insert map';
  if (t.startsWith('delete from "cadence_plan_map"')) return 'clear map';
  if (t.startsWith('select "r"."country"')) return 'groups';
  if (t.startsWith('delete from "follow_ups"')) return 'delete follow_ups';
  if (t.startsWith('select "id" from "customers"')) return 'chunk ends';
  return t.slice(0, 40);
}
// eslint-disable-next-line @typescript-eslint/unbound-method -- wrapped below, called with its own `this`
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  const config = args[0];
  const text = typeof config === 'string' ? config : (config as { text?: string })?.text;
  const r = (query as (...a: unknown[]) => unknown).apply(this, args);
  if (text && r && typeof (r as Promise<unknown>).then === 'function') {
    const t0 = performance.now();
    const k = kindOf(text);
    void (r as Promise<unknown>).then(
      () => {
        const s = spent.get(k) ?? { ms: 0, n: 0 };
        s.ms += performance.now() - t0;
        s.n++;
        spent.set(k, s);
      },
      () => {},
    );
  }
  return r;
} as typeof query;

async function run(i: number): Promise<number> {
  await admin((c) => c.query(`drop database if exists ${RUN_DB} with (force)`));
  await admin((c) => c.query(`create database ${RUN_DB} template ${TEMPLATE}`));
  const d = openDatabase(url(RUN_DB));
  await migrateToLatest(d.db);
  const ws = await d.db.selectFrom('workspaces').select('id').executeTakeFirstOrThrow();
  await policiesRepository.replace(d.db, ws.id, policies(ws.id, 0));
  await sql`checkpoint`.execute(d.db);
  const planning = new PlanningService(d.db, new CalendarProvider());
  spent.clear();
  const load = readFileSync('/proc/loadavg', 'utf8').trim();
  const t0 = performance.now();
  const n = await planning.replanAll(ws.id);
  const ms = performance.now() - t0;
  const parts = [...spent].sort((a, b) => b[1].ms - a[1].ms);
  console.log(`run ${i + 1}: ${n} rewritten in ${ms.toFixed(0)} ms (load before: ${load})`);
  for (const [k, s] of parts) console.log(`  ${s.ms.toFixed(0).padStart(6)} ms  ${s.n}×  ${k}`);
  const sum = parts.reduce((a, [, s]) => a + s.ms, 0);
  console.log(`  ${(ms - sum).toFixed(0).padStart(6)} ms  outside the database`);
  await d.destroy();
  return ms;
}

await template();
const times: number[] = [];
for (let i = 0; i < RUNS; i++) times.push(await run(i));
await admin((c) => c.query(`drop database if exists ${RUN_DB} with (force)`));
console.log(
  `replan all ${N.toLocaleString('en-US')} on PostgreSQL after a policy change that moves every cadence: ${times.map((t) => t.toFixed(0)).join(', ')} ms`,
);
