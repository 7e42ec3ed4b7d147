import { describe, expect, it } from 'vitest';
import { createTestDatabase, testDialects } from '../../test/support/databases.ts';
import { addDays } from '../domain/calendar/dates.ts';
import { insertUser } from '../modules/users/users.service.ts';
import { workspacesRepository } from '../modules/workspaces/workspaces.repository.ts';
import { migrateToLatest } from './migrate.ts';

describe.each(testDialects())('0087 stored churn scores on %s', (dialect) => {
  it('scores the customers who have bought, and only them', async () => {
    const database = await createTestDatabase(dialect, '0083_lead_scores');
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the 0083 shape, before the types moved on
    const db = database.db as any;
    try {
      const ws = await workspacesRepository.create(database.db, 'Before 0087');
      const user = await insertUser(database.db, ws.id, null, {
        email: 'owner@before.test',
        name: 'Owner',
        role: 'admin',
        password: 'before-0087-password',
      });
      const at = new Date().toISOString();
      const today = at.slice(0, 10);
      const customer = (id: string, lastOrder: string | null) =>
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
            country: 'DE',
            last_order_date: lastOrder,
          })
          .execute();
      // Every 40 days, the last 120 days ago: three gaps late, the full 40 points.
      const days = [320, 280, 240, 200, 160, 120].map((d) => addDays(today, -d));
      await customer('lapsed', days[days.length - 1]!);
      await customer('never', null);
      for (const [i, d] of days.entries())
        await db
          .insertInto('orders')
          .values({
            workspace_id: ws.id,
            id: `o-${i}`,
            customer_id: 'lapsed',
            number: `N-${i}`,
            order_date: d,
            amount_minor: 1000_00,
            currency: 'USD',
            status: 'paid',
            created_at: at,
          })
          .execute();

      await migrateToLatest(database.db);
      const rows = await database.db
        .selectFrom('customers')
        .select(['id', 'churn_score', 'churn_reasons', 'churn_as_of'])
        .where('workspace_id', '=', ws.id)
        .orderBy('id')
        .execute();
      expect(rows).toEqual([
        {
          id: 'lapsed',
          churn_score: 40,
          churn_reasons: JSON.stringify([
            {
              code: 'order_overdue',
              points: 40,
              params: { daysSinceLastOrder: 120, typicalGapDays: 40, ratio: 3 },
            },
          ]),
          churn_as_of: today,
        },
        { id: 'never', churn_score: null, churn_reasons: null, churn_as_of: null },
      ]);
    } finally {
      await database.drop();
    }
  });
});
