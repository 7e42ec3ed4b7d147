import { fieldError, type FieldError } from '../field-errors.ts';
import { NO_BONUSES, type BonusRules } from './bonus.ts';

/** What a programme's tiers are measured by over the rolling 12 months. */
export const LOYALTY_BASES = ['points', 'revenue'] as const;
export type LoyaltyBasis = (typeof LOYALTY_BASES)[number];

/** Languages every tier name must be given in (others are optional). */
export const TIER_NAME_LANGUAGES = ['en', 'zh-CN'] as const;

export interface TierBenefits {
  discountPct: number;
  freeSamples: boolean;
  /** the SLA policy a ticket of the tier's customers gets; null: the usual one */
  slaPolicyId: string | null;
  dedicatedEngineer: boolean;
}

export interface Tier extends TierBenefits {
  /** stable name the ledger's status rows keep (e.g. `gold`) */
  key: string;
  /** the tier's name per language (BCP 47) */
  names: Record<string, string>;
  /** points, or whole units of the reporting currency, over the rolling 12 months */
  threshold: number;
}

export interface Programme {
  enabled: boolean;
  /** points per whole unit of the reporting currency of a paid order */
  pointsPerUnit: number;
  /** a lot expires this many calendar months after the day it was earned */
  expiryMonths: number;
  basis: LoyaltyBasis;
  tiers: Tier[];
  /** points for attending an event, answering NPS, a referral, an anniversary (0: off) */
  bonuses: BonusRules;
}

/** A workspace that never saved a programme: off, with the usual three tiers ready to switch on. */
export const DEFAULT_PROGRAMME: Programme = {
  enabled: false,
  pointsPerUnit: 1,
  expiryMonths: 24,
  basis: 'points',
  tiers: [
    tier('silver', 'Silver', '银卡', 10_000, 2),
    tier('gold', 'Gold', '金卡', 50_000, 5),
    tier('platinum', 'Platinum', '白金卡', 200_000, 8),
  ],
  bonuses: NO_BONUSES,
};

function tier(key: string, en: string, zh: string, threshold: number, discountPct: number): Tier {
  return {
    key,
    names: { en, 'zh-CN': zh },
    threshold,
    discountPct,
    freeSamples: discountPct >= 5,
    slaPolicyId: null,
    dedicatedEngineer: discountPct >= 8,
  };
}

/** Everything wrong with a programme, each at its field path. */
export function programmeProblems(p: Programme): FieldError[] {
  const errors: FieldError[] = [];
  if (!(p.pointsPerUnit > 0) || p.pointsPerUnit > 1000 || !fourDecimals(p.pointsPerUnit))
    errors.push(fieldError('/pointsPerUnit', 'loyalty_points_per_unit'));
  const keys = new Set<string>();
  p.tiers.forEach((t, i) => {
    const at = `/tiers/${i}`;
    if (keys.has(t.key)) errors.push(fieldError(`${at}/key`, 'taken'));
    keys.add(t.key);
    for (const lang of TIER_NAME_LANGUAGES)
      if (!t.names[lang]?.trim()) errors.push(fieldError(`${at}/names/${lang}`, 'required'));
    const before = p.tiers[i - 1];
    if (before && t.threshold <= before.threshold)
      errors.push(
        fieldError(`${at}/threshold`, 'loyalty_tier_order', { previous: before.threshold }),
      );
  });
  return errors;
}

const fourDecimals = (n: number) => Math.abs(Math.round(n * 10_000) - n * 10_000) < 1e-6;
