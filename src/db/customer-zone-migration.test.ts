import { describe, expect, it } from 'vitest';
import { insertUser } from '../modules/users/users.service.ts';
import { workspacesRepository } from '../modules/workspaces/workspaces.repository.ts';
import { openDatabase } from './database.ts';
import { migrateTo, migrateToLatest } from './migrate.ts';

describe('0016 customer zone source', () => {
  it('gives customers without a zone a derived one and keeps zones people chose', async () => {
    const database = openDatabase(':memory:');
    const db = database.db;
    await migrateTo(db, '0012_activity_source');
    const ws = await workspacesRepository.create(db, 'Before 0016');
    const user = await insertUser(db, ws.id, null, {
      email: 'owner@before.test',
      name: 'Owner',
      role: 'admin',
      password: 'before-0016-password',
    });
    const at = new Date().toISOString();
    const customer = (id: string, country: string, extra: Record<string, string | null>) =>
      db
        .insertInto('customers')
        .values({
          workspace_id: ws.id,
          owner_id: user.id,
          created_at: at,
          updated_at: at,
          languages: '[]',
          custom_fields: '{}',
          stage: 'customer',
          id,
          name: id,
          country,
          ...extra,
        })
        .execute();
    await customer('campinas', 'BR', { city: 'Campinas', time_zone: null });
    await customer('phoned', 'BR', { time_zone: null });
    await customer('chosen', 'BR', { region: 'SP', time_zone: 'America/Manaus' });
    await customer('berlin', 'DE', { time_zone: 'Europe/Berlin' });
    await customer('polar', 'AQ', { time_zone: null });
    await db
      .insertInto('contacts')
      .values({
        workspace_id: ws.id,
        id: 'ana',
        customer_id: 'phoned',
        first_name: 'Ana',
        emails: '[]',
        phones: JSON.stringify(['+556532221234']),
        handles: '{}',
        is_primary: 1,
        created_at: at,
        updated_at: at,
      })
      .execute();

    await migrateToLatest(db);
    const rows = await db
      .selectFrom('customers')
      .select(['id', 'time_zone', 'time_zone_source'])
      .orderBy('id')
      .execute();
    expect(rows).toEqual([
      { id: 'berlin', time_zone: 'Europe/Berlin', time_zone_source: 'country' },
      { id: 'campinas', time_zone: 'America/Sao_Paulo', time_zone_source: 'city' },
      { id: 'chosen', time_zone: 'America/Manaus', time_zone_source: 'user' },
      { id: 'phoned', time_zone: 'America/Manaus', time_zone_source: 'phone' },
      { id: 'polar', time_zone: null, time_zone_source: null },
    ]);
    await database.destroy();
  });
});
