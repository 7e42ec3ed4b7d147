import type { ColumnType, Selectable } from 'kysely';

/** A crisis incident in one or more markets (issue 19). */
export interface IncidentTable {
  workspace_id: string;
  id: string;
  title: string;
  /** one of INCIDENT_KINDS (src/domain/reputation/incidents.ts) */
  kind: string;
  /** one of INCIDENT_SEVERITIES */
  severity: string;
  /** JSON array of ISO country codes */
  countries: string;
  summary: ColumnType<string, string | undefined, string>;
  /** one of INCIDENT_STATUSES */
  status: string;
  owner_id: string;
  first_seen_at: string;
  first_response_at: string | null;
  activated_at: string | null;
  /** JSON array of { key, done, doneBy, doneAt } in the playbook's order */
  checklist: string;
  /** JSON array of stakeholder ids */
  stakeholder_ids: ColumnType<string, string | undefined, string>;
  created_by: string;
  created_at: string;
  updated_at: string;
}
export type Incident = Selectable<IncidentTable>;

/** The incident's timeline: notes, status changes, checklist steps and approvals. */
export interface IncidentActionTable {
  workspace_id: string;
  id: string;
  incident_id: string;
  kind:
    | 'note'
    | 'status'
    | 'checklist'
    | 'statement'
    | 'mention'
    | 'mention_unlinked'
    | 'customer'
    | 'customer_unlinked';
  body: string;
  actor_id: string | null;
  at: string;
}
export type IncidentAction = Selectable<IncidentActionTable>;

/** A holding statement in one language, draft until someone other than its author approves it. */
export interface IncidentStatementTable {
  workspace_id: string;
  id: string;
  incident_id: string;
  language: string;
  body: string;
  status: 'draft' | 'approved';
  author_id: string;
  approved_by: string | null;
  approved_at: string | null;
  created_at: string;
  updated_at: string;
}
export type IncidentStatement = Selectable<IncidentStatementTable>;

/** A workspace's own checklist for one incident kind (issue 19); absent: the shipped one. */
export interface IncidentPlaybookTable {
  workspace_id: string;
  /** one of INCIDENT_KINDS */
  kind: string;
  /** JSON [{ key, en, zh }] */
  steps: string;
  updated_by: string | null;
  updated_at: string;
}

/** A customer linked to a crisis incident by hand (issue 19). */
export interface IncidentCustomerTable {
  workspace_id: string;
  incident_id: string;
  customer_id: string;
  linked_by: string | null;
  linked_at: string;
}
