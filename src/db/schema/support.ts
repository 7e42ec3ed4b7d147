import type { Selectable } from 'kysely';

// Support teams and their members (migration 0054), written only by the users module.

export interface SupportTeamTable {
  workspace_id: string;
  id: string;
  name: string;
  /** whose public holidays (and the region's, when set) close the team */
  country: string;
  region: string | null;
  time_zone: string;
  /** local HH:MM on the team's clock */
  hours_start: string;
  hours_end: string;
  /** the order follow the sun tries teams in */
  position: number;
  created_at: string;
  updated_at: string;
}
export type SupportTeam = Selectable<SupportTeamTable>;

export interface SupportTeamMemberTable {
  workspace_id: string;
  team_id: string;
  user_id: string;
}
