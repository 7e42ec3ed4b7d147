import { sql, type Kysely } from 'kysely';

// Issue #10: the inbox of an admin spans the workspace, and two of its reads scanned every live
// customer per request (about 10 ms each at 20,000 customers on SQLite):
// - gone cold: customers longest silent first, ordered by `coalesce(last_touch_at, '')` (never
//   touched first), which no index had, so each page sorted them all. The expression index gives
//   them in that order, and a page of 40 reads 40 entries;
// - customers with a holiday today: the distinct markets (country, region, stored zone) of live
//   customers, then those in the markets that have one, the first by name and their count. All
//   three read only this index (it holds the name and the owner a rep's inbox filters on).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index customers_touch_idx on customers (workspace_id, (coalesce(last_touch_at, '')), id) where deleted_at is null`.execute(
    db,
  );
  // One person's or a team's candidates: led by the owner, or the index above would walk every
  // customer to find the few of an owner who has few.
  await sql`create index customers_owner_touch_idx on customers (workspace_id, owner_id, (coalesce(last_touch_at, '')), id) where deleted_at is null`.execute(
    db,
  );
  await sql`create index customers_market_idx on customers (workspace_id, country, region, time_zone, name, id, owner_id) where deleted_at is null`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('customers_market_idx').execute();
  await db.schema.dropIndex('customers_owner_touch_idx').execute();
  await db.schema.dropIndex('customers_touch_idx').execute();
}
