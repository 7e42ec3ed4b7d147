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

export type Stakeholder = Selectable<StakeholderTable>;
export type StakeholderStance = Selectable<StakeholderStanceTable>;
