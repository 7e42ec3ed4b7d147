import type { Selectable } from 'kysely';
import type { TenderResult } from '../../domain/enums.ts';

export type { TenderResult };

/** bigint amounts: PostgreSQL answers them as text, so the mapper reads them with Number(). */
type BigOrNull = number | null;

/** A public or private tender a buyer (a customer) issued, and our bid for it. */
export interface TenderTable {
  workspace_id: string;
  id: string;
  customer_id: string;
  reference: string;
  title: string;
  country: string;
  issuing_body: string | null;
  /** UTC instant (ISO-8601) */
  submission_deadline: string;
  /** the zone the buyer published the deadline in (the customer's, unless given) */
  deadline_time_zone: string;
  /** UTC instant */
  clarification_deadline: string | null;
  bid_bond_minor: BigOrNull;
  bid_bond_currency: string | null;
  /** JSON: [{ name, done }] */
  required_documents: string;
  /** hundredths of a percent (5000 = 50.00 %) */
  local_content_required_bp: number | null;
  local_content_notes: string | null;
  /** our declared local content: the value, its local indirect taxes, its imported content (bid currency) */
  lc_currency: string | null;
  lc_value_minor: BigOrNull;
  lc_local_taxes_minor: BigOrNull;
  lc_imported_minor: BigOrNull;
  /** the price preference local bidders get, hundredths of a percent */
  price_preference_bp: number | null;
  requires_local_partner: number;
  requires_joint_venture: number;
  requires_local_branch: number;
  /** JSON: [{ name, weight }] with weights adding up to 100 */
  evaluation_criteria: string;
  bid_amount_minor: BigOrNull;
  bid_currency: string | null;
  result: TenderResult | null;
  result_date: string | null;
  result_note: string | null;
  reminder_business_days: number;
  /** the follow-ups (relationship module) that remind of the deadlines */
  submission_follow_up_id: string | null;
  clarification_follow_up_id: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}
export type Tender = Selectable<TenderTable>;

export interface TenderCompetitorTable {
  workspace_id: string;
  tender_id: string;
  position: number;
  name: string;
  amount_minor: BigOrNull;
  currency: string | null;
  /** 0/1: a branch, plant, partner or joint venture in the buyer's country */
  local_presence: number;
  /** 0/1: they were awarded the tender */
  awarded: number;
}
export type TenderCompetitor = Selectable<TenderCompetitorTable>;

/** The workspace's win/loss reasons. */
export interface TenderReasonTable {
  workspace_id: string;
  id: string;
  code: string | null;
  name_en: string;
  name_zh: string;
  active: number;
  position: number;
  created_at: string;
  updated_at: string;
}
export type TenderReason = Selectable<TenderReasonTable>;

export interface TenderResultReasonTable {
  workspace_id: string;
  tender_id: string;
  reason_id: string;
}
