import type { ColumnType, Selectable } from 'kysely';

/** A mention of the company in one market (issue 19), by hand or from a feed. */
export interface MentionTable {
  workspace_id: string;
  id: string;
  country: string;
  title: string;
  source: string;
  url: string | null;
  /** BCP 47 */
  language: string;
  /** YYYY-MM-DD (UTC day of publication) */
  published_on: string;
  reach: number | null;
  /** negative | neutral | positive: the person's value where given, else the suggestion */
  sentiment: string;
  suggested_sentiment: string | null;
  suggested_score: number | null;
  person_sentiment: string | null;
  person_sentiment_by: string | null;
  /** JSON array of strings */
  topics: ColumnType<string, string | undefined, string>;
  /** JSON array: the watch names the item matched */
  matched_names: ColumnType<string, string | undefined, string>;
  summary: ColumnType<string, string | undefined, string>;
  feed_id: string | null;
  /** a feed item's identity (feed id + guid or link); null for hand entries */
  item_key: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

/**
 * Mentions counted per country, period and sentiment (0091), kept with every mention write:
 * `month` rows (YYYY-MM) per source, `day` rows (YYYY-MM-DD) over every source (source '').
 */
export interface MentionCountTable {
  workspace_id: string;
  country: string;
  grain: 'month' | 'day';
  period: string;
  sentiment: string;
  source: string;
  mentions: number;
}

export interface MentionStakeholderTable {
  workspace_id: string;
  mention_id: string;
  stakeholder_id: string;
}

/** A mention linked to a crisis incident (issue 19). */
export interface MentionIncidentTable {
  workspace_id: string;
  mention_id: string;
  incident_id: string;
  linked_by: string | null;
  linked_at: string;
}

export interface MentionCustomerTable {
  workspace_id: string;
  mention_id: string;
  customer_id: string;
}

/** An RSS 2.0 or Atom feed read for one market. */
export interface MentionFeedTable {
  workspace_id: string;
  id: string;
  country: string;
  name: string;
  /** null: a feed whose files are uploaded, never fetched */
  url: string | null;
  language: string | null;
  enabled: ColumnType<number, number | undefined, number>;
  allow_private_network: ColumnType<number, number | undefined, number>;
  last_fetched_at: string | null;
  last_error: string | null;
  last_items: number | null;
  last_matched: number | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

/** The company's and its brands' names, in every script they are written in. */
export interface MentionWatchNameTable {
  workspace_id: string;
  name: string;
  /** company | brand */
  kind: string;
}

export type Mention = Selectable<MentionTable>;
export type MentionFeed = Selectable<MentionFeedTable>;
