import type { ColumnType, Selectable } from 'kysely';

/** A stakeholder in one market (issue 19): an organisation or a person whose trust matters. */
export interface StakeholderTable {
  workspace_id: string;
  id: string;
  country: string;
  name: string;
  native_name: string | null;
  /** one of STAKEHOLDER_KINDS (src/domain/reputation/stakeholders.ts) */
  kind: string;
  /** 1 … 5 */
  influence: number;
  /** −2 hostile … +2 champion */
  stance: number;
  interests: ColumnType<string, string | undefined, string>;
  concerns: ColumnType<string, string | undefined, string>;
  /** JSON array of BCP 47 tags */
  languages: ColumnType<string, string | undefined, string>;
  /** the relationship owner (a user) */
  owner_id: string;
  created_at: string;
  updated_at: string;
}

export interface StakeholderCustomerTable {
  workspace_id: string;
  stakeholder_id: string;
  customer_id: string;
}

/** Every stance a stakeholder has had, the first being where it started. */
export interface StakeholderStanceTable {
  workspace_id: string;
  stakeholder_id: string;
  seq: number;
  stance: number;
  note: string | null;
  actor_id: string | null;
  at: string;
}

/** Something that happened with a stakeholder: a meeting, a call, a letter (issue 19). */
export interface StakeholderInteractionTable {
  workspace_id: string;
  id: string;
  stakeholder_id: string;
  /** one of INTERACTION_KINDS (src/domain/reputation/engagement.ts) */
  kind: string;
  /** the local day it happened */
  occurred_on: string;
  summary: string;
  /** who took part on the stakeholder's side (free text) */
  people: ColumnType<string, string | undefined, string>;
  /** who logged it (and took part on ours) */
  user_id: string;
  created_at: string;
}

/** A planned follow-up of a stakeholder's engagement plan, due in their own calendar. */
export interface StakeholderPlanTable {
  workspace_id: string;
  id: string;
  stakeholder_id: string;
  title: string;
  /** the day asked for */
  requested_date: string;
  /** the business day it is due: the requested day or the next one open in the country */
  due_date: string;
  /** JSON { en, zh } saying why the day moved, or null */
  reason: string | null;
  assignee_id: string;
  /** open | done */
  status: string;
  done_at: string | null;
  created_at: string;
  updated_at: string;
}

export type StakeholderInteraction = Selectable<StakeholderInteractionTable>;
export type StakeholderPlan = Selectable<StakeholderPlanTable>;
export type Stakeholder = Selectable<StakeholderTable>;
export type StakeholderStance = Selectable<StakeholderStanceTable>;
