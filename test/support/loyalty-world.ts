import { expect } from 'vitest';
import type { TestContext } from './context.ts';

/** A programme for tests: 1 point per USD, lots expire after 12 months, Silver 1,000 · Gold 2,000. */
export const PROGRAMME = {
  enabled: true,
  pointsPerUnit: 1,
  expiryMonths: 12,
  basis: 'points' as const,
  tiers: [
    {
      key: 'silver',
      names: { en: 'Silver', 'zh-CN': '银卡' },
      threshold: 1000,
      discountPct: 2,
      freeSamples: false,
      slaPolicyId: null,
      dedicatedEngineer: false,
    },
    {
      key: 'gold',
      names: { en: 'Gold', 'zh-CN': '金卡' },
      threshold: 2000,
      discountPct: 5,
      freeSamples: true,
      slaPolicyId: null,
      dedicatedEngineer: true,
    },
  ],
};

/** The ledger rows of one customer, oldest first (to count what a refused request wrote). */
export const ledgerOf = (ctx: TestContext, ws: string, customerId: string) =>
  ctx.db
    .selectFrom('loyalty_ledger')
    .selectAll()
    .where('workspace_id', '=', ws)
    .where('customer_id', '=', customerId)
    .orderBy('seq')
    .execute();

export async function ok<T = Record<string, unknown>>(
  res: { statusCode: number; body: string; json(): unknown },
  status = 200,
): Promise<T> {
  expect(res.statusCode, res.body).toBe(status);
  return res.json() as T;
}
