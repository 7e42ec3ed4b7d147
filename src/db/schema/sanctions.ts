import type { Selectable } from 'kysely';

/** A sanctions list an admin imported; an update replaces its entries and bumps `version`. */
export interface SanctionsListTable {
  workspace_id: string;
  id: string;
  name: string;
  /** ofac-sdn-csv | ofac-sdn-xml | eu-xml | un-xml | csv */
  format: string;
  /** the publication date the file states (YYYY-MM-DD) */
  published_at: string | null;
  entry_count: number;
  version: number;
  file_name: string;
  uploaded_by: string;
  uploaded_at: string;
  created_at: string;
}

/** One listed party; `hash` changes when anything screened against changes. */
export interface SanctionsEntryTable {
  workspace_id: string;
  id: string;
  list_id: string;
  /** the list's own id of the entry */
  ref: string;
  kind: string;
  /** JSON arrays of strings */
  names: string;
  countries: string;
  birth_dates: string;
  programs: string;
  hash: string;
  updated_at: string;
}

/** A hit waiting for (or given) an admin's decision. */
export interface SanctionsReviewTable {
  workspace_id: string;
  id: string;
  customer_id: string;
  /** '' for the customer, else the contact's id */
  subject_key: string;
  subject_name: string;
  list_id: string;
  entry_id: string;
  /** the entry's hash when screened: a dismissal holds only while it is unchanged */
  entry_hash: string;
  entry_name: string;
  /** the score × 1000 */
  score_milli: number;
  /** JSON: { tokens: [{ query, entry, score }], country, birthDate } */
  matched_on: string;
  status: 'open' | 'confirmed' | 'dismissed';
  /** create | import | list-update */
  source: string;
  import_id: string | null;
  reason: string | null;
  decided_by: string | null;
  decided_at: string | null;
  created_at: string;
  updated_at: string;
}

export type SanctionsList = Selectable<SanctionsListTable>;
export type SanctionsEntry = Selectable<SanctionsEntryTable>;
export type SanctionsReview = Selectable<SanctionsReviewTable>;
