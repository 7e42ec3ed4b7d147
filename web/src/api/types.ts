export type Role = 'admin' | 'manager' | 'rep';
export type Stage = 'lead' | 'prospect' | 'customer' | 'partner' | 'churned';
export type Tier = 'A' | 'B' | 'C';

export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  locale: string | null;
  teamIds: string[];
  createdAt: string;
}

export interface Team {
  id: string;
  name: string;
  memberIds: string[];
  createdAt: string;
}

export interface Customer {
  id: string;
  name: string;
  nativeName: string | null;
  country: string;
  region: string | null;
  city: string | null;
  website: string | null;
  domain: string | null;
  industry: string | null;
  size: string | null;
  languages: string[];
  timeZone: string | null;
  currency: string | null;
  stage: Stage;
  tier: Tier | null;
  tags: string[];
  source: string | null;
  ownerId: string;
  teamId: string | null;
  customFields: Record<string, string | number | null>;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
  lastTouchAt: string | null;
  healthScore: number | null;
  tierLocked: boolean;
  rfm: string | null;
  revenueMinor: number | null;
  lastOrderDate: string | null;
}

export interface Contact {
  id: string;
  customerId: string;
  firstName: string;
  lastName: string | null;
  nativeName: string | null;
  title: string | null;
  emails: string[];
  phones: { e164: string; international: string }[];
  handles: { whatsapp?: string; wechat?: string; line?: string; telegram?: string };
  preferredLanguage: string | null;
  preferredChannel: string | null;
  primary: boolean;
}

export interface CustomField {
  id: string;
  key: string;
  label: string;
  type: 'text' | 'number' | 'date' | 'select';
  options: string[];
}

export interface AuditEntry {
  id: string;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  changes: Record<string, { before: unknown; after: unknown }>;
  at: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface ApiToken {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface WorkspaceInfo {
  id: string;
  name: string;
  homeCountry: string;
  homeTimeZone: string;
  homeHours: { start: string; end: string };
}

export interface Bilingual {
  en: string;
  zh: string;
}

export type Dimension = 'pdi' | 'idv' | 'mas' | 'uai' | 'lto' | 'ivr';
export type Scores = Record<Dimension, number | null>;

export interface Holiday {
  date: string;
  name: string;
  localName: string;
  type: string;
  closed: boolean;
  source: 'library' | 'workspace';
  id?: string;
}

export interface SlowSeason {
  kind: 'ramadan' | 'christmas' | 'august' | 'lunar-new-year' | 'home-holiday';
  start: string;
  end: string;
  names?: string[];
}

export interface CountrySummary {
  code: string;
  name: Bilingual;
  hasHolidays: boolean;
  hofstedeScores: number;
  workspaceOverrides: boolean;
}

export interface CountryProfile {
  code: string;
  name: Bilingual;
  languages: string[];
  currency: string | null;
  timeZones: string[];
  weekend: number[];
  businessHours: { start: string; end: string; source: 'default' | 'workspace' };
  hofstede: Scores;
  hofstedeSources: Partial<Record<Dimension, 'dataset' | 'workspace'>>;
  hofstedeCitation: string;
  notes: string | null;
  regions: Record<string, string>;
  coverage: { holidays: boolean; hofstede: number; workspaceDays: number };
  year: number;
  holidays: Holiday[];
  slowSeasons: SlowSeason[];
}

export interface PlaybookItem {
  ruleId: string;
  dimension: Dimension;
  dimensionName: Bilingual;
  context: string;
  contextName: Bilingual;
  trigger:
    | { kind: 'level'; level: 'low' | 'high'; score: number; threshold: number }
    | { kind: 'gap'; direction: 'higher' | 'lower'; score: number; homeScore: number; gap: number };
  do: Bilingual;
  avoid: Bilingual;
}

export interface Comparison {
  a: { code: string; name: Bilingual; hofstede: Scores; sources: Record<string, string> };
  b: { code: string; name: Bilingual; hofstede: Scores; sources: Record<string, string> };
  citation: string;
  playbook: {
    items: PlaybookItem[];
    missing: {
      dimension: Dimension;
      dimensionName: Bilingual;
      side: 'target' | 'home';
      note: Bilingual;
    }[];
    disclaimer: Bilingual;
  };
}

export type DayReason =
  | { kind: 'weekend'; weekday: number }
  | { kind: 'holiday'; name: string; localName: string; type: string }
  | { kind: 'workspace-holiday'; name: string }
  | { kind: 'workspace-working-day'; name: string };

export interface DayStatus {
  date: string;
  working: boolean;
  reasons: DayReason[];
}

export interface ContactWindow {
  startUtc: string;
  endUtc: string;
  minutes: number;
  home: { date: string; start: string; end: string };
  customer: { date: string; start: string; end: string };
}

export interface ContactWindows {
  customer: { country: string; timeZone: string; hours: { start: string; end: string } };
  home: { country: string; timeZone: string; hours: { start: string; end: string } };
  now: {
    utc: string;
    customer: { date: string; time: string };
    home: { date: string; time: string };
  };
  today: DayStatus;
  slowSeason: SlowSeason | null;
  days: { date: string; customerDay: DayStatus; windows: ContactWindow[] }[];
}

export interface UpcomingHoliday {
  date: string;
  country: string;
  countryName: Bilingual;
  name: string;
  localName: string;
  source: 'library' | 'workspace';
  regions: string[];
  customers: number;
}

export interface Activity {
  id: string;
  customerId: string;
  customerName: string;
  contactId: string | null;
  type: 'note' | 'call' | 'email' | 'meeting' | 'visit' | 'message';
  channel: string | null;
  direction: 'inbound' | 'outbound';
  occurredAt: string;
  summary: string;
  outcome: string | null;
  authorId: string;
}

export interface FollowUp {
  id: string;
  customerId: string;
  customerName: string;
  country: string;
  assigneeId: string;
  kind: 'cadence' | 'manual';
  dueDate: string;
  dueTime: string | null;
  status: string;
  reason: Bilingual;
  note: string | null;
}

export interface InboxFollowUp extends FollowUp {
  customerToday: string;
  customerTime: string;
  timeZone: string;
  bucket: 'overdue' | 'today' | 'upcoming';
  nextWindow: {
    startUtc: string;
    endUtc: string;
    home: { start: string; end: string };
    customer: { start: string; end: string };
  } | null;
}

export interface Inbox {
  followUps: InboxFollowUp[];
  cold: {
    customerId: string;
    name: string;
    country: string;
    lastTouchAt: string | null;
    cadenceDays: number;
    daysSilent: number | null;
    healthScore: number | null;
  }[];
  holidayToday: {
    customerId: string;
    name: string;
    country: string;
    date: string;
    holidays: string[];
  }[];
}

export interface Health {
  score: number;
  cadenceDays: number;
  parts: {
    key: 'recency' | 'frequency' | 'inbound' | 'overdue';
    weight: number;
    score: number;
    detail: Bilingual;
  }[];
}

export interface Policy {
  name: string;
  stage: string | null;
  tier: string | null;
  segmentId: string | null;
  days: number;
  avoidSlowSeasons: boolean;
}

/** A saved segment; its filter is edited by the segments page, which knows its shape. */
export interface SavedSegment {
  id: string;
  name: string;
  description: string | null;
  filter: { match: 'all' | 'any'; conditions: unknown[] };
  count?: number;
}
