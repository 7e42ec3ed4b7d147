import type { ColumnType, Insertable, Selectable, Updateable } from 'kysely';

/**
 * Every table in one place. Instants are ISO-8601 UTC strings and booleans are 0/1 integers in
 * both dialects, so one set of queries reads the same on SQLite and PostgreSQL. JSON documents
 * are stored as text for the same reason.
 */
export interface DB {
  workspaces: WorkspaceTable;
  users: UserTable;
  teams: TeamTable;
  team_members: TeamMemberTable;
  sessions: SessionTable;
  api_tokens: ApiTokenTable;
  customers: CustomerTable;
  customer_tags: CustomerTagTable;
  customer_search_terms: SearchTermTable;
  contacts: ContactTable;
  custom_field_definitions: CustomFieldDefinitionTable;
  audit_log: AuditLogTable;
  workspace_country_settings: CountrySettingsTable;
  workspace_calendar_days: CalendarDayTable;
  activities: ActivityTable;
  follow_ups: FollowUpTable;
  cadence_policies: CadencePolicyTable;
  cadence_plan_map: CadencePlanMapTable;
  segments: SegmentTable;
  customer_keys: CustomerKeyTable;
  imports: ImportTable;
  import_errors: ImportErrorTable;
  import_mappings: ImportMappingTable;
  customer_merges: CustomerMergeTable;
  lead_forms: LeadFormTable;
  orders: OrderTable;
  exchange_rates: ExchangeRateTable;
}

export type Role = 'admin' | 'manager' | 'rep';
export type Stage = 'lead' | 'prospect' | 'customer' | 'partner' | 'churned';
export type Tier = 'A' | 'B' | 'C';

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
  /** 1 when a person set the tier by hand: value classification leaves it */
  tier_locked: ColumnType<number, number | undefined, number>;
  /** recency, frequency and monetary scores 1–5, e.g. "545" */
  rfm: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface CustomerTagTable {
  workspace_id: string;
  customer_id: string;
  tag: string;
}

/** Normalised prefixes of names, domains, emails and phones, for index-backed prefix search. */
export interface SearchTermTable {
  workspace_id: string;
  customer_id: string;
  term: string;
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
  created_at: string;
  updated_at: string;
}

export type CustomFieldType = 'text' | 'number' | 'date' | 'select';

export interface CustomFieldDefinitionTable {
  workspace_id: string;
  id: string;
  key: string;
  label: string;
  type: CustomFieldType;
  /** JSON array of allowed values for select fields */
  options: string;
  created_at: string;
}

export interface AuditLogTable {
  workspace_id: string;
  id: string;
  actor_id: string | null;
  action: 'create' | 'update' | 'delete' | 'restore' | 'login' | 'merge' | 'unmerge';
  entity_type: string;
  entity_id: string;
  /** JSON object: field -> { before, after } */
  changes: string;
  at: string;
}

export interface CountrySettingsTable {
  workspace_id: string;
  country: string;
  pdi: number | null;
  idv: number | null;
  mas: number | null;
  uai: number | null;
  lto: number | null;
  ivr: number | null;
  notes: string | null;
  work_start: string | null;
  work_end: string | null;
  /** JSON array of years whose library holidays the workspace's own list replaces */
  replaced_years: string;
  updated_at: string;
}

export interface CalendarDayTable {
  workspace_id: string;
  id: string;
  country: string;
  /** '' for the whole country */
  region: string;
  date: string;
  kind: 'holiday' | 'working_day';
  name: string;
  name_en: string | null;
  source: string | null;
  created_at: string;
}

export type ActivityType = 'note' | 'call' | 'email' | 'meeting' | 'visit' | 'message';
export type Direction = 'inbound' | 'outbound';

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
}

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

export type Activity = Selectable<ActivityTable>;
export type FollowUp = Selectable<FollowUpTable>;
export type CadencePolicy = Selectable<CadencePolicyTable>;
export type NewCadencePolicy = Insertable<CadencePolicyTable>;
export type CountrySettings = Selectable<CountrySettingsTable>;
export type CalendarDay = Selectable<CalendarDayTable>;
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

export type MatchKind = 'domain' | 'email' | 'phone' | 'name';

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
  entity: 'customers' | 'orders';
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

export type OrderStatus = 'open' | 'shipped' | 'paid' | 'cancelled';

export interface OrderTable {
  workspace_id: string;
  id: string;
  customer_id: string;
  number: string;
  order_date: string;
  /** in the currency's minor unit (cents, fen; yen have none) */
  amount_minor: number;
  currency: string;
  status: OrderStatus;
  paid_date: string | null;
  created_at: string;
}
export type Order = Selectable<OrderTable>;

/** Units of the workspace's reporting currency per 1 unit of `currency`, from `valid_from` on. */
export interface ExchangeRateTable {
  workspace_id: string;
  currency: string;
  valid_from: string;
  /** decimal as text, e.g. "1.0825" */
  rate: string;
}
