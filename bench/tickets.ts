/**
 * The tickets list sorted by time left over BENCH_TICKETS (default 500,000) open tickets of a
 * demo workspace of 20,000 customers in 40 countries, handled by 10 support teams:
 * `GET /tickets?sort=timeLeft` through the app, as an admin (every ticket) and as a service agent
 * (their one team's tickets, about a tenth), first page and a page deep in the list. SQLite, or
 * with `databaseUrl` a scratch PostgreSQL database beside it (`chuhai_bench_tickets`).
 */
import { existsSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../src/app/http-app.ts';
import { openDatabase, type Database } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import type { TicketTable } from '../src/db/schema.ts';
import { newId } from '../src/domain/ids.ts';
import { ticketRecords } from '../src/modules/tickets/ticket-records.service.ts';
import { Random } from '../src/seed/random.ts';
import { seedDemo } from '../src/seed/demo.ts';
import { refreshStatistics } from '../src/db/statistics.ts';
import { dropPgDatabase, freshPgDatabase } from './pg-scratch.ts';
import { ms, timeRequests } from './stats.ts';
import { benchTokens } from './workloads.ts';

// prettier-ignore
const COUNTRIES = ['DE', 'FR', 'ES', 'IT', 'GB', 'NL', 'PL', 'TR', 'RU', 'KZ', 'SA', 'AE', 'EG', 'NG', 'KE', 'ZA', 'IN', 'PK', 'BD', 'ID', 'VN', 'TH', 'MY', 'PH', 'JP', 'KR', 'AU', 'NZ', 'US', 'CA', 'MX', 'BR', 'AR', 'CL', 'CO', 'PE', 'IR', 'IQ', 'UZ', 'SG'];
const STATUSES = [
  'new',
  'open',
  'open',
  'open',
  'pending_customer',
  'on_hold',
  'pending_third_party',
] as const;
const PRIORITIES = ['low', 'normal', 'normal', 'high', 'urgent'] as const;
const SECRET = 'bench-secret-bench-secret-bench';

export async function ticketsBench(
  dir: string,
  opts: { tickets?: number; requests?: number; databaseUrl?: string } = {},
): Promise<string[]> {
  const total = opts.tickets ?? Number(process.env.BENCH_TICKETS ?? 500_000);
  const requests = opts.requests ?? Number(process.env.BENCH_REQUESTS ?? 100);
  const file = join(dir, 'tickets.db');
  const pgBase = opts.databaseUrl;
  const pgUrl = pgBase ? withDatabase(pgBase, PG_NAME) : undefined;
  // BENCH_REUSE=1 measures on the seed a BENCH_KEEP=1 run kept (the file, or the scratch database).
  const reuse = process.env.BENCH_REUSE === '1' && (pgBase ? true : existsSync(file));
  if (!reuse && !pgBase) rmSync(file, { force: true });
  const database = openDatabase(
    pgBase ? (reuse ? pgUrl! : await freshPgDatabase(pgBase, PG_NAME)) : file,
  );
  const db = database.db;
  const on = pgBase ? 'PostgreSQL' : 'SQLite';
  await migrateToLatest(db);
  const app = await buildApp({ db, secret: SECRET, webDist: '/nonexistent' });
  const tokenFor = benchTokens(database);
  if (!reuse) {
    await seed(database, app, tokenFor, total);
    await refreshStatistics(db, ['tickets', 'customers', 'ticket_status_changes']);
  }
  const actors = {
    admin: await tokenFor('admin@demo.chuhai.dev'),
    agent: await tokenFor('agent0@bench.chuhai.dev'),
  };
  const lines: string[] = [];
  const pages: [string, string][] = [
    ['first page', '/tickets?sort=timeLeft&status=active&limit=50'],
    ['page 21 (offset 1,000)', '/tickets?sort=timeLeft&status=active&limit=50&offset=1000'],
    ['breached only', '/tickets?sort=timeLeft&breach=breached&limit=50'],
  ];
  for (const [label, url] of pages)
    for (const [who, token] of Object.entries(actors)) {
      const headers = { authorization: `Bearer ${token}` };
      const ask = () => app.inject({ method: 'GET', url: `/api/v1${url}`, headers });
      for (let i = 0; i < 3; i++) await ask();
      let seen = 0;
      const r = await timeRequests(requests, async () => {
        const res = await ask();
        if (res.statusCode !== 200) throw new Error(`${res.statusCode} ${res.body}`);
        seen = res.json<{ items: unknown[] }>().items.length;
      });
      lines.push(
        `| tickets list by time left on ${on}, ${label}, ${total.toLocaleString('en-US')} open tickets, as ${who} (${seen} rows; ${requests} requests; load ${load()}) | p50 ${ms(r.p50)}, p95 ${ms(r.p95)}, max ${ms(r.max)} |`,
      );
      console.error(lines[lines.length - 1]);
    }
  await app.close();
  await database.destroy();
  if (!process.env.BENCH_KEEP) {
    if (pgBase) await dropPgDatabase(pgBase, PG_NAME);
    else for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
  }
  return lines;
}

const PG_NAME = 'chuhai_bench_tickets';

function withDatabase(base: string, name: string): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

/** The 1-minute load average when a figure was taken: the machine is shared. */
const load = () => loadavg()[0]!.toFixed(1);

type App = Awaited<ReturnType<typeof buildApp>>;

/** 20,000 demo customers, 10 support teams with an agent each, `total` open tickets. */
async function seed(
  database: Database,
  app: App,
  tokenFor: (email: string) => Promise<string>,
  total: number,
) {
  const db = database.db;
  console.error('tickets bench: seeding 20,000 customers…');
  const { workspaceId } = await seedDemo(db, {
    customers: 20_000,
    withContacts: false,
    withActivities: false,
  });
  const headers = { authorization: `Bearer ${await tokenFor('admin@demo.chuhai.dev')}` };
  const teamIds: string[] = [];
  for (let i = 0; i < 10; i++) {
    const agent = await app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers,
      payload: {
        email: `agent${i}@bench.chuhai.dev`,
        name: `Agent ${i}`,
        password: 'bench-password-123',
        role: 'agent',
      },
    });
    const team = await app.inject({
      method: 'POST',
      url: '/api/v1/support-teams',
      headers,
      payload: {
        name: `Desk ${i}`,
        country: COUNTRIES[i * 4]!,
        timeZone: 'UTC',
        hours: { start: '09:00', end: '18:00' },
        memberIds: [agent.json<{ id: string }>().id],
      },
    });
    if (team.statusCode !== 201) throw new Error(team.body);
    teamIds.push(team.json<{ id: string }>().id);
  }
  const customers = await db
    .selectFrom('customers')
    .select(['id', 'country'])
    .where('workspace_id', '=', workspaceId)
    .execute();
  const rnd = new Random(38);
  const now = Date.now();
  const iso = (minutes: number) => new Date(now + minutes * 60_000).toISOString();
  console.error(`tickets bench: inserting ${total.toLocaleString('en-US')} open tickets…`);
  for (let start = 0; start < total; start += 10_000) {
    const rows: TicketTable[] = [];
    for (let i = start; i < Math.min(total, start + 10_000); i++) {
      const c = customers[i % customers.length]!;
      const status = STATUSES[i % STATUSES.length]!;
      const paused = status === 'pending_customer' || status === 'on_hold';
      const opened = -rnd.int(10, 60 * 24 * 60);
      const answered = status !== 'new' && rnd.int(0, 9) > 1;
      // Due instants from two days ago to four weeks ahead: a realistic spread of time left.
      const due = rnd.int(-2 * 24 * 60, 28 * 24 * 60);
      const firstDue = paused || answered ? null : iso(Math.min(due, rnd.int(-600, 600)));
      const resolutionDue = paused ? null : iso(due);
      const next = [firstDue, resolutionDue].filter(Boolean).sort()[0] ?? null;
      rows.push({
        workspace_id: workspaceId,
        id: newId(),
        number: `T-${String(i + 1).padStart(7, '0')}`,
        customer_id: c.id,
        contact_id: null,
        subject: `Bench ticket ${i}`,
        description: '',
        channel: 'email',
        type: 'question',
        priority: PRIORITIES[i % PRIORITIES.length]!,
        status,
        assignee_id: null,
        team_id: teamIds[i % teamIds.length]!,
        policy_id: null,
        policy_name: 'Default',
        sla_calendar: i % 50 === 0 ? '24x7' : 'customer',
        sla_country: c.country,
        sla_region: null,
        sla_time_zone: 'UTC',
        sla_hours_start: '09:00',
        sla_hours_end: '17:00',
        sla_breaks: '[]',
        sla_pause_statuses: '["pending_customer","on_hold"]',
        warn_percent: 80,
        first_response_minutes: 240,
        resolution_minutes: 2400,
        next_response_minutes: null,
        next_response_started_at: null,
        next_response_at: null,
        next_response_due_at: null,
        next_response_warn_at: null,
        first_response_due_at: firstDue,
        first_response_warn_at: firstDue,
        resolution_due_at: resolutionDue,
        resolution_warn_at: resolutionDue,
        first_response_at: answered ? iso(opened + 30) : null,
        solved_at: null,
        next_due_at: next,
        created_by: null,
        created_at: iso(opened),
        updated_at: iso(opened),
      });
    }
    await db.transaction().execute((tx) => ticketRecords.insertHistory(tx, rows));
  }
}
