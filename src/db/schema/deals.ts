import type { Selectable } from 'kysely';
import type {
  DealContactRole,
  DealReason,
  ReasonAttribution,
  StageKind,
} from '../../domain/enums.ts';

// Pipelines with their ordered stages, and deals (opportunities) with the contacts involved,
// win/loss reasons and competitors.

export type { DealContactRole, DealReason, ReasonAttribution, StageKind };

export interface PipelineTable {
  workspace_id: string;
  id: string;
  /** the seeded default's key ('export'), null for pipelines an admin made */
  code: string | null;
  name: string;
  /** an open deal idle longer than this is rotting; null: never */
  rotting_days: number | null;
  position: number;
  created_at: string;
  updated_at: string;
}
export type Pipeline = Selectable<PipelineTable>;

export interface PipelineStageTable {
  workspace_id: string;
  id: string;
  pipeline_id: string;
  /** the seeded default's key ('inquiry', 'samples'…), so the web names it in the reader's language */
  code: string | null;
  name: string;
  /** 0–100: a deal entering the stage takes this probability */
  probability: number;
  kind: StageKind;
  position: number;
  created_at: string;
  updated_at: string;
}
export type PipelineStage = Selectable<PipelineStageTable>;

export interface DealTable {
  workspace_id: string;
  id: string;
  customer_id: string;
  /** the customer's country, kept in step by the customers module (forecasts group by it) */
  customer_country: string;
  pipeline_id: string;
  stage_id: string;
  title: string;
  /** in the currency's minor unit */
  amount_minor: number;
  currency: string;
  /** a calendar date; every change is audited */
  expected_close_date: string;
  /** YYYY-MM of `expected_close_date`, written with it (forecasts sum per month) */
  expected_close_month: string;
  probability: number;
  /** the stage's kind, kept on the deal so boards and forecasts filter on one column */
  status: StageKind;
  owner_id: string;
  source: string | null;
  next_step: string | null;
  /** UTC instant the deal entered its current stage */
  stage_entered_at: string;
  /** UTC instant it was won or lost; null while open */
  closed_at: string | null;
  /** the won deal this repeat order follows */
  repeat_of_id: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}
export type Deal = Selectable<DealTable>;

/**
 * Deals summed per (status, pipeline, stage, currency, expected close date), kept by the deals
 * repository with every deal write (migration 0056).
 */
export interface DealTotalTable {
  workspace_id: string;
  status: StageKind;
  pipeline_id: string;
  stage_id: string;
  currency: string;
  expected_close_month: string;
  expected_close_date: string;
  deals: number;
  amount_minor: number;
  /** amount × probability (a percentage) */
  weighted_centi_minor: number;
}

export interface DealContactTable {
  workspace_id: string;
  deal_id: string;
  contact_id: string;
  role: DealContactRole;
}

export interface DealReasonTable {
  workspace_id: string;
  deal_id: string;
  reason: DealReason;
  attribution: ReasonAttribution;
  note: string | null;
}

export interface DealCompetitorTable {
  workspace_id: string;
  deal_id: string;
  position: number;
  name: string;
  /** their price when known, in the minor unit of `currency` */
  amount_minor: number | null;
  currency: string | null;
  note: string | null;
}
