import type { Stage, Tier } from '../enums.ts';

export interface PolicyRule {
  name: string;
  stage: Stage | null;
  tier: Tier | null;
  /** when set, only customers in this saved segment (resolved in SQL) */
  segmentId: string | null;
  days: number;
  avoidSlowSeasons: boolean;
}

/** Defaults when a workspace has not set its own: leads weekly, then by value tier. */
export const DEFAULT_POLICIES: PolicyRule[] = [
  { name: 'Leads', stage: 'lead', tier: null, days: 7, avoidSlowSeasons: false, segmentId: null },
  { name: 'Tier A', stage: null, tier: 'A', days: 14, avoidSlowSeasons: false, segmentId: null },
  { name: 'Tier B', stage: null, tier: 'B', days: 30, avoidSlowSeasons: false, segmentId: null },
  { name: 'Tier C', stage: null, tier: 'C', days: 90, avoidSlowSeasons: false, segmentId: null },
  {
    name: 'Everyone else',
    stage: null,
    tier: null,
    days: 30,
    avoidSlowSeasons: false,
    segmentId: null,
  },
];

/**
 * The first policy, in order, whose stage and tier both match (null matches anything). Bulk work
 * resolves the same rule in SQL (see cadence-plans.repository); only SQL knows who is in a
 * segment, so segment policies are skipped here.
 */
export function resolvePolicy(
  customer: { stage: Stage; tier: Tier | null },
  policies: PolicyRule[],
): PolicyRule | null {
  return (
    policies.find(
      (p) =>
        p.segmentId === null &&
        (p.stage === null || p.stage === customer.stage) &&
        (p.tier === null || p.tier === customer.tier),
    ) ?? null
  );
}
