import type { Executor } from '../../db/dialect.ts';
import type { Team, User } from '../../db/schema.ts';
import { isTimeZone } from '../../domain/countries.ts';
import { nowIso } from '../../domain/ids.ts';
import {
  POOL_HOLDER_EMAIL,
  POOL_HOLDER_ID,
  POOL_HOLDER_NAME,
} from '../../domain/pool/pool-settings.ts';
import type { Scope } from '../../domain/scope.ts';
import { AppError, fieldError } from '../../http/errors.ts';
import { supportTeamsRepository } from './support-teams.repository.ts';
import { teamsRepository } from './teams.repository.ts';
import { usersRepository } from './users.repository.ts';

/**
 * What other modules, the CLI and the seed may read of users and teams, inside the caller's
 * transaction. The users module is the only writer of `users`, `teams`, `team_members`,
 * `support_teams` and `support_team_members`.
 */
export const userRecords = {
  /** Names by id, deactivated users too (the audit log names its records). */
  namesOf: (db: Executor, workspaceId: string, ids: string[]) =>
    usersRepository.namesOf(db, workspaceId, ids),

  teamNamesOf: (db: Executor, workspaceId: string, ids: string[]) =>
    teamsRepository.namesOf(db, workspaceId, ids),

  findById: (db: Executor, workspaceId: string, id: string): Promise<User | undefined> =>
    usersRepository.findById(db, workspaceId, id),

  /**
   * The clock "you" means in contact windows and "3 h behind you": the zone the user chose on
   * their profile, else the one their browser sent (`sent`, checked here), else the home office's.
   */
  async viewerTimeZone(
    db: Executor,
    scope: Scope,
    sent: string | undefined,
    homeOffice: string,
  ): Promise<string> {
    if (sent !== undefined && !isTimeZone(sent)) {
      throw AppError.validation([
        fieldError('/querystring/timeZone', 'time_zone', { value: sent }),
      ]);
    }
    const own = (await usersRepository.findById(db, scope.workspaceId, scope.userId))?.time_zone;
    return own ?? sent ?? homeOffice;
  },

  /** Sign-in and the CLI name a user by email before they know the workspace. */
  findByEmailAnyWorkspace: (db: Executor, email: string) =>
    usersRepository.findByEmailAnyWorkspace(db, email),

  /** The workspace's longest-standing active admin (the CLI acts as them when no user is named). */
  firstAdmin: (db: Executor): Promise<User | undefined> => usersRepository.firstAdmin(db),

  teamIdsOf: (db: Executor, workspaceId: string, userId: string): Promise<string[]> =>
    usersRepository.teamIdsOf(db, workspaceId, userId),

  memberIdsOfTeams: (db: Executor, workspaceId: string, teamIds: string[]) =>
    usersRepository.memberIdsOfTeams(db, workspaceId, teamIds),

  findTeam: (db: Executor, workspaceId: string, id: string) =>
    teamsRepository.findById(db, workspaceId, id),

  findTeamByName: (db: Executor, workspaceId: string, name: string) =>
    teamsRepository.findByName(db, workspaceId, name),

  /**
   * The shared pool's holder in this workspace, made the first time a customer goes to the pool:
   * inactive (it never signs in: no usable password, and sign-in takes active users only), in no
   * team, left out of the user list and of every "which user" lookup; it owns pooled customers.
   */
  async ensurePoolHolder(db: Executor, workspaceId: string): Promise<string> {
    await usersRepository.insertIfAbsent(db, {
      workspace_id: workspaceId,
      id: POOL_HOLDER_ID,
      email: POOL_HOLDER_EMAIL,
      name: POOL_HOLDER_NAME,
      role: 'rep',
      password_hash: '!pool-holder-never-signs-in',
      locale: null,
      active: 0,
      created_at: nowIso(),
    });
    return POOL_HOLDER_ID;
  },

  /** The support teams a user belongs to (the scope's `supportTeamIds`). */
  supportTeamIdsOf: (db: Executor, workspaceId: string, userId: string) =>
    supportTeamsRepository.teamIdsOf(db, workspaceId, userId),

  supportMemberIdsOfTeams: (db: Executor, workspaceId: string, teamIds: string[]) =>
    supportTeamsRepository.memberIdsOfTeams(db, workspaceId, teamIds),

  /** The workspace's support teams with their calendars, in follow-the-sun order. */
  supportTeams: (db: Executor, workspaceId: string) => supportTeamsRepository.list(db, workspaceId),

  findSupportTeam: (db: Executor, workspaceId: string, id: string) =>
    supportTeamsRepository.findById(db, workspaceId, id),

  supportTeamNamesOf: async (db: Executor, workspaceId: string, ids: string[]) => {
    const wanted = new Set(ids);
    const rows = await supportTeamsRepository.list(db, workspaceId);
    return new Map(rows.filter((t) => wanted.has(t.id)).map((t) => [t.id, t.name]));
  },

  /** The CLI and the seed create teams by name before users join them. */
  insertTeam: (db: Executor, team: Team) => teamsRepository.insert(db, team),
};
