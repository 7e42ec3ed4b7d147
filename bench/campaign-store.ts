import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { createContainer } from '../src/app/container.ts';
import { openDatabase } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { newId } from '../src/domain/ids.ts';
import { AuthService } from '../src/modules/auth/auth.service.ts';
import { writeRecipients } from '../src/modules/campaigns/campaign-scheduler.ts';
import { LinkSigner } from '../src/domain/link-token.ts';
import { seedDemo } from '../src/seed/demo.ts';

/**
 * Scheduling a stored campaign: one recipient row per contact of a segment of every customer
 * (`n` customers with a contact each), "Tuesday 10:00 where they are", through the scheduler the
 * API uses (`writeRecipients`, one transaction). Measures the time and the process's peak RSS;
 * SQLite in a file, as `npm start` runs.
 */
export async function campaignStoreBench(dir: string, n = 100_000): Promise<string[]> {
  const file = join(dir, 'campaign-store.db');
  rmSync(file, { force: true });
  const database = openDatabase(file);
  const db = database.db;
  await migrateToLatest(db);
  console.error(`campaign store bench: seeding ${n.toLocaleString('en')} customers with contacts…`);
  const services = createContainer(db);
  const { workspaceId, users } = await seedDemo(db, {
    customers: n,
    withContacts: true,
    withActivities: false,
    services,
  });
  const admin = await db
    .selectFrom('users')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('email', '=', users.find((u) => u.role === 'admin')!.email)
    .executeTakeFirstOrThrow();
  const scope = (await new AuthService(db).scopeFor(workspaceId, admin.id))!;
  const contacts = Number(
    (
      await db
        .selectFrom('contacts')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('workspace_id', '=', workspaceId)
        .executeTakeFirstOrThrow()
    ).n,
  );
  const segment = await services.segments.create(scope, {
    name: 'Everyone',
    filter: { match: 'all', conditions: [] },
  });
  const template = await services.templates.create(scope, {
    name: 'Catalogue',
    defaultLanguage: 'en',
    variants: [
      { language: 'en', subject: 'Our catalogue', body: 'Dear {contactFirstName}, here it is.' },
      { language: 'de', subject: 'Unser Katalog', body: 'Guten Tag {contactFirstName}.' },
      { language: 'es', subject: 'Nuestro catálogo', body: 'Estimado {contactFirstName}.' },
    ],
  });
  const now = new Date().toISOString();
  const campaign = {
    workspace_id: workspaceId,
    id: newId(),
    name: 'Bench',
    segment_id: segment.id,
    template_id: template.id,
    mailbox_id: newId(),
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
  const deps = { calendars: services.calendars, tokens: new LinkSigner('bench-secret') };
  const rss0 = process.memoryUsage().rss;
  let peak = rss0;
  const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const t0 = performance.now();
  const written = await db
    .transaction()
    .execute((tx) => writeRecipients(tx, deps, scope, campaign, new Date('2026-12-21T00:00:00Z')));
  const ms = performance.now() - t0;
  clearInterval(sample);
  await database.destroy();
  rmSync(file, { force: true });
  const perSec = Math.round(written.total / (ms / 1000));
  return [
    `| campaign scheduled and stored: ${written.total.toLocaleString('en')} recipient rows (${contacts.toLocaleString('en')} contacts, ${written.queued.toLocaleString('en')} queued), SQLite | ${(ms / 1000).toFixed(1)} s (${perSec.toLocaleString('en')} rows/s), RSS +${Math.round((peak - rss0) / 2 ** 20)} MB over the ${Math.round(rss0 / 2 ** 20)} MB the seeded process held |`,
    `| extrapolated to 1,000,000 recipients at that rate | ${((1_000_000 / perSec) | 0).toLocaleString('en')} s |`,
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const n = Number(process.argv[2] ?? 100_000);
  const dir = process.env.BENCH_DIR ?? '/tmp/chuhai-bench';
  (await import('node:fs')).mkdirSync(dir, { recursive: true });
  for (const line of await campaignStoreBench(dir, n)) console.log(line);
}
