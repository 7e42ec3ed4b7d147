import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { createContainer } from '../src/app/container.ts';
import { openDatabase, type Database } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { newId } from '../src/domain/ids.ts';
import { AuthService } from '../src/modules/auth/auth.service.ts';
import { writeRecipients } from '../src/modules/campaigns/campaign-scheduler.ts';
import { seedDemo } from '../src/seed/demo.ts';
import { dropPgDatabase, freshPgDatabase } from './pg-scratch.ts';

/**
 * Scheduling a stored campaign: one recipient row per contact of a segment of every customer
 * (`n` customers with 2.5 contacts each on average), "Tuesday 10:00 where they are", through the
 * scheduler the API uses (`writeRecipients`, one transaction). Measures the time and the
 * process's peak RSS. SQLite in a file, as `npm start` runs; PostgreSQL when `pgBase` is given
 * (a scratch database beside it). With `reuseSeed` the seeded database is kept (SQLite: a file
 * copied for each run; PostgreSQL: a template database) so a second run skips the seeding.
 */
export async function campaignStoreBench(
  dir: string,
  n = 100_000,
  opts: { pgBase?: string; reuseSeed?: boolean } = {},
): Promise<string[]> {
  const { pgBase, reuseSeed = false } = opts;
  const seedName = `chuhai_bench_campaign_seed_${n}`;
  const runName = 'chuhai_bench_campaign_run';
  const seedFile = join(dir, `campaign-store-seed-${n}.db`);
  const runFile = join(dir, 'campaign-store.db');
  const seeded = reuseSeed && (pgBase ? await pgExists(pgBase, seedName) : existsSync(seedFile));
  let database: Database;
  if (!seeded) {
    const target = pgBase
      ? await freshPgDatabase(pgBase, reuseSeed ? seedName : runName)
      : reuseSeed
        ? seedFile
        : runFile;
    if (!pgBase) rmSync(target, { force: true });
    database = openDatabase(target);
    await migrateToLatest(database.db);
    console.error(`campaign store bench: seeding ${n.toLocaleString('en')} customers…`);
    await seedDemo(database.db, {
      customers: n,
      withContacts: true,
      withActivities: false,
      services: createContainer(database.db),
    });
    if (reuseSeed) {
      // Leave the seed untouched: the run works on a copy.
      await database.destroy();
      database = await runCopy();
    }
  } else database = await runCopy();

  async function runCopy(): Promise<Database> {
    if (pgBase) {
      const admin = new pg.Client({ connectionString: pgBase });
      await admin.connect();
      await admin.query(`drop database if exists ${runName} with (force)`);
      await admin.query(`create database ${runName} template ${seedName}`);
      await admin.end();
      const url = new URL(pgBase);
      url.pathname = `/${runName}`;
      return openDatabase(url.toString());
    }
    for (const suffix of ['', '-wal', '-shm']) rmSync(runFile + suffix, { force: true });
    copyFileSync(seedFile, runFile);
    return openDatabase(runFile);
  }

  const db = database.db;
  // A kept seed may predate the newest migrations.
  await migrateToLatest(db);
  const services = createContainer(db);
  const ws = await db
    .selectFrom('workspaces')
    .select('id')
    .orderBy('created_at')
    .executeTakeFirstOrThrow();
  const admin = await db
    .selectFrom('users')
    .select('id')
    .where('workspace_id', '=', ws.id)
    .where('role', '=', 'admin')
    .orderBy('created_at')
    .executeTakeFirstOrThrow();
  const scope = (await new AuthService(db).scopeFor(ws.id, admin.id))!;
  const contacts = Number(
    (
      await db
        .selectFrom('contacts')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('workspace_id', '=', ws.id)
        .executeTakeFirstOrThrow()
    ).n,
  );
  const segment = await services.segments.create(scope, {
    name: `Everyone ${newId()}`,
    filter: { match: 'all', conditions: [] },
  });
  const template = await services.templates.create(scope, {
    name: `Catalogue ${newId()}`,
    defaultLanguage: 'en',
    variants: [
      { language: 'en', subject: 'Our catalogue', body: 'Dear {contactFirstName}, here it is.' },
      { language: 'de', subject: 'Unser Katalog', body: 'Guten Tag {contactFirstName}.' },
      { language: 'es', subject: 'Nuestro catálogo', body: 'Estimado {contactFirstName}.' },
    ],
  });
  const now = new Date().toISOString();
  const campaign = {
    workspace_id: ws.id,
    id: newId(),
    name: 'Bench',
    segment_id: segment.id,
    template_id: template.id,
    mailbox_id: newId(),
    sender_kind: 'mailbox' as const,
    owner_id: admin.id,
    weekday: 2,
    send_time: '10:00',
    per_minute: 30,
    status: 'draft' as const,
    recipients: 0,
    approved_by: null,
    approved_at: null,
    scheduled_at: null,
    finished_at: null,
    created_at: now,
    updated_at: now,
  };
  // The row the scheduler's recipients belong to (its mailbox is never used: nothing is sent).
  await db.insertInto('campaigns').values(campaign).execute();
  const deps = { calendars: services.calendars };
  const rss0 = process.memoryUsage().rss;
  let peak = rss0;
  const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const t0 = performance.now();
  const written = await db
    .transaction()
    .execute((tx) => writeRecipients(tx, deps, scope, campaign, new Date('2026-12-21T00:00:00Z')));
  const ms = performance.now() - t0;
  clearInterval(sample);
  peak = Math.max(peak, process.memoryUsage().rss);
  await database.destroy();
  if (pgBase) await dropPgDatabase(pgBase, runName);
  else for (const suffix of ['', '-wal', '-shm']) rmSync(runFile + suffix, { force: true });
  const perSec = Math.round(written.total / (ms / 1000));
  const where = pgBase ? 'PostgreSQL' : 'SQLite';
  return [
    `| campaign scheduled and stored: ${written.total.toLocaleString('en')} recipient rows (${contacts.toLocaleString('en')} contacts, ${written.queued.toLocaleString('en')} queued), ${where} | ${(ms / 1000).toFixed(1)} s (${perSec.toLocaleString('en')} rows/s), peak RSS ${Math.round(peak / 2 ** 20)} MB (+${Math.round((peak - rss0) / 2 ** 20)} MB over the ${Math.round(rss0 / 2 ** 20)} MB before scheduling) |`,
    `| extrapolated to 1,000,000 recipients at that rate | ${(1_000_000 / perSec).toFixed(1)} s |`,
  ];
}

async function pgExists(base: string, name: string): Promise<boolean> {
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  const r = await admin.query('select 1 from pg_database where datname = $1', [name]);
  await admin.end();
  return r.rowCount === 1;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const n = Number(process.argv[2] ?? 100_000);
  const dir = process.env.BENCH_DIR ?? '/tmp/chuhai-bench';
  mkdirSync(dir, { recursive: true });
  const lines = await campaignStoreBench(dir, n, {
    pgBase: process.env.BENCH_DATABASE_URL,
    reuseSeed: process.env.BENCH_REUSE_SEED === '1',
  });
  for (const line of lines) console.log(line);
}
