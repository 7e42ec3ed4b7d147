import type { Stage, Tier } from '../enums.ts';

export interface PolicyRule {
  name: string;
  stage: Stage | null;
  tier: Tier | null;
  /** when set, only customers in this saved segment (resolved in SQL) */
  segmentId: string | null;
  days: number;
  /**
   * A new customer's first contact is due this many business days (in the customer's calendar)
   * after creation; null: the first follow-up is simply `days` after creation.
   */
  firstContactDays: number | null;
  avoidSlowSeasons: boolean;
}

const rule = (
  name: string,
  match: { stage?: Stage; tier?: Tier },
  days: number,
  firstContactDays: number | null = null,
): PolicyRule => ({
  name,
  stage: match.stage ?? null,
  tier: match.tier ?? null,
  segmentId: null,
  days,
  firstContactDays,
  avoidSlowSeasons: false,
});

/**
 * Defaults when a workspace has not set its own: leads weekly and answered within two business
 * days, then by value tier; a new prospect without a tier is first contacted within five.
 */
export const DEFAULT_POLICIES: PolicyRule[] = [
  rule('Leads', { stage: 'lead' }, 7, 2),
  rule('Tier A', { tier: 'A' }, 14),
  rule('Tier B', { tier: 'B' }, 30),
  rule('Tier C', { tier: 'C' }, 90),
  rule('Prospects', { stage: 'prospect' }, 30, 5),
  rule('Everyone else', {}, 30),
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

/**
 * Gone cold. A customer we have never contacted is cold only once their first contact is overdue
 * (its open plan's date is past in their calendar); otherwise, when the last touch is older than
 * the cadence, or there has been none and nothing is planned.
 */
export function goneCold(c: {
  /** an outbound touch has been logged */
  contacted: boolean;
  /** the open cadence plan's date, when there is one */
  plannedDate: string | null;
  /** today in the customer's calendar */
  today: string;
  /** days since the last touch either way; null when never touched */
  daysSilent: number | null;
  cadenceDays: number;
}): boolean {
  if (!c.contacted && c.plannedDate !== null) return c.plannedDate < c.today;
  return c.daysSilent === null || c.daysSilent > c.cadenceDays;
}
