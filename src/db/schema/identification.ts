import type { ImportEntity } from '../../domain/import/column-mapping.ts';
import type { Selectable } from 'kysely';

// Segments, match keys, imports, merges and lead forms.

export interface SegmentTable {
  workspace_id: string;
  id: string;
  name: string;
  description: string | null;
  /** JSON: the validated SegmentFilter document */
  filter: string;
  created_by: string;
  created_at: string;
  updated_at: string;
}
export type Segment = Selectable<SegmentTable>;

import type { MatchKind } from '../../domain/enums.ts';

export type { MatchKind };

/** What identifies a company for duplicate matching; `name` keys are `CC:folded name`. */
export interface CustomerKeyTable {
  workspace_id: string;
  kind: MatchKind;
  key: string;
  customer_id: string;
}

export type ImportStatus = 'queued' | 'running' | 'done' | 'failed';

export interface ImportTable {
  workspace_id: string;
  id: string;
  entity: ImportEntity;
  /** e.g. "trade show: Canton Fair 2026"; the saved mapping is looked up by it */
  source: string | null;
  file_name: string;
  file_path: string;
  dry_run: number;
  status: ImportStatus;
  /** JSON: header → target (or null) */
  mapping: string;
  /** JSON: { country?, tags? } defaults for rows that lack them */
  options: string;
  /** data rows fully processed and committed: the resume point */
  rows_done: number;
  bytes_total: number | null;
  bytes_done: number;
  created: number;
  updated: number;
  merged: number;
  unchanged: number;
  rejected: number;
  error: string | null;
  created_by: string;
  created_at: string;
  finished_at: string | null;
}
export type Import = Selectable<ImportTable>;

export interface ImportErrorTable {
  workspace_id: string;
  import_id: string;
  /** the row's line in the file, the header being row 1 */
  row: number;
  field: string;
  message: string;
  /** the problem's field-error code and JSON params, for the web to say it (0019); null before */
  code: string | null;
  params: string | null;
  /** JSON: the row as read, for the downloadable error file */
  raw: string;
}

export interface ImportMappingTable {
  workspace_id: string;
  entity: string;
  source: string;
  mapping: string;
  updated_at: string;
}

/** A merge of `merged_id` into `kept_id`, with what moved, so that it can be undone. */
export interface CustomerMergeTable {
  workspace_id: string;
  id: string;
  kept_id: string;
  merged_id: string;
  /** JSON: the kept customer's row before the merge */
  kept_before: string;
  /** JSON: { contacts, activities, followUps: ids moved; tags: tags added to the kept customer } */
  moved: string;
  actor_id: string;
  created_at: string;
  undone_at: string | null;
}

/** "Not a duplicate": the pair (a < b) stays hidden while both records' keys hash to `fingerprint`. */
export interface DuplicateDismissalTable {
  workspace_id: string;
  customer_a: string;
  customer_b: string;
  fingerprint: string;
  actor_id: string;
  created_at: string;
}

export interface LeadFormTable {
  workspace_id: string;
  id: string;
  /** the public key in the form's URL */
  form_key: string;
  name: string;
  /** written on every lead, e.g. "web form: contact page" */
  source: string;
  /** who owns the leads the form creates */
  owner_id: string;
  /** JSON array of origins (https://example.com) allowed to post from a browser */
  allowed_origins: string;
  created_at: string;
}
export type LeadForm = Selectable<LeadFormTable>;
