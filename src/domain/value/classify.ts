import type { Tier } from '../enums.ts';

export interface CustomerValue {
  id: string;
  /** in the reporting currency's minor units over the period */
  revenue: number;
  orders: number;
  /** days since the last order; null when none in the period */
  recencyDays: number | null;
}

/**
 * ABC by revenue: A are the customers that make the first `a` share of revenue (largest first), B
 * the next share up to `b`, C the rest — including everyone without revenue in the period.
 */
export function abcTiers(
  values: CustomerValue[],
  thresholds: { a: number; b: number } = { a: 0.8, b: 0.95 },
): Map<string, Tier> {
  const total = values.reduce((s, v) => s + Math.max(0, v.revenue), 0);
  const sorted = [...values].sort((x, y) => y.revenue - x.revenue || x.id.localeCompare(y.id));
  const out = new Map<string, Tier>();
  let before = 0;
  for (const v of sorted) {
    // A customer belongs to the class where its revenue starts: the one crossing 80% is still A.
    const share = total > 0 ? before / total : 1;
    out.set(
      v.id,
      v.revenue <= 0 ? 'C' : share < thresholds.a ? 'A' : share < thresholds.b ? 'B' : 'C',
    );
    before += Math.max(0, v.revenue);
  }
  return out;
}

/** Quintile score 1–5 of each value among all (5 = best); equal values share a score. */
function quintiles(values: { id: string; v: number }[]): Map<string, number> {
  const sorted = [...values].sort((a, b) => a.v - b.v);
  const out = new Map<string, number>();
  let first = 0;
  sorted.forEach((x, i) => {
    if (i > 0 && sorted[i - 1]?.v !== x.v) first = i;
    // Spread ranks over 1–5 so the best always scores 5 and the lowest 1; one alone is the best.
    out.set(x.id, sorted.length === 1 ? 5 : 1 + Math.floor((4 * first) / (sorted.length - 1)));
  });
  return out;
}

/** Recency, frequency, monetary scores as "RFM" digits; customers without orders score "111". */
export function rfmScores(values: CustomerValue[]): Map<string, string> {
  const active = values.filter((v) => v.orders > 0);
  // Recent is better: score on negative days.
  const r = quintiles(active.map((v) => ({ id: v.id, v: -(v.recencyDays ?? 0) })));
  const f = quintiles(active.map((v) => ({ id: v.id, v: v.orders })));
  const m = quintiles(active.map((v) => ({ id: v.id, v: v.revenue })));
  const out = new Map<string, string>();
  for (const v of values)
    out.set(v.id, v.orders > 0 ? `${r.get(v.id)}${f.get(v.id)}${m.get(v.id)}` : '111');
  return out;
}

export interface ClassifiedCustomer {
  id: string;
  tier: Tier | null;
  tier_locked: number;
  rfm: string | null;
  revenue_minor: number | string | null;
}

export interface ValuePatch {
  rfm?: string;
  tier?: Tier;
  revenue_minor?: number;
}

export interface ClassificationPlan {
  /** customers sharing one patch, so they are written with one statement per few hundred */
  updates: { patch: ValuePatch; ids: string[] }[];
  tierChanges: { id: string; before: Tier | null; after: Tier }[];
  /** customers whose locked tier differs from the computed one */
  lockedKept: number;
}

/**
 * What a classification changes: each customer's revenue, RFM and tier where they differ from
 * what is stored, leaving locked tiers alone. Customers without orders all get the same patch,
 * which is what makes the first run over a large book cheap to write.
 */
export function classificationPlan(
  customers: ClassifiedCustomer[],
  values: Map<string, CustomerValue>,
  thresholds: { a: number; b: number },
): ClassificationPlan {
  const all = customers.map(
    (c) => values.get(c.id) ?? { id: c.id, revenue: 0, orders: 0, recencyDays: null },
  );
  const tiers = abcTiers(all, thresholds);
  const rfm = rfmScores(all);
  const byPatch = new Map<string, { patch: ValuePatch; ids: string[] }>();
  const tierChanges: ClassificationPlan['tierChanges'] = [];
  let lockedKept = 0;
  for (const c of customers) {
    const tier = tiers.get(c.id) ?? 'C';
    const score = rfm.get(c.id) ?? '111';
    const revenue = Math.round(values.get(c.id)?.revenue ?? 0);
    const patch: ValuePatch = {};
    if (c.rfm !== score) patch.rfm = score;
    if (c.revenue_minor === null || Number(c.revenue_minor) !== revenue)
      patch.revenue_minor = revenue;
    if (c.tier !== tier) {
      if (c.tier_locked) lockedKept++;
      else {
        patch.tier = tier;
        tierChanges.push({ id: c.id, before: c.tier, after: tier });
      }
    }
    if (!Object.keys(patch).length) continue;
    const key = `${patch.rfm}|${patch.tier}|${patch.revenue_minor}`;
    const group = byPatch.get(key) ?? { patch, ids: [] };
    group.ids.push(c.id);
    byPatch.set(key, group);
  }
  return { updates: [...byPatch.values()], tierChanges, lockedKept };
}
