/**
 * The product's closed vocabularies, defined once. The database types, the route schemas, the
 * import normalisers and the web all take their lists from here, so adding a stage or a tier is
 * one edit.
 */
export const ROLES = ['admin', 'manager', 'rep'] as const;
export type Role = (typeof ROLES)[number];

export const STAGES = ['lead', 'prospect', 'customer', 'partner', 'churned'] as const;
export type Stage = (typeof STAGES)[number];

export const TIERS = ['A', 'B', 'C'] as const;
export type Tier = (typeof TIERS)[number];

export const COMPANY_SIZES = ['1-10', '11-50', '51-200', '201-1000', '1001-5000', '5000+'] as const;
export type CompanySize = (typeof COMPANY_SIZES)[number];

export const ACTIVITY_TYPES = ['note', 'call', 'email', 'meeting', 'visit', 'message'] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

/**
 * Who put an entry on the timeline: a signed-in user, a visitor of a public web form, or an
 * import (a notes column of a customer list, written by the user who ran it).
 */
export const ACTIVITY_SOURCES = ['user', 'web_form', 'import'] as const;
export type ActivitySource = (typeof ACTIVITY_SOURCES)[number];

export const DIRECTIONS = ['inbound', 'outbound'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const ORDER_STATUSES = ['open', 'shipped', 'paid', 'cancelled'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const CUSTOM_FIELD_TYPES = ['text', 'number', 'date', 'select'] as const;
export type CustomFieldType = (typeof CUSTOM_FIELD_TYPES)[number];

/** Where a deal's stage sits: still open, or closed as won or lost (a pipeline has one of each). */
export const STAGE_KINDS = ['open', 'won', 'lost'] as const;
export type StageKind = (typeof STAGE_KINDS)[number];

/** The part a contact plays in a deal. */
export const DEAL_CONTACT_ROLES = [
  'decision_maker',
  'technical',
  'purchasing',
  'user',
  'influencer',
] as const;
export type DealContactRole = (typeof DEAL_CONTACT_ROLES)[number];

/**
 * Why a deal was won or lost: a vocabulary shared by every workspace (tenders keep their own
 * per-workspace taxonomy, whose defaults are these).
 */
export const DEAL_REASONS = [
  'price',
  'local_presence',
  'local_content',
  'joint_venture_required',
  'financing_terms',
  'technical_fit',
  'delivery_time',
  'relationship',
  'political_reputation',
  'references',
  'other',
] as const;
export type DealReason = (typeof DEAL_REASONS)[number];

/** Who gave a win/loss reason: the buyer said it, or the rep judged it. */
export const REASON_ATTRIBUTIONS = ['stated_by_buyer', 'judged_by_rep'] as const;
export type ReasonAttribution = (typeof REASON_ATTRIBUTIONS)[number];

/** How deals are grouped in a forecast. */
export const FORECAST_GROUPS = ['stage', 'owner', 'country', 'month'] as const;
export type ForecastGroup = (typeof FORECAST_GROUPS)[number];

/** What two customer records may share that makes them the same company. */
export const MATCH_KINDS = ['domain', 'email', 'phone', 'name'] as const;
export type MatchKind = (typeof MATCH_KINDS)[number];

/** Narrows free text (a CLI flag, an import cell) to a vocabulary. */
export function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}
