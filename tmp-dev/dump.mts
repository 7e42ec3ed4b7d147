import pg from 'pg';
import { writeFileSync } from 'node:fs';
import { openDatabase } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { PlanningService } from '../src/modules/relationship/planning.service.ts';
import { CalendarProvider } from '../src/modules/countries/calendar.provider.ts';
import { policiesRepository } from '../src/modules/relationship/policies.repository.ts';
const seen: Record<string, number> = {};
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  const c = args[0] as { text?: string; values?: unknown[] } | string;
  const text = typeof c === 'string' ? c : c?.text;
  const values = typeof c === 'string' ? args[1] : c?.values;
  if (text) {
    const k = text.slice(0, 30).replace(/\W+/g, '_');
    seen[k] = (seen[k] ?? 0) + 1;
    if (seen[k] === 5) writeFileSync(`/tmp/q_${k}.json`, JSON.stringify({ text, values }));
  }
  return (query as (...a: unknown[]) => unknown).apply(this, args);
} as typeof query;
const d = openDatabase('postgres://postgres@127.0.0.1:5432/chuhai_replan_x');
await migrateToLatest(d.db);
const ws = (await d.db.selectFrom('workspaces').select('id').executeTakeFirstOrThrow()).id;
const rows = [
  { name: 'Leads', stage: 'lead' as const, tier: null, days: 5, avoid_slow_seasons: 0 },
  { name: 'Tier A', stage: null, tier: 'A' as const, days: 10, avoid_slow_seasons: 0 },
  { name: 'Tier B', stage: null, tier: 'B' as const, days: 21, avoid_slow_seasons: 0 },
  { name: 'Tier C', stage: null, tier: 'C' as const, days: 60, avoid_slow_seasons: 0 },
  { name: 'Others', stage: null, tier: null, days: 45, avoid_slow_seasons: 0 },
].map((p, i) => ({ ...p, workspace_id: ws, id: crypto.randomUUID(), position: i, updated_at: new Date().toISOString() }));
await policiesRepository.replace(d.db, ws, rows);
await new PlanningService(d.db, new CalendarProvider()).replanAll(ws);
await d.destroy();
