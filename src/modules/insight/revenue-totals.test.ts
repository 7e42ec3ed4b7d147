import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext, type Actor } from '../../../test/support/context.ts';
import type { Scope } from '../../domain/scope.ts';
import {
  revenueTotalsRepository,
  type PlacementFilter,
  type RevenueDay,
} from '../orders/revenue-totals.repository.ts';
import { insightRepository } from './insight.repository.ts';

type Org = Awaited<ReturnType<typeof salesOrg>>;

const FROM = '2025-01-01';
const TO = '2026-12-31';

// The revenue the map reads is kept per day on every order write (0082). After each kind of
// write — orders created, changed, cancelled, imported, moved by a merge; customers moved to
// another owner, tier or country, trashed and restored — the kept totals must equal a fresh sum
// of the orders, and every scope's and filter's read of them the raw read of the orders.
describe.each(testDialects())('kept revenue on %s', (dialect) => {
  let ctx: TestContext;
  let org: Org;
  let dir: string;
  const ids: Record<string, string> = {};
  let n = 0;

  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
    dir = mkdtempSync(join(tmpdir(), 'chuhai-revenue-'));
    const rates = await ctx.client(org.admin).put('/exchange-rates', {
      reportingCurrency: 'USD',
      items: [
        { currency: 'EUR', validFrom: '2025-01-01', rate: '1.10' },
        { currency: 'AED', validFrom: '2025-01-01', rate: '0.27' },
      ],
    });
    expect(rates.statusCode, rates.body).toBe(200);
    const customer = async (who: Actor, name: string, country: string, tier: 'A' | 'B' | null) =>
      (ids[name] = (await ctx.newCustomer(who, { name, country, tier, stage: 'customer' })).id);
    await customer(org.eastRep, 'Berlin GmbH', 'DE', 'A');
    await customer(org.eastRep, 'Munich AG', 'DE', 'B');
    await customer(org.eastRep, 'Dubai LLC', 'AE', null);
    await customer(org.westRep, 'Hamburg KG', 'DE', 'A');
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await ctx.close();
  });

  const order = async (
    who: Actor,
    name: string,
    date: string,
    amount: number,
    currency: string,
  ) => {
    const res = await ctx.client(who).post('/orders', {
      customerId: ids[name],
      number: `SO-${++n}`,
      orderDate: date,
      amountMinor: amount,
      currency,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  };

  const sorted = (rows: RevenueDay[]) =>
    rows
      .map((r) => ({ ...r, amount: Number(r.amount), n: Number(r.n) }))
      .sort((a, b) =>
        `${a.country}|${a.currency}|${a.order_date}`.localeCompare(
          `${b.country}|${b.currency}|${b.order_date}`,
        ),
      );

  /** The kept totals equal a recount, and every read of them the raw read of the orders. */
  async function consistent(expectedRows?: number) {
    const stored = await revenueTotalsRepository.stored(ctx.db, org.ws.id);
    expect(stored).toEqual(await revenueTotalsRepository.recounted(ctx.db, org.ws.id));
    if (expectedRows !== undefined) expect(stored.day).toHaveLength(expectedRows);
    const filters: PlacementFilter[] = [
      {},
      { country: 'DE' },
      { tier: 'A' },
      { ownerId: org.eastRep.scope.userId },
      { teamId: org.west.id },
    ];
    const scopes: Scope[] = [
      org.admin.scope,
      org.eastManager.scope,
      org.eastRep.scope,
      org.westRep.scope,
    ];
    for (const scope of scopes)
      for (const f of filters) {
        const raw = sorted(await insightRepository.revenue(ctx.db, scope, f, FROM, TO));
        const kept = sorted(await revenueTotalsRepository.placedDays(ctx.db, scope, f, FROM, TO));
        expect(kept, JSON.stringify({ role: scope.role, f })).toEqual(raw);
      }
    for (const country of [undefined, 'DE']) {
      const raw = sorted(
        await insightRepository.revenue(ctx.db, org.admin.scope, { country }, FROM, TO),
      );
      const kept = sorted(await revenueTotalsRepository.days(ctx.db, org.ws.id, FROM, TO, country));
      expect(kept).toEqual(raw);
    }
  }

  it('follows order creates, changes and cancellations', async () => {
    await order(org.eastRep, 'Berlin GmbH', '2026-02-10', 1000_00, 'EUR');
    await order(org.eastRep, 'Berlin GmbH', '2026-02-10', 500_00, 'EUR');
    const changed = await order(org.eastRep, 'Munich AG', '2026-03-15', 500_00, 'USD');
    const cancelled = await order(org.eastRep, 'Dubai LLC', '2026-03-01', 10_000_00, 'AED');
    await order(org.westRep, 'Hamburg KG', '2026-03-05', 5000_00, 'EUR');
    await consistent(4);
    const rows = await revenueTotalsRepository.days(ctx.db, org.ws.id, FROM, TO, 'DE');
    // Two Berlin orders of the same day and currency are one row of two.
    expect(rows.find((r) => r.order_date === '2026-02-10')).toMatchObject({
      amount: 1500_00,
      n: 2,
    });
    const admin = ctx.client(org.admin);
    expect((await admin.patch(`/orders/${changed}`, { amountMinor: 800_00 })).statusCode).toBe(200);
    expect((await admin.patch(`/orders/${cancelled}`, { status: 'cancelled' })).statusCode).toBe(
      200,
    );
    // Dubai's only order is cancelled: its row is gone, not left at zero.
    await consistent(3);
    expect((await admin.patch(`/orders/${cancelled}`, { status: 'open' })).statusCode).toBe(200);
    await consistent(4);
  });

  it('follows an order import (new orders and updates of known ones)', async () => {
    const path = join(dir, 'orders.csv');
    writeFileSync(
      path,
      [
        'order number,customer name,country,order date,amount,currency,status',
        'PO-1,Berlin GmbH,DE,2026-04-01,100,USD,open',
        'PO-2,Hamburg KG,DE,2026-04-02,200,EUR,paid',
        `SO-1,Berlin GmbH,DE,2026-02-10,1500,EUR,cancelled`,
      ].join('\n'),
    );
    const job = await ctx.imports.start(org.admin.scope, {
      filePath: path,
      fileName: 'orders.csv',
      entity: 'orders',
    });
    await ctx.imports.wait(job.id);
    const done = await ctx.imports.get(org.admin.scope, job.id);
    expect(done.status, JSON.stringify(done.errors)).toBe('done');
    expect(done.counts.created).toBe(2);
    await consistent();
  });

  it('moves a customer’s orders when its owner, team, tier or country changes', async () => {
    const admin = ctx.client(org.admin);
    const patch = async (name: string, body: object) => {
      const res = await admin.patch(`/customers/${ids[name]}`, body);
      expect(res.statusCode, res.body).toBe(200);
    };
    await patch('Berlin GmbH', { tier: 'B' });
    await consistent();
    await patch('Munich AG', { ownerId: org.westRep.scope.userId });
    await consistent();
    const west = await revenueTotalsRepository.placedDays(ctx.db, org.westRep.scope, {}, FROM, TO);
    const munich = (await admin.get(`/customers/${ids['Munich AG']}`)).json();
    expect(munich.ownerId, JSON.stringify(munich)).toBe(org.westRep.scope.userId);
    expect(
      west.some((r) => r.currency === 'USD' && r.amount === 800_00),
      JSON.stringify(west),
    ).toBe(true);
    await patch('Hamburg KG', { country: 'AT' });
    await consistent();
    const at = await revenueTotalsRepository.days(ctx.db, org.ws.id, FROM, TO, 'AT');
    expect(at.map((r) => r.amount).sort()).toEqual([200_00, 5000_00].sort());
  });

  it('takes trashed customers out and restored ones back in', async () => {
    const admin = ctx.client(org.admin);
    expect((await admin.delete(`/customers/${ids['Dubai LLC']}`)).statusCode).toBe(204);
    await consistent();
    expect(await revenueTotalsRepository.days(ctx.db, org.ws.id, FROM, TO, 'AE')).toEqual([]);
    expect((await admin.post(`/customers/${ids['Dubai LLC']}/restore`, {})).statusCode).toBe(200);
    await consistent();
    expect(await revenueTotalsRepository.days(ctx.db, org.ws.id, FROM, TO, 'AE')).toHaveLength(1);
  });

  it('moves merged orders to the kept customer’s placement', async () => {
    const res = await ctx
      .client(org.admin)
      .post('/duplicates/merge', { keepId: ids['Berlin GmbH'], mergeId: ids['Dubai LLC'] });
    expect(res.statusCode, res.body).toBe(200);
    await consistent();
    // Dubai's AED order now counts in Germany.
    expect(await revenueTotalsRepository.days(ctx.db, org.ws.id, FROM, TO, 'AE')).toEqual([]);
    const de = await revenueTotalsRepository.days(ctx.db, org.ws.id, FROM, TO, 'DE');
    expect(de.some((r) => r.currency === 'AED' && r.amount === 10_000_00)).toBe(true);
  });

  it('the map reads the kept totals and agrees with a segment filter’s raw read', async () => {
    const seg = await ctx.client(org.admin).post('/segments', {
      name: 'Everyone',
      filter: { match: 'all', conditions: [{ field: 'country', op: 'is', value: 'DE' }] },
    });
    expect(seg.statusCode, seg.body).toBe(201);
    const q = `measure=revenue&from=${FROM}&to=${TO}`;
    for (const who of [org.admin, org.eastRep, org.westRep]) {
      const kept = (await ctx.client(who).get(`/insight/map?${q}`)).json();
      const raw = (
        await ctx.client(who).get(`/insight/map?${q}&segmentId=${seg.json().id}`)
      ).json();
      expect(raw.items).toEqual(kept.items.filter((i: { country: string }) => i.country === 'DE'));
    }
  });
});
