import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { openDatabase, type Database } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { buildApp } from '../src/app/http-app.ts';
import { AuthService } from '../src/modules/auth/auth.service.ts';
import { CalendarProvider } from '../src/modules/countries/calendar.provider.ts';
import { policiesRepository } from '../src/modules/relationship/policies.repository.ts';
import { PlanningService } from '../src/modules/relationship/planning.service.ts';
import { seedDemo } from '../src/seed/demo.ts';

/**
 * Replans every customer of a 100,000-customer workspace (as after a cadence policy change),
 * while a second caller keeps asking for the customer list: returns the replan time and the
 * slowest list answer during it.
 */
export async function replanBench(
  dir: string,
  customers = 100_000,
  /** another database (PostgreSQL) instead of a scratch SQLite file */
  open?: () => Promise<Database>,
) {
  const file = join(dir, 'replan.db');
  rmSync(file, { force: true });
  const database = open ? await open() : openDatabase(file);
  await migrateToLatest(database.db);
  const { workspaceId } = await seedDemo(database.db, { customers, withContacts: false });
  const planning = new PlanningService(database.db, new CalendarProvider());
  const app = await buildApp({
    db: database.db,
    secret: 'bench-secret-bench-secret-bench',
    webDist: '/nonexistent',
  });
  const admin = await database.db
    .selectFrom('users')
    .selectAll()
    .where('email', '=', 'admin@demo.chuhai.dev')
    .executeTakeFirstOrThrow();
  const auth = new AuthService(database.db);
  const scope = await auth.scopeFor(workspaceId, admin.id);
  if (!scope) throw new Error('no scope');
  const { token } = await auth.createToken(scope, 'bench');

  const first = performance.now();
  await planning.replanAll(workspaceId);
  const coldMillis = performance.now() - first;

  // A policy change that moves every customer: each cadence changes.
  const everyone = [
    { name: 'Leads', stage: 'lead' as const, tier: null, days: 5, avoid_slow_seasons: 0 },
    { name: 'Tier A', stage: null, tier: 'A' as const, days: 10, avoid_slow_seasons: 0 },
    { name: 'Tier B', stage: null, tier: 'B' as const, days: 21, avoid_slow_seasons: 0 },
    { name: 'Tier C', stage: null, tier: 'C' as const, days: 60, avoid_slow_seasons: 0 },
    { name: 'Others', stage: null, tier: null, days: 45, avoid_slow_seasons: 0 },
  ];
  const setPolicies = async (rows: typeof everyone) =>
    policiesRepository.replace(
      database.db,
      workspaceId,
      rows.map((p, i) => ({
        ...p,
        workspace_id: workspaceId,
        id: crypto.randomUUID(),
        position: i,
        updated_at: new Date().toISOString(),
      })),
    );
  await setPolicies(everyone);
  const t0 = performance.now();
  const replanned = await planning.replanAll(workspaceId);
  const millis = performance.now() - t0;

  // A change to one tier, while a second caller keeps asking for the customer list.
  // The first request compiles the route's schemas and serialisers; keep it out of the figure.
  await app.inject({
    method: 'GET',
    url: '/api/v1/customers?country=DE&limit=50',
    headers: { authorization: `Bearer ${token}` },
  });
  let running = true;
  let slowest = 0;
  let answered = 0;
  const probe = (async () => {
    while (running) {
      const started = performance.now();
      await app.inject({
        method: 'GET',
        url: '/api/v1/customers?country=DE&limit=50',
        headers: { authorization: `Bearer ${token}` },
      });
      slowest = Math.max(slowest, performance.now() - started);
      answered++;
      // A client pausing between requests; without a real pause this loop never lets timers run.
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  })();
  await setPolicies(everyone.map((p) => (p.tier === 'B' ? { ...p, days: 14 } : p)));
  const t1 = performance.now();
  await planning.replanAll(workspaceId);
  const oneTierMillis = performance.now() - t1;
  running = false;
  await probe;
  const rows = await database.db
    .selectFrom('follow_ups')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', '=', 'open')
    .executeTakeFirstOrThrow();
  await app.close();
  await database.destroy();
  rmSync(file, { force: true });
  return {
    replanned,
    millis,
    oneTierMillis,
    coldMillis,
    openFollowUps: Number(rows.n),
    answered,
    slowest,
  };
}
