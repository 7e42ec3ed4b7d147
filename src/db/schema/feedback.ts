import type { Selectable } from 'kysely';
import type { SurveyKind } from '../../domain/service/survey-labels.ts';

// NPS rounds, surveys and their answers (migration 0040), written only by the feedback module.

export interface SurveyRoundTable {
  workspace_id: string;
  id: string;
  name: string;
  segment_id: string;
  /** the segment's name when the round was planned (a renamed or deleted segment keeps it) */
  segment_name: string;
  /** local HH:MM on each customer's clock */
  send_time: string;
  /** surveys planned */
  planned: number;
  /** customers of the segment without a contact to ask */
  skipped: number;
  created_by: string | null;
  created_at: string;
  /** the product the round asks about (0088), and its SKU when planned; null: none */
  product_id?: string | null;
  product_name?: string | null;
}
export type SurveyRound = Selectable<SurveyRoundTable>;

export interface SurveyTable {
  workspace_id: string;
  id: string;
  kind: SurveyKind;
  round_id: string | null;
  ticket_id: string | null;
  customer_id: string;
  contact_id: string | null;
  /** sha256 (hex) of the link's token */
  token_hash: string;
  /** the language the question is asked in (BCP 47) */
  language: string;
  /** the ticket's subject (CSAT), the only ticket detail the contact sees */
  subject: string | null;
  /** when the link is to be sent: the customer's local send time on a business day (NPS), or creation (CSAT) */
  planned_at: string;
  created_at: string;
  /** the link's mail (0088): queued, sent or failed; null: not mailed (no SMTP account chosen) */
  mail_status?: SurveyMailStatus | null;
  /** why the mail failed (a stable code: mail_no_smtp, contact_no_email, mail_auth_failed, …) */
  mail_error?: string | null;
  mailed_at?: string | null;
  /** the product asked about (the round's), copied onto the answer */
  product_id?: string | null;
}
export type Survey = Selectable<SurveyTable>;

export interface SurveyAnswerTable {
  workspace_id: string;
  survey_id: string;
  kind: SurveyKind;
  customer_id: string;
  /** the customer's owner, country and tier when the answer was given */
  owner_id: string;
  country: string;
  tier: string;
  /** 1–5 (CSAT) or 0–10 (NPS) */
  score: number;
  comment: string | null;
  /** the language the comment was written in */
  language: string;
  /** YYYY-MM of answered_at (UTC) */
  month: string;
  answered_at: string;
  first_answered_at: string;
  /** the detractor follow-up planned for the owner, if any */
  follow_up_id: string | null;
  /** the product the survey asked about (0088); '' for none */
  product_id?: string;
}

/**
 * Answers counted per (kind, dimension, key, period, score), kept by the answers repository in the
 * same transaction as every answer written or changed (0090). `grain` is 'month' (period YYYY-MM)
 * or 'day' (period YYYY-MM-DD, UTC of answered_at); an unscoped summary reads whole months and
 * the partial edge days, so any from/to day range is exact.
 */
export interface SurveyAnswerCountTable {
  workspace_id: string;
  kind: SurveyKind;
  /** country, tier, owner or product (the month group reads the country rows) */
  dim: string;
  grain: 'month' | 'day';
  period: string;
  key: string;
  score: number;
  answers: number;
}

export const SURVEY_MAIL_STATUSES = ['queued', 'sent', 'failed'] as const;
export type SurveyMailStatus = (typeof SURVEY_MAIL_STATUSES)[number];

/** One row per workspace (0088): the SMTP account survey links are mailed through. */
export interface ServiceSettingsTable {
  workspace_id: string;
  survey_smtp_account_id: string | null;
  updated_by: string | null;
  updated_at: string;
}
export type ServiceSettings = Selectable<ServiceSettingsTable>;
export type SurveyAnswer = Selectable<SurveyAnswerTable>;
