import type { Stage, Tier } from '../../db/schema.ts';

export interface PolicyRule {
  name: string;
  stage: Stage | null;
  tier: Tier | null;
  days: number;
  avoidSlowSeasons: boolean;
}

/** Defaults when a workspace has not set its own: leads weekly, then by value tier. */
export const DEFAULT_POLICIES: PolicyRule[] = [
  { name: 'Leads', stage: 'lead', tier: null, days: 7, avoidSlowSeasons: false },
  { name: 'Tier A', stage: null, tier: 'A', days: 14, avoidSlowSeasons: false },
  { name: 'Tier B', stage: null, tier: 'B', days: 30, avoidSlowSeasons: false },
  { name: 'Tier C', stage: null, tier: 'C', days: 90, avoidSlowSeasons: false },
  { name: 'Everyone else', stage: null, tier: null, days: 30, avoidSlowSeasons: false },
];

/** The first policy, in order, whose stage and tier both match (null matches anything). */
export function resolvePolicy(
  customer: { stage: Stage; tier: Tier | null },
  policies: PolicyRule[],
): PolicyRule | null {
  return (
    policies.find(
      (p) =>
        (p.stage === null || p.stage === customer.stage) &&
        (p.tier === null || p.tier === customer.tier),
    ) ?? null
  );
}
