import type { ColumnType, Insertable, Selectable, Updateable } from 'kysely';

// Workspaces, people and access, customers and contacts, custom fields and the audit log.

import type { CustomFieldEntity, CustomFieldType, Role, Stage, Tier } from '../../domain/enums.ts';
import type { ZoneSource } from '../../domain/calendar/customer-zone.ts';

export type { CustomFieldType, Role, Stage, Tier };

export interface WorkspaceTable {
  id: string;
  name: string;
  home_country: string;
  home_time_zone: string;
  created_at: string;
  home_work_start: ColumnType<string, string | undefined, string>;
  home_work_end: ColumnType<string, string | undefined, string>;
  /** JSON array of date-holidays types that close business, e.g. ["public","bank"] */
  closed_holiday_types: ColumnType<string, string | undefined, string>;
  /** JSON array of holiday names (local or English) the workspace also treats as closed */
  closed_holiday_names: ColumnType<string, string | undefined, string>;
  reporting_currency: ColumnType<string, string | undefined, string>;
  /** JSON: value classification's period and thresholds, and when it last ran */
  value_settings: ColumnType<string, string | undefined, string>;
  /** Days passport data for visa letters is kept after an event ends (then deleted nightly) */
  passport_retention_days: ColumnType<number, number | undefined, number>;
}

export interface UserTable {
  workspace_id: string;
  id: string;
  email: string;
  name: string;
  role: Role;
  password_hash: string;
  locale: string | null;
  active: ColumnType<number, number | undefined, number>;
  created_at: string;
  /** IANA zone the user works in; null: the browser's */
  time_zone: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface TeamTable {
  workspace_id: string;
  id: string;
  name: string;
  created_at: string;
}

export interface TeamMemberTable {
  workspace_id: string;
  team_id: string;
  user_id: string;
}

export interface SessionTable {
  workspace_id: string;
  /** sha-256 of the session secret held in the cookie */
  id: string;
  user_id: string;
  created_at: string;
  expires_at: string;
}

export interface ApiTokenTable {
  workspace_id: string;
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface CustomerTable {
  workspace_id: string;
  id: string;
  name: string;
  native_name: string | null;
  country: string;
  region: string | null;
  city: string | null;
  website: string | null;
  domain: string | null;
  industry: string | null;
  size: string | null;
  /** JSON array of BCP 47 tags */
  languages: string;
  time_zone: string | null;
  /** how time_zone was chosen: 'user', or derived from 'region' | 'city' | 'phone' | 'country' | 'assumed' */
  time_zone_source: ColumnType<ZoneSource | null, ZoneSource | null | undefined, ZoneSource | null>;
  currency: string | null;
  stage: Stage;
  tier: Tier | null;
  source: string | null;
  owner_id: string;
  team_id: string | null;
  /** JSON object keyed by custom field key */
  custom_fields: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  last_touch_at: ColumnType<string | null, string | null | undefined, string | null>;
  last_outbound_at: ColumnType<string | null, string | null | undefined, string | null>;
  health_score: ColumnType<number | null, number | null | undefined, number | null>;
  /** a lead's or prospect's 0–100 score against the ideal customer profile; kept by insight */
  lead_score: ColumnType<number | null, number | null | undefined, number | null>;
  /** the rule-based churn score 0–100 of a customer who has bought; kept by risk (0087) */
  churn_score: ColumnType<number | null, number | null | undefined, number | null>;
  /** JSON: the score's reasons ({ code, points, params }[]), as the live explanation gives them */
  churn_reasons: ColumnType<string | null, string | null | undefined, string | null>;
  /** the day (workspace calendar) the stored churn score was worked out for */
  churn_as_of: ColumnType<string | null, string | null | undefined, string | null>;
  /** 1 when a person set the tier by hand: value classification leaves it */
  tier_locked: ColumnType<number, number | undefined, number>;
  /** recency, frequency and monetary scores 1–5, e.g. "545" */
  rfm: ColumnType<string | null, string | null | undefined, string | null>;
  /** revenue over the classification period, in minor units of the reporting currency */
  revenue_minor: ColumnType<number | null, number | null | undefined, number | null>;
  /** the date of the last order not cancelled; kept by the orders repository */
  last_order_date: ColumnType<string | null, string | null | undefined, string | null>;
  /** how many of the latest 12 orders not cancelled were counted (0–12); kept with it */
  recent_orders: ColumnType<number, number | undefined, number>;
  /** the median days between those orders, null with fewer than two; kept with it */
  order_interval_days: ColumnType<number | null, number | null | undefined, number | null>;
  /** the company's founding date (greetings on its anniversary) */
  founded_on: ColumnType<string | null, string | null | undefined, string | null>;
  /** when the relationship began, also before the CRM (greetings on its anniversary) */
  customer_since: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface CustomerTagTable {
  workspace_id: string;
  customer_id: string;
  tag: string;
}

/** Normalised prefixes of names, domains, emails and phones, for index-backed prefix search. */
/** One row per customer: its search tokens (PostgreSQL) or its FTS5 rowid (SQLite, `id`). */
export interface CustomerSearchTable {
  id: ColumnType<number, number | undefined, never>;
  workspace_id: string;
  customer_id: string;
  tokens: string | null;
}

/** SQLite only: the FTS5 index of `customer_search`, keyed by its `id`. */
export interface CustomerSearchFtsTable {
  rowid: number;
  tokens: string;
}

export interface ContactTable {
  workspace_id: string;
  id: string;
  customer_id: string;
  first_name: string;
  last_name: string | null;
  native_name: string | null;
  title: string | null;
  /** JSON array of strings */
  emails: string;
  /** JSON array of E.164 strings */
  phones: string;
  /** JSON object: whatsapp, wechat, line, telegram */
  handles: string;
  preferred_language: string | null;
  preferred_channel: string | null;
  is_primary: number;
  /** MM-DD, or YYYY-MM-DD when the year is known */
  birthday: ColumnType<string | null, string | null | undefined, string | null>;
  /** when the contact unsubscribed from campaigns (0051); no campaign mails them again */
  unsubscribed_at: ColumnType<string | null, string | null | undefined, string | null>;
  /** the day the contact left the customer's company (0087): a key contact gone is a churn reason */
  left_at: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: string;
  updated_at: string;
}

export interface CustomFieldDefinitionTable {
  workspace_id: string;
  id: string;
  key: string;
  label: string;
  type: CustomFieldType;
  /** JSON array of allowed values for select fields */
  options: string;
  created_at: string;
  /** what the field describes: a customer (the default) or a product */
  entity: ColumnType<CustomFieldEntity, CustomFieldEntity | undefined, CustomFieldEntity>;
}

export interface AuditLogTable {
  workspace_id: string;
  id: string;
  actor_id: string | null;
  /** who acted when no user did (actor_id null): 'system', or 'demo' for the demo seed (0019) */
  actor_kind: ColumnType<string | null, string | null | undefined, string | null>;
  action:
    | 'create'
    | 'update'
    | 'delete'
    | 'restore'
    | 'login'
    | 'merge'
    | 'unmerge'
    /** two customers marked as two companies, not one */
    | 'not_duplicate'
    /** the shared pool (公海): owner warned, customer returned, claimed, assigned by an admin */
    | 'pool_warn'
    | 'pool_release'
    | 'pool_claim'
    | 'pool_assign';
  entity_type: string;
  entity_id: string;
  /** JSON object: field -> { before, after } */
  changes: string;
  at: string;
}

export type Workspace = Selectable<WorkspaceTable>;
export type User = Selectable<UserTable>;
export type NewUser = Insertable<UserTable>;
export type Team = Selectable<TeamTable>;
export type Customer = Selectable<CustomerTable>;
export type NewCustomer = Insertable<CustomerTable>;
export type CustomerUpdate = Updateable<CustomerTable>;
export type Contact = Selectable<ContactTable>;
export type NewContact = Insertable<ContactTable>;
export type ContactUpdate = Updateable<ContactTable>;
export type CustomFieldDefinition = Selectable<CustomFieldDefinitionTable>;
export type AuditEntry = Selectable<AuditLogTable>;
export type NewAuditEntry = Insertable<AuditLogTable>;
