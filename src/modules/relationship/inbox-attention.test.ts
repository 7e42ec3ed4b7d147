import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';
import {
  insertNewCustomers,
  newCustomerRow,
  type NewCustomerBatchItem,
} from '../customers/new-customers.ts';

/**
 * Gone cold and on holiday at a size past one page of candidates: 5,100 customers touched
 * last week (not cold, no holiday on 25 December in Japan), then — created last, so no read in
 * id order reaches them early — five silent since January and three in Germany on Christmas Day.
 */
describe.each(testDialects())(
  'the inbox’s attention lists past 5,000 customers on %s',
  (dialect) => {
    let ctx: TestContext;
    let org: Awaited<ReturnType<typeof salesOrg>>;
    const now = new Date('2026-12-25T09:00:00Z');
    const silent: string[] = [];
    const german: string[] = [];

    beforeAll(async () => {
      ctx = await TestContext.create(dialect);
      org = await salesOrg(ctx);
      const row = (name: string, country: string, touched: string) => ({
        ...newCustomerRow(
          org.ws.id,
          { name, country, stage: 'customer', ownerId: org.eastRep.user.id, teamId: org.east.id },
          '2026-01-01T00:00:00.000Z',
        ),
        last_touch_at: touched,
        last_outbound_at: touched,
      });
      const items: NewCustomerBatchItem[] = [];
      for (let i = 0; i < 5_100; i++)
        items.push({
          customer: row(`Recent ${i}`, 'JP', '2026-12-20T00:00:00.000Z'),
          contacts: [],
          tags: [],
        });
      for (let i = 0; i < 5; i++) {
        const c = row(`Silent ${i}`, 'JP', `2026-01-0${i + 1}T00:00:00.000Z`);
        silent.push(c.id);
        items.push({ customer: c, contacts: [], tags: [] });
      }
      for (let i = 0; i < 3; i++) {
        const c = row(`Berlin ${i}`, 'DE', '2026-12-20T00:00:00.000Z');
        german.push(c.id);
        items.push({ customer: c, contacts: [], tags: [] });
      }
      await ctx.db.transaction().execute((tx) => insertNewCustomers(tx, items, async () => {}));
    }, 120_000);
    afterAll(() => ctx.close());

    it('finds the customers silent longest and every customer on holiday, for the admin and the rep', async () => {
      for (const actor of [org.admin, org.eastRep]) {
        const { cold, holidayToday, holidayTodayTotal } = await ctx.services.inbox.attention(
          actor.scope,
          'team',
          now,
        );
        expect(holidayTodayTotal).toBe(3);
        expect(cold.map((c) => c.customerId)).toEqual(silent);
        expect(cold[0]).toMatchObject({ name: 'Silent 0', daysSilent: 358 });
        expect(holidayToday.map((c) => c.customerId).sort()).toEqual([...german].sort());
        expect(holidayToday[0]).toMatchObject({ country: 'DE', date: '2026-12-25' });
      }
      // Another team's manager sees none of them.
      const west = await ctx.services.inbox.attention(org.westManager.scope, 'team', now);
      expect(west).toEqual({ cold: [], holidayToday: [], holidayTodayTotal: 0 });
    });
  },
);
