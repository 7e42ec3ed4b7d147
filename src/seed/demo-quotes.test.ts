import { describe, expect, it } from 'vitest';
import { createContainer } from '../app/container.ts';
import { createTestDatabase } from '../../test/support/databases.ts';
import { seedDemo } from './demo.ts';

describe('demo quotes', () => {
  it('seeds draft quotes in the buyers’ languages: pt-BR, de, ar, zh, en and ru', async () => {
    const database = await createTestDatabase('sqlite');
    try {
      const services = createContainer(database.db, { uploadsDir: null });
      await seedDemo(database.db, { customers: 60, services });
      const rows = await database.db
        .selectFrom('quotes')
        .innerJoin('customers', (j) =>
          j
            .onRef('customers.workspace_id', '=', 'quotes.workspace_id')
            .onRef('customers.id', '=', 'quotes.customer_id'),
        )
        .select(['quotes.language', 'quotes.kind', 'quotes.status', 'customers.country'])
        .orderBy('quotes.number')
        .execute();
      expect(rows.map((r) => `${r.country} ${r.language}`).sort()).toEqual([
        'BR pt-BR',
        'DE de-DE',
        'KZ ru-KZ',
        'SA ar-SA',
        'TW zh-CN',
        'US en-US',
      ]);
      expect(rows.every((r) => r.status === 'draft')).toBe(true);
      expect(rows.filter((r) => r.kind === 'proforma').map((r) => r.country)).toEqual(['SA']);
    } finally {
      await database.drop();
    }
  });
});
