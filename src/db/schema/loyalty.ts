import type { Selectable } from 'kysely';
import type { EntryKind } from '../../domain/loyalty/ledger.ts';

// The loyalty programme, migrations 0045, 0046, 0049 (bonuses) and 0055 (expiry reminders).

/** A workspace's programme; absent until an admin saves one (the defaults apply, switched off). */
export interface LoyaltyProgrammeTable {
  workspace_id: string;
  enabled: number;
  /** points per whole reporting unit × 10,000 */
  points_per_unit_e4: number;
  expiry_months: number;
  basis: string;
  /** JSON array of tiers (src/domain/loyalty/programme.ts `Tier`), lowest threshold first */
  tiers: string;
  /** JSON object of bonus points (src/domain/loyalty/bonus.ts `BonusRules`); '{}' when none set */
  bonuses: string;
  updated_at: string;
}
export type LoyaltyProgrammeRow = Selectable<LoyaltyProgrammeTable>;

/** One append-only ledger entry (src/domain/loyalty/ledger.ts `Entry`). */
export interface LoyaltyLedgerTable {
  workspace_id: string;
  customer_id: string;
  seq: number;
  kind: EntryKind;
  points: number;
  entry_date: string;
  order_id: string | null;
  lot_seq: number | null;
  expires_on: string | null;
  shortfall: number;
  amount_minor: number;
  /** redeem and adjust: the reason given */
  reason: string | null;
  /** redeem and adjust: who; null for earnings and expiries */
  actor_id: string | null;
  /** a bonus: the record it was granted for, unique in the workspace (`nps:<survey id>`) */
  source: string | null;
  created_at: string;
}
export type LoyaltyLedgerRow = Selectable<LoyaltyLedgerTable>;

/** A customer's derived status, rewritten after every ledger change and nightly. */
export interface LoyaltyStatusTable {
  workspace_id: string;
  customer_id: string;
  balance: number;
  tier: string | null;
  points_12m: number;
  revenue_12m_minor: number;
  next_expiry: string | null;
  evaluated_at: string;
}
export type LoyaltyStatusRow = Selectable<LoyaltyStatusTable>;

/** One lot's expiry reminder mail (0055): at most one per lot, whatever happens to it. */
export interface LoyaltyExpiryReminderTable {
  workspace_id: string;
  customer_id: string;
  /** the lot: the seq of the entry that made it */
  lot_seq: number;
  expires_on: string;
  /** what was left in the lot when the reminder was written */
  points: number;
  contact_id: string | null;
  language: string | null;
  /** sending (claimed; never sent twice), sent, failed (tried again next night) or skipped_no_email / skipped_no_mailbox */
  status: string;
  error: string | null;
  sent_at: string | null;
  created_at: string;
}
export type LoyaltyExpiryReminderRow = Selectable<LoyaltyExpiryReminderTable>;
