import type { ColumnType, Selectable } from 'kysely';

/**
 * One figure of the local value ledger (issue 19) for a country and a period within one year.
 * Which columns a row fills depends on its kind (src/domain/reputation/local-value.ts).
 */
export interface LocalValueEntryTable {
  workspace_id: string;
  id: string;
  country: string;
  /** YYYY-MM-DD, both in the same calendar year */
  period_start: string;
  period_end: string;
  /** one of LOCAL_VALUE_KINDS */
  kind: string;
  /** direct jobs: people employed in the country; training: people trained */
  headcount: number | null;
  local_nationals: number | null;
  /** direct jobs: people in management, of whom women */
  management: number | null;
  women_in_management: number | null;
  /** indirect jobs: jobs estimated; training: hours */
  quantity: number | null;
  /** indirect jobs: how they were estimated */
  method: string | null;
  /** minor units of `currency`: the local part (spend with local suppliers, the partner's share, taxes…) */
  amount_minor: number | null;
  /** minor units of `currency`: the whole (total spend, the project's value) */
  total_minor: number | null;
  currency: string | null;
  partner_name: string | null;
  deal_id: string | null;
  order_id: string | null;
  description: ColumnType<string, string | undefined, string>;
  source_document: string;
  entered_by: string;
  owner_id: string;
  created_at: string;
  updated_at: string;
}

export type LocalValueEntry = Selectable<LocalValueEntryTable>;
