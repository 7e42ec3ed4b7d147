/**
 * Stakeholders per market (issue 19): the organisations and people whose trust decides whether a
 * foreign supplier wins there. Plain rules, no storage: what a stakeholder may be, the scales the
 * map is drawn on, and which quadrant of the map says how to engage.
 */
export const STAKEHOLDER_KINDS = [
  'government_ministry',
  'regulator',
  'local_authority',
  'state_buyer',
  'media_outlet',
  'journalist',
  'ngo',
  'community',
  'industry_association',
  'local_partner',
  'joint_venture_partner',
  'university',
] as const;
export type StakeholderKind = (typeof STAKEHOLDER_KINDS)[number];

/** Influence on our business there: 1 (little) … 5 (decisive). */
export const INFLUENCE = { min: 1, max: 5 } as const;
/** Stance toward us: −2 hostile, −1 sceptical, 0 neutral, +1 supportive, +2 champion. */
export const STANCE = { min: -2, max: 2 } as const;

export type Engagement = 'manage_closely' | 'keep_satisfied' | 'keep_informed' | 'monitor';

/**
 * The power–interest grid read as influence × stance (Mendelow's matrix, as stakeholder maps
 * commonly draw it): influential and not yet on our side → manage closely; influential and
 * supportive → keep satisfied; little influence but supportive → keep informed; the rest →
 * monitor.
 */
export function engagementFor(influence: number, stance: number): Engagement {
  const high = influence >= 4;
  if (high) return stance <= 0 ? 'manage_closely' : 'keep_satisfied';
  return stance > 0 ? 'keep_informed' : 'monitor';
}

/** One change of stance, kept so the map can show where a relationship is heading. */
export interface StanceChange {
  at: string;
  stance: number;
}

/** The last move of stance: up, down or none (the first entry is where it started). */
export function stanceTrend(history: StanceChange[]): 'up' | 'down' | 'none' {
  if (history.length < 2) return 'none';
  const [prev, last] = history.slice(-2) as [StanceChange, StanceChange];
  return last.stance > prev.stance ? 'up' : last.stance < prev.stance ? 'down' : 'none';
}
