/**
 * `npm run bench`: seeds BENCH_CUSTOMERS (default 1,000,000) customers into a fresh SQLite file,
 * compares the seeder with raw better-sqlite3 inserts of the same rows, then times the customer
 * list API in-process. Prints a Markdown table for docs/performance.md.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { seedDemo } from '../src/seed/demo.ts';
import { nextBusinessDayMillis } from './calendar.ts';
import { slaDueMillis } from './sla.ts';
import { campaignScheduleMillis } from './campaign.ts';
import { rawInsertMillis } from './raw-insert.ts';
import { classifyBench } from './classify.ts';
import { importBench } from './import.ts';
import { listVsRaw } from './list-vs-raw.ts';
import { loyaltyBench } from './loyalty.ts';
import { postgresBench } from './postgres.ts';
import { replanBench } from './replan.ts';
import { runSearchBench, searchOnPostgres } from './search-run.ts';
import { ms, perSec } from './stats.ts';
import { quotePdfRows } from './quote-pdf.ts';
import { feedbackBench } from './feedback.ts';
import { ticketsBench } from './tickets.ts';
import { officesBench } from './offices.ts';
import { benchApp, giveRevenue, listBench, segmentBench } from './workloads.ts';

const N = Number(process.env.BENCH_CUSTOMERS ?? 1_000_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const dir = process.env.BENCH_DIR ?? '/tmp/chuhai-bench';
const file = join(dir, 'bench.db');
// BENCH_REUSE=1 keeps an already seeded database and measures only the reads.
const reuse = process.env.BENCH_REUSE === '1' && existsSync(file);
if (!reuse) rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const lines: string[] = [];
const out = (line: string) => {
  lines.push(line);
  console.log(line);
};

const database = openDatabase(file);
await migrateToLatest(database.db);
out(
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, SQLite file on local disk`,
);
out('');
out('| workload | figure |');
out('| --- | --- |');
const cold = nextBusinessDayMillis(1_000_000);
const warm = nextBusinessDayMillis(1_000_000);
out(
  `| next business day for 1,000,000 (country, date) pairs, 20 countries, 2026–2027: cold (holiday data computed and cached inside the run) | ${ms(cold.millis)} |`,
);
out(`| the same 1,000,000 pairs again (holiday data cached) | ${ms(warm.millis)} |`);
const slaCold = slaDueMillis(1_000_000);
const slaWarm = slaDueMillis(1_000_000);
out(
  `| SLA due instants for 1,000,000 tickets over 40 countries' calendars, 2026–2027, 1–40 business hours, one in five paused: first run (calendars and day tables built inside it) | ${ms(slaCold.millis)} |`,
);
out(`| the same 1,000,000 again (day tables cached) | ${ms(slaWarm.millis)} |`);
const campaign = campaignScheduleMillis(1_000_000);
out(
  `| campaign of 1,000,000 recipients in 60 markets for "Tuesday 10:00 where they are", holidays and weekends to the next business day: instants computed in memory (not stored) | ${ms(campaign.millis)}, ${campaign.markets} distinct instants, heap +${Math.round(campaign.heapMb)} MB |`,
);
console.error('replanning 100,000 customers…');
const replan = await replanBench(dir);
out(
  `| replan all 100,000 customers after a policy change that moves every customer's cadence | ${ms(replan.millis)}; ${replan.openFollowUps.toLocaleString('en-US')} open follow-ups |`,
);
out(
  `| replan all 100,000 customers after a change to one tier (only changed plans rewritten) | ${ms(replan.oneTierMillis)} |`,
);
out(
  `| first replan of the workspace: no plans yet, so 100,000 are planned one by one and inserted, building ~120 country and region calendars | ${ms(replan.coldMillis)} |`,
);
out(
  `| customer list answered during the one-tier replan | ${replan.answered} requests, slowest ${ms(replan.slowest)} |`,
);
console.error('classifying 100,000 customers…');
const classified = await classifyBench(dir);
out(
  `| value classification of 100,000 customers with ${classified.orders.toLocaleString('en-US')} orders in the customers' own currencies over 18 months: first run (every customer's revenue, RFM and tier written, ${classified.first.tierChanges.toLocaleString('en-US')} tier changes audited) | ${ms(classified.first.millis)} |`,
);
out(`| the same again, nothing changed | ${ms(classified.again.millis)} |`);
out(
  `| again after the cancelled orders were paid (${classified.after.tierChanges.toLocaleString('en-US')} tier changes) | ${ms(classified.after.millis)} |`,
);
console.error('loyalty: 100,000 customers, 2,000,000 ledger entries…');
const loyalty = await loyaltyBench(dir);
out(
  `| loyalty: full tier re-evaluation of ${loyalty.customers.toLocaleString('en-US')} customers with ${loyalty.entries.toLocaleString('en-US')} ledger entries (12-month sums in one grouped read, every tier written) | ${ms(loyalty.first.millis)} (${loyalty.first.changed.toLocaleString('en-US')} tiers written) |`,
);
out(
  `| the same again, nothing changed (the nightly run on a quiet day) | ${ms(loyalty.again.millis)} |`,
);
out(
  `| \`GET /customers/{id}/loyalty\` (balance, tier, lots, ledger page) over those customers, ${loyalty.read.count} requests | p50 ${ms(loyalty.read.p50)}, p95 ${ms(loyalty.read.p95)} |`,
);
console.error('importing a 100,000-row customer CSV…');
const imported = await importBench(dir, Number(process.env.BENCH_IMPORT_ROWS ?? 100_000), {
  floor: true,
});
out(
  `| import a ${imported.rows.toLocaleString('en-US')}-row customer CSV (10% duplicates under other spellings) into SQLite: ${imported.counts.created.toLocaleString('en-US')} created, ${imported.counts.merged.toLocaleString('en-US')} merged | ${(imported.millis / 1000).toFixed(1)} s, ${perSec(imported.rows, imported.millis)}, peak RSS ${Math.round(imported.peakRss / 2 ** 20)} MB |`,
);
if (imported.floor)
  out(
    `| the floor under that import: the ${imported.floor.rows.toLocaleString('en-US')} rows it wrote (${imported.floor.customers.toLocaleString('en-US')} customers with their contacts, search documents, match keys, tags and first follow-ups) replayed into a fresh database with plain prepared statements, 5,000 customers per transaction | ${(imported.floor.millis / 1000).toFixed(1)} s, ${perSec(imported.rows, imported.floor.millis)} (import rows per second) |`,
  );
const pgBase = process.env.BENCH_PG_URL;
if (pgBase) {
  console.error('importing the same CSV into PostgreSQL…');
  const onPg = await importBench(dir, Number(process.env.BENCH_IMPORT_ROWS ?? 100_000), {
    floor: true,
    pgBase,
  });
  out(
    `| the same import into PostgreSQL: ${onPg.counts.created.toLocaleString('en-US')} created, ${onPg.counts.merged.toLocaleString('en-US')} merged | ${(onPg.millis / 1000).toFixed(1)} s, ${perSec(onPg.rows, onPg.millis)}, peak RSS ${Math.round(onPg.peakRss / 2 ** 20)} MB |`,
  );
  if (onPg.floor)
    out(
      `| the floor under the PostgreSQL import: its ${onPg.floor.rows.toLocaleString('en-US')} rows replayed into a fresh database with prepared 500-row inserts, 5,000 customers per transaction | ${(onPg.floor.millis / 1000).toFixed(1)} s, ${perSec(onPg.rows, onPg.floor.millis)} (import rows per second) |`,
    );
}
if (!reuse) await seedAndCompare();

async function seedAndCompare(): Promise<void> {
  console.error(`seeding ${N.toLocaleString('en-US')} customers…`);
  const t0 = performance.now();
  await seedDemo(database.db, {
    customers: N,
    // One in ten with a contact, so phone searches have numbers to find.
    withContacts: 0.1,
    onProgress: (done, total) => done % 100_000 === 0 && console.error(`  ${done}/${total}`),
  });
  const seedMillis = performance.now() - t0;
  const count = async (table: 'customers' | 'customer_search' | 'customer_tags' | 'contacts') =>
    Number(
      (
        await database.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const seededRows =
    (await count('customers')) +
    (await count('customer_search')) +
    (await count('contacts')) +
    (await count('customer_tags'));
  console.error('raw better-sqlite3 inserts of the same rows…');
  const rawFile = join(dir, 'raw.db');
  const rawDb = openDatabase(rawFile);
  await migrateToLatest(rawDb.db);
  await rawDb.destroy();
  const raw = rawInsertMillis(file, rawFile);
  rmSync(rawFile, { force: true });
  out(
    `| seeder (Kysely, batched multi-row inserts, row generation included): ${N.toLocaleString('en-US')} customers = ${seededRows.toLocaleString('en-US')} rows incl. contacts, search documents and tags | ${(seedMillis / 1000).toFixed(1)} s, ${perSec(seededRows, seedMillis)} |`,
  );
  out(
    `| raw better-sqlite3 prepared inserts of the same ${raw.rows.toLocaleString('en-US')} rows, same schema and indexes | ${(raw.millis / 1000).toFixed(1)} s, ${perSec(raw.rows, raw.millis)} |`,
  );
}

const bench = await benchApp(database);
const { app, actors, rep1, admin } = bench;
await listBench(bench, REQUESTS, out);
// Issue #10's target: the API page within 2 ms of the same page read by raw SQL.
for (const r of await listVsRaw(
  app,
  file,
  [
    { who: 'rep', token: actors.rep, ownerId: rep1.id, workspaceId: rep1.workspace_id },
    { who: 'admin', token: actors.admin, ownerId: null, workspaceId: admin.workspace_id },
  ],
  REQUESTS,
))
  out(
    `| GET country=DE&limit=50 as ${r.who}: API in process / over loopback HTTP one at a time / the same page by raw SQL (prepared, same filter and order) | p50 ${ms(r.api.p50)} / ${ms(r.http.p50)} / ${ms(r.raw.p50)}, p95 ${ms(r.api.p95)} / ${ms(r.http.p95)} / ${ms(r.raw.p95)} |`,
  );
await giveRevenue(database);
await segmentBench(bench, out);
for (const line of await runSearchBench(database, `SQLite, ${N.toLocaleString('en-US')} customers`))
  out(line);
await app.close();
await database.destroy();
console.error('feedback summary over 1,000,000 NPS answers…');
for (const line of await feedbackBench(dir)) out(line);
for (const line of await ticketsBench(dir)) out(line);
for (const line of await officesBench(dir)) out(line);
console.error('rendering 100 quote PDFs…');
for (const line of await quotePdfRows(join(dir, 'quotes'))) out(line);
if (pgBase) for (const line of await searchOnPostgres(pgBase, reuse)) out(line);
// BENCH_DATABASE_URL: the same workloads on PostgreSQL (`npm run bench:pg` runs only these).
const pgAll = process.env.BENCH_DATABASE_URL;
if (pgAll) lines.push('', ...(await postgresBench(pgAll, reuse)));
