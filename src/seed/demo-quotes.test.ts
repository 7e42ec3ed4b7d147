import { describe, expect, it } from 'vitest';
import { createContainer } from '../app/container.ts';
import { createTestDatabase } from '../../test/support/databases.ts';
import { seedDemo } from './demo.ts';

describe('demo sales and service: quotes, deals and tickets', () => {
  it('seeds draft quotes in the buyers’ languages and 60+ deals over every stage', async () => {
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

      // 60+ deals over every stage of the export pipeline; decided ones say why.
      const deals = await database.db
        .selectFrom('deals')
        .innerJoin('pipeline_stages', (j) =>
          j
            .onRef('pipeline_stages.workspace_id', '=', 'deals.workspace_id')
            .onRef('pipeline_stages.id', '=', 'deals.stage_id'),
        )
        .select(['deals.id', 'deals.status', 'deals.currency', 'pipeline_stages.code'])
        .execute();
      expect(deals.length).toBeGreaterThanOrEqual(60);
      expect(new Set(deals.map((d) => d.code))).toEqual(
        new Set(['inquiry', 'qualified', 'quotation', 'samples', 'negotiation', 'won', 'lost']),
      );
      expect(new Set(deals.map((d) => d.currency)).size).toBeGreaterThan(1);
      const reasons = await database.db.selectFrom('deal_reasons').select('deal_id').execute();
      const decided = deals.filter((d) => d.status !== 'open');
      expect(decided.every((d) => reasons.some((r) => r.deal_id === d.id))).toBe(true);

      // A support queue in every state, under two SLA policies.
      const tickets = await database.db.selectFrom('tickets').select('status').execute();
      // Twelve from the desk, three through the public form (each with its customer link), one
      // worked by Dubai office staff (demo-offices), and a year of 420 finished tickets behind
      // them (demo-ticket-history).
      expect(tickets.length).toBe(16 + 420);
      expect(new Set(tickets.map((t) => t.status)).size).toBeGreaterThanOrEqual(6);
      expect(await database.db.selectFrom('sla_policies').select('id').execute()).toHaveLength(2);
      expect(
        await database.db.selectFrom('ticket_portal_links').select('ticket_id').execute(),
      ).toHaveLength(3);
      expect(await database.db.selectFrom('ticket_forms').select('enabled').execute()).toEqual([
        { enabled: 1 },
      ]);
    } finally {
      await database.drop();
    }
  });
});
