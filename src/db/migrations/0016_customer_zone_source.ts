import { sql, type Kysely } from 'kysely';
import { getAllCountries } from 'countries-and-timezones';
import { customerZone } from '../../domain/calendar/customer-zone.ts';
import { defaultTimeZone } from '../../domain/countries.ts';

// How each customer's time zone was chosen: 'user' (a person or a file named it) or derived from
// the region, city, phone, country, or 'assumed'. Customers in multi-zone countries that had no
// zone (Campinas, Brazil: no local time, no contact windows) get one derived now, with the
// derivation as it stands when this migration runs.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run before any typed schema exists
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('customers').addColumn('time_zone_source', 'text').execute();
  // A zone equal to the country's one clock was the default; any other was chosen.
  for (const country of Object.keys(getAllCountries())) {
    const zone = defaultTimeZone(country);
    if (!zone) continue;
    await sql`update customers set time_zone_source = 'country'
      where country = ${country} and time_zone = ${zone}`.execute(db);
  }
  await sql`update customers set time_zone_source = 'user'
    where time_zone is not null and time_zone_source is null`.execute(db);

  for (;;) {
    const rows = (await db
      .selectFrom('customers')
      .select(['workspace_id', 'id', 'country', 'region', 'city'])
      .where('time_zone_source', 'is', null)
      .orderBy('workspace_id')
      .orderBy('id')
      .limit(500)
      .execute()) as {
      workspace_id: string;
      id: string;
      country: string;
      region: string | null;
      city: string | null;
    }[];
    if (!rows.length) break;
    const contacts = (await db
      .selectFrom('contacts')
      .select(['customer_id', 'phones'])
      .where('workspace_id', 'in', [...new Set(rows.map((r) => r.workspace_id))])
      .where(
        'customer_id',
        'in',
        rows.map((r) => r.id),
      )
      .orderBy('is_primary', 'desc')
      .orderBy('created_at')
      .execute()) as { customer_id: string; phones: string }[];
    for (const r of rows) {
      const phones = contacts
        .filter((c) => c.customer_id === r.id)
        .flatMap((c) => JSON.parse(c.phones) as string[]);
      const derived = customerZone({ ...r, phones });
      // 'none' marks a customer of a country the zone data does not know, so the loop ends.
      await db
        .updateTable('customers')
        .set({ time_zone: derived?.zone ?? null, time_zone_source: derived?.source ?? 'none' })
        .where('workspace_id', '=', r.workspace_id)
        .where('id', '=', r.id)
        .execute();
    }
  }
  await sql`update customers set time_zone_source = null where time_zone_source = 'none'`.execute(
    db,
  );
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('customers').dropColumn('time_zone_source').execute();
}
