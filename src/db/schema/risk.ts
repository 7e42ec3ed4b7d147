import type { Generated, Selectable } from 'kysely';

// Payments, credit limits and approvals, and the workspace's country-risk ratings (0058).

export interface PaymentTable {
  workspace_id: string;
  id: string;
  order_id: string;
  customer_id: string;
  amount_minor: number;
  currency: string;
  /** the amount in the order's currency, converted at the payment date's rates when it differs */
  applied_minor: number;
  paid_on: string;
  method: string;
  reference: string | null;
  created_by: string;
  created_at: string;
}
export type Payment = Selectable<PaymentTable>;

/** A customer's credit limit in the workspace's reporting currency (`currency` as set). */
export interface CreditLimitTable {
  workspace_id: string;
  customer_id: string;
  limit_minor: number;
  currency: string;
  insurer: string | null;
  policy_number: string | null;
  updated_by: string;
  updated_at: string;
}
export type CreditLimit = Selectable<CreditLimitTable>;

/** An order or quote that took a customer over its limit, waiting for a manager's decision. */
export interface CreditApprovalTable {
  workspace_id: string;
  id: string;
  customer_id: string;
  entity_type: 'order' | 'quote';
  entity_id: string;
  /** the reporting currency the three amounts are in */
  currency: string;
  amount_minor: number;
  exposure_minor: number;
  limit_minor: number;
  status: 'pending' | 'approved' | 'rejected';
  requested_by: string;
  requested_at: string;
  decided_by: string | null;
  decided_at: string | null;
  note: string | null;
}
export type CreditApproval = Selectable<CreditApprovalTable>;

/** The workspace's own rating of a country, 0 (lowest risk) to 7 (highest), as OECD's scale. */
export interface CountryRiskTable {
  workspace_id: string;
  country: string;
  rating: number;
  source: string | null;
  rated_on: string | null;
  notes: string | null;
  updated_by: string;
  updated_at: string;
}
export type CountryRisk = Selectable<CountryRiskTable>;

/**
 * The open part of one instalment of an open or shipped order (0074), kept by the risk module's
 * orders follower in each order write. Its due date is `business_days` business days after
 * `anchor`, rolled to the home office's next business day, worked out when read.
 */
export interface ReceivableLineTable {
  workspace_id: string;
  order_id: string;
  seq: number;
  customer_id: string;
  currency: string;
  open_minor: number;
  anchor: string | null;
  business_days: number;
  /** 1 on an order's first line not yet due (0100), so a sum counts such orders */
  undated_order: Generated<number>;
}

/**
 * Open receivable lines of live customers summed per (country, currency, business days, anchor)
 * (0098): what an admin's overdue map reads. Kept with the lines by the risk module.
 */
export interface OpenLineTotalTable {
  workspace_id: string;
  anchor: string;
  country: string;
  currency: string;
  business_days: number;
  lines: number;
  open_minor: number;
}

/** The same per owner, team ('' for none) and tier ('' for none) as well (0098). */
export interface OpenLineOwnerTotalTable extends OpenLineTotalTable {
  owner_id: string;
  team_id: string;
  tier: string;
}

/**
 * How many live customers have these earliest open anchors (0098): `first_plain` of their lines
 * rolled to the next business day, `first_lc` of their L/C-at-sight lines ('9999-12-31' for none).
 */
export interface OpenLineFirstTable {
  workspace_id: string;
  first_plain: string;
  first_lc: string;
  country: string;
  customers: number;
}

/** The same per owner, team and tier (0098). */
export interface OpenLineOwnerFirstTable extends OpenLineFirstTable {
  owner_id: string;
  team_id: string;
  tier: string;
}

/**
 * Open receivable lines of a live customer summed per currency (0102), for the bucket starts
 * recorded in `open_line_bucket_starts`: from each bucket's start on, every line, the orders not
 * yet due, with the customer's owner and country. Kept with the lines by the risk module.
 */
export interface OpenLineCustomerTotalTable {
  workspace_id: string;
  customer_id: string;
  currency: string;
  owner_id: string;
  country: string;
  lines: number;
  from0: number;
  from1: number;
  from2: number;
  from3: number;
  open_all: number;
  undated: number;
}

/** Settled orders of live customers per paid date, owner and country: how many, days late (0102). */
export interface SettledDayTotalTable {
  workspace_id: string;
  paid_date: string;
  owner_id: string;
  country: string;
  settled: number;
  days_late: number;
}

/** The bucket starts `open_line_customer_totals` are kept for, per workspace (0102). */
export interface OpenLineBucketStartsTable {
  workspace_id: string;
  /** the four plain anchors, then the four L/C-at-sight ones, comma-separated */
  starts: string;
}

/** A settled order with payment terms (0074): its final due date and days late when paid. */
export interface ReceivableSettlementTable {
  workspace_id: string;
  order_id: string;
  customer_id: string;
  paid_date: string;
  due_date: string;
  days_late: number;
}

/** A workspace's churn model (0093): the logistic regression and what explains it. */
export interface ChurnModelTable {
  workspace_id: string;
  version: number;
  /** JSON: features, intercept, coefficients, scaler { means, scales } */
  model: string;
  auc: number;
  examples: number;
  train_count: number;
  holdout_count: number;
  churned_count: number;
  trained_on: string;
  trained_at: string;
  trained_by: string;
  train_ms: number;
  enabled: number;
  enabled_at: string | null;
  enabled_by: string | null;
}
export type ChurnModelRow = Selectable<ChurnModelTable>;

/** Whether a workspace has the history to train a churn model, as last counted (0104). */
export interface ChurnModelCheckTable {
  workspace_id: string;
  /** the day the facts were read as of */
  checked_on: string;
  checked_at: string;
  customers_with_history: number;
  churned: number;
  /** how long reading the facts took */
  check_ms: number;
}
export type ChurnModelCheckRow = Selectable<ChurnModelCheckTable>;
