import { createContainer } from '../src/app/container.ts';
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { openDatabase, type Database } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { ValueService } from '../src/modules/orders/value.service.ts';
import { Random } from '../src/seed/random.ts';
import { seedDemoOrders } from '../src/seed/demo-orders.ts';
import { seedDemo } from '../src/seed/demo.ts';

/**
 * Value classification of a 100,000-customer workspace whose customers and partners have 18
 * months of orders in their own currencies: the first run (every customer's revenue, RFM and
 * tier written), a second with nothing changed, and one after a tenth of the orders were paid.
 */
export async function classifyBench(
  dir: string,
  customers = 100_000,
  /** another database (PostgreSQL) instead of a scratch SQLite file */
  open?: () => Promise<Database>,
) {
  const file = join(dir, 'classify.db');
  rmSync(file, { force: true });
  const database = open ? await open() : openDatabase(file);
  const db = database.db;
  await migrateToLatest(db);
  const { workspaceId } = await seedDemo(db, { customers, withContacts: false });
  const admin = await db
    .selectFrom('users')
    .select('id')
    .where('email', '=', 'admin@demo.chuhai.dev')
    .executeTakeFirstOrThrow();
  const orders = await seedDemoOrders(createContainer(db), workspaceId, new Random(7));
  // As on a workspace that has never been classified.
  await db
    .updateTable('customers')
    .set({ revenue_minor: null, rfm: null, tier: null })
    .where('workspace_id', '=', workspaceId)
    .execute();
  const scope = {
    workspaceId,
    userId: admin.id,
    role: 'admin' as const,
    teamIds: [],
    visibleOwnerIds: 'all' as const,
  };
  const value = new ValueService(db);
  const time = async () => {
    const t0 = performance.now();
    const result = await value.classify(scope, {});
    return { millis: performance.now() - t0, tierChanges: result.tierChanges };
  };
  const first = await time();
  const again = await time();
  await db
    .updateTable('orders')
    .set({ status: 'paid' })
    .where('workspace_id', '=', workspaceId)
    .where('status', '=', 'cancelled')
    .execute();
  const after = await time();
  await database.destroy();
  rmSync(file, { force: true });
  rmSync(`${file}-wal`, { force: true });
  rmSync(`${file}-shm`, { force: true });
  return { customers, orders, first, again, after };
}
