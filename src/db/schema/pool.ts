import type { Selectable } from 'kysely';

// The shared customer pool (公海), migration 0032.

/** A workspace's pool rule; absent until an admin saves one (the defaults apply). */
export interface PoolSettingsTable {
  workspace_id: string;
  /** 0/1: the nightly rule returning idle customers to the pool */
  enabled: number;
  /** JSON array of the stages the rule and releases by hand apply to */
  stages: string;
  /** business days of the home office without a touch */
  idle_days: number;
  /** business days' notice the owner gets in the inbox */
  warning_days: number;
  /** claims per rep per 30 days; null: no limit */
  claim_limit: number | null;
  updated_at: string;
}
export type PoolSettingsRow = Selectable<PoolSettingsTable>;

export type PoolReason = 'idle' | 'manual';

/** A customer now in the pool (owned by the pool holder) and how it got there. */
export interface PoolEntryTable {
  workspace_id: string;
  customer_id: string;
  pooled_at: string;
  from_owner_id: string | null;
  reason: PoolReason;
  /** who returned it by hand; null for the nightly rule */
  released_by: string | null;
}
export type PoolEntry = Selectable<PoolEntryTable>;

export type PoolClaimKind = 'claim' | 'assign';

/** A customer taken out of the pool: claimed by a rep, or assigned by an admin. */
export interface PoolClaimTable {
  workspace_id: string;
  id: string;
  customer_id: string;
  user_id: string;
  kind: PoolClaimKind;
  at: string;
}
export type PoolClaim = Selectable<PoolClaimTable>;

/** The warning an owner was given: for which basis date, until when a touch keeps the customer. */
export interface PoolWarningTable {
  workspace_id: string;
  customer_id: string;
  owner_id: string;
  basis_date: string;
  keep_until: string;
  follow_up_id: string | null;
  warned_at: string;
}
export type PoolWarning = Selectable<PoolWarningTable>;
