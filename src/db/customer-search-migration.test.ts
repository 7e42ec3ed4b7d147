import { describe, expect, it } from 'vitest';
import { createTestDatabase, testDialects } from '../../test/support/databases.ts';
import { searchPlan, anyTier } from '../domain/search/query.ts';
import { customersRepository } from '../modules/customers/customers.repository.ts';
import { insertUser } from '../modules/users/users.service.ts';
import { workspacesRepository } from '../modules/workspaces/workspaces.repository.ts';
import { migrateToLatest } from './migrate.ts';

describe.each(testDialects())('0020 customer search on %s', (dialect) => {
  it('indexes the customers and contacts an existing workspace holds', async () => {
    const database = await createTestDatabase(dialect, '0019_message_codes');
    const db = database.db;
    try {
      const ws = await workspacesRepository.create(db, 'Before 0020');
      const user = await insertUser(db, ws.id, null, {
        email: 'owner@before.test',
        name: 'Owner',
        role: 'admin',
        password: 'before-0020-password',
      });
      const at = new Date().toISOString();
      const customer = (id: string, name: string, country: string) =>
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
            name,
            country,
          })
          .execute();
      // Enough rows for several of the migration's batches.
      for (let i = 0; i < 600; i++)
        await customer(`c${String(i).padStart(5, '0')}`, `Filler ${i}`, 'DE');
      await customer('shuiwu', '上海水务集团有限公司', 'CN');
      await customer('almaty', 'Алматы Су', 'KZ');
      await db
        .insertInto('contacts')
        .values({
          workspace_id: ws.id,
          id: 'jonas',
          customer_id: 'c00007',
          first_name: 'Jonas',
          last_name: 'Weber',
          emails: JSON.stringify(['jonas@weber.de']),
          phones: JSON.stringify(['+4930123456']),
          handles: '{}',
          is_primary: 1,
          created_at: at,
          updated_at: at,
        })
        .execute();

      await migrateToLatest(db);
      const scope = {
        workspaceId: ws.id,
        userId: user.id,
        role: 'admin' as const,
        teamIds: [],
        visibleOwnerIds: 'all' as const,
      };
      const ids = async (q: string) =>
        (
          await customersRepository.list(db, scope, { match: anyTier(searchPlan(q)!), limit: 10 })
        ).map((c) => c.id);
      expect(await ids('水务')).toEqual(['shuiwu']);
      expect(await ids('sw')).toEqual(['shuiwu']);
      expect(await ids('almaty su')).toEqual(['almaty']);
      expect(await ids('jonas@weber.de')).toEqual(['c00007']);
      expect(await ids('030 123')).toEqual(['c00007']);
      expect(await ids('filler 599')).toEqual(['c00599']);
      expect(
        Number(
          (
            await db
              .selectFrom('customer_search')
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        ),
      ).toBe(602);
    } finally {
      await database.drop();
    }
  });
});
