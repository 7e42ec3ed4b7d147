import type { Selectable } from 'kysely';

// The workspace's own country settings and calendar days.

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
  /** 1: shipped official schedules (China's 调休) apply; 0: the workspace opted out */
  official_schedule: number;
  /** JSON list of {weekday, until}: official weekend days the workspace works, until a time */
  working_weekend: string;
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

export type CountrySettings = Selectable<CountrySettingsTable>;
export type CalendarDay = Selectable<CalendarDayTable>;
