import { replaceRows } from '../../db/replace-rows.ts';
import type { Executor } from '../../db/dialect.ts';
import type { SupportTeam, SupportTeamTable } from '../../db/schema.ts';

/** The only code touching `support_teams` and `support_team_members`. */
export const supportTeamsRepository = {
  /** In the order follow the sun tries them, then by name. */
  list(db: Executor, workspaceId: string): Promise<SupportTeam[]> {
    return db
      .selectFrom('support_teams')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .orderBy('position')
      .orderBy('name')
      .execute();
  },

  findById(db: Executor, workspaceId: string, id: string): Promise<SupportTeam | undefined> {
    return db
      .selectFrom('support_teams')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
  },

  findByName(db: Executor, workspaceId: string, name: string): Promise<SupportTeam | undefined> {
    return db
      .selectFrom('support_teams')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('name', '=', name)
      .executeTakeFirst();
  },

  async insert(db: Executor, row: SupportTeamTable): Promise<void> {
    await db.insertInto('support_teams').values(row).execute();
  },

  async update(
    db: Executor,
    workspaceId: string,
    id: string,
    patch: Partial<Omit<SupportTeamTable, 'workspace_id' | 'id' | 'created_at'>>,
  ): Promise<void> {
    await db
      .updateTable('support_teams')
      .set(patch)
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  },

  async remove(db: Executor, workspaceId: string, id: string): Promise<void> {
    await db
      .deleteFrom('support_teams')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  },

  async members(db: Executor, workspaceId: string): Promise<Map<string, string[]>> {
    const rows = await db
      .selectFrom('support_team_members')
      .select(['team_id', 'user_id'])
      .where('workspace_id', '=', workspaceId)
      .execute();
    const map = new Map<string, string[]>();
    for (const r of rows) map.set(r.team_id, [...(map.get(r.team_id) ?? []), r.user_id]);
    return map;
  },

  async setMembers(db: Executor, workspaceId: string, teamId: string, userIds: string[]) {
    await replaceRows(
      db,
      'support_team_members',
      { workspace_id: workspaceId, team_id: teamId },
      userIds.map((user_id) => ({ workspace_id: workspaceId, team_id: teamId, user_id })),
    );
  },

  async teamIdsOf(db: Executor, workspaceId: string, userId: string): Promise<string[]> {
    const rows = await db
      .selectFrom('support_team_members')
      .select('team_id')
      .where('workspace_id', '=', workspaceId)
      .where('user_id', '=', userId)
      .execute();
    return rows.map((r) => r.team_id);
  },

  async memberIdsOfTeams(db: Executor, workspaceId: string, teamIds: string[]) {
    if (!teamIds.length) return [];
    const rows = await db
      .selectFrom('support_team_members')
      .select('user_id')
      .distinct()
      .where('workspace_id', '=', workspaceId)
      .where('team_id', 'in', teamIds)
      .execute();
    return rows.map((r) => r.user_id);
  },
};
