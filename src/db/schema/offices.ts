import type { ColumnType, Selectable } from 'kysely';

/** An overseas office (or an agent acting as the local team), issue 22. */
export interface OfficeTable {
  workspace_id: string;
  id: string;
  name: string;
  country: string;
  region: string | null;
  city: string;
  time_zone: string;
  /** local HH:MM */
  work_start: string;
  work_end: string;
  ramadan_hours_less: ColumnType<number, number | undefined, number>;
  manager_id: string | null;
  /** JSON: country codes the office covers */
  markets: string;
  /** JSON: [{ date, name }] company closing days */
  closing_days: string;
  created_at: string;
  updated_at: string;
}

/** Someone working in an office: a user (user_id) or staff without a login. */
export interface OfficePersonTable {
  workspace_id: string;
  id: string;
  office_id: string;
  user_id: string | null;
  name: string;
  country_of_work: string;
  /** JSON: language codes */
  languages: string;
  role: string;
  start_date: string;
  created_at: string;
}

export interface OfficeLeaveTable {
  workspace_id: string;
  id: string;
  office_id: string;
  person_id: string;
  kind: 'annual' | 'sick';
  from_date: string;
  to_date: string;
  /** seen only by the office's manager and admins */
  reason: string | null;
  status: 'requested' | 'approved' | 'rejected';
  requested_by: string;
  decided_by: string | null;
  decided_at: string | null;
  created_at: string;
}

export type Office = Selectable<OfficeTable>;
export type OfficePerson = Selectable<OfficePersonTable>;
export type OfficeLeave = Selectable<OfficeLeaveTable>;
