import type { ColumnType, Insertable, Selectable } from 'kysely';
import type { Stage, Tier } from './core.ts';

// Activities, follow-ups and cadence policies.

import type { ActivitySource, ActivityType, Direction } from '../../domain/enums.ts';

export type { ActivitySource, ActivityType, Direction };

export interface ActivityTable {
  workspace_id: string;
  id: string;
  customer_id: string;
  contact_id: string | null;
  type: ActivityType;
  /** for messages: whatsapp, wechat, line, telegram… */
  channel: string | null;
  direction: Direction;
  /** UTC instant */
  occurred_at: string;
  summary: string;
  outcome: string | null;
  author_id: string;
  created_at: string;
  source: ColumnType<ActivitySource, ActivitySource | undefined, ActivitySource>;
  /** JSON array of PaymentFlag raised on arrival */
  flags: ColumnType<string, string | undefined, string>;
}

export type FollowUpStatus = 'open' | 'done' | 'snoozed' | 'cancelled';

export interface FollowUpTable {
  workspace_id: string;
  id: string;
  customer_id: string;
  assignee_id: string;
  /** cadence: planned by policy (one open per customer); manual: created by a person */
  kind: 'cadence' | 'manual';
  /** a date in the customer's own calendar */
  due_date: string;
  due_time: string | null;
  status: FollowUpStatus;
  /** JSON: { en, zh } why the date is what it is */
  reason: string;
  note: string | null;
  created_at: string;
  updated_at: string;
  done_at: string | null;
  /** cadence only: the local date (last outbound touch, or creation) the cadence counts from */
  basis_date: ColumnType<string | null, string | null | undefined, string | null>;
  /** the office person doing it (office_people.id; may be staff without a login), or null */
  assignee_person_id: ColumnType<string | null, string | null | undefined, string | null>;
}

/** Scratch rows of one bulk replan: the plan for each (market, basis date, policy). */
export interface CadencePlanMapTable {
  workspace_id: string;
  run_id: string;
  country: string;
  /** '' when the customer has no region */
  region: string;
  basis_date: string;
  /** index of the policy in the workspace's ordered list */
  policy: number;
  /** 1 when the plan is the customer's first contact (no outbound touch yet) */
  first_contact: number;
  due_date: string;
  reason: string;
}

export interface CadencePolicyTable {
  workspace_id: string;
  id: string;
  name: string;
  stage: Stage | null;
  tier: Tier | null;
  days: number;
  avoid_slow_seasons: number;
  position: number;
  updated_at: string;
  /** when set, the policy applies only to customers in this segment */
  segment_id: ColumnType<string | null, string | null | undefined, string | null>;
  /** business days after creation for the first contact; null: the cadence counts from creation */
  first_contact_days: ColumnType<number | null, number | null | undefined, number | null>;
}

export type Activity = Selectable<ActivityTable>;
export type FollowUp = Selectable<FollowUpTable>;
export type CadencePolicy = Selectable<CadencePolicyTable>;
export type NewCadencePolicy = Insertable<CadencePolicyTable>;
