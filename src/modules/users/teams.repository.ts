import { chunks, IN_LIST } from '../../db/chunks.ts';
import { replaceRows } from '../../db/replace-rows.ts';
import type { Executor } from '../../db/dialect.ts';
import type { Team } from '../../db/schema.ts';

export const teamsRepository = {
  /** Team names by id, in few statements (the audit log). */
  async namesOf(db: Executor, workspaceId: string, ids: string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const part of chunks([...new Set(ids)], IN_LIST)) {
      const rows = await db
        .selectFrom('teams')
        .select(['id', 'name'])
        .where('workspace_id', '=', workspaceId)
        .where('id', 'in', part)
        .execute();
      for (const r of rows) out.set(r.id, r.name);
    }
    return out;
  },
  list(db: Executor, workspaceId: string): Promise<Team[]> {
    return db
      .selectFrom('teams')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .orderBy('name')
      .execute();
  },

  findById(db: Executor, workspaceId: string, id: string): Promise<Team | undefined> {
    return db
      .selectFrom('teams')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
  },

  findByName(db: Executor, workspaceId: string, name: string): Promise<Team | undefined> {
    return db
      .selectFrom('teams')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('name', '=', name)
      .executeTakeFirst();
  },

  async existingIds(db: Executor, workspaceId: string, ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await db
      .selectFrom('teams')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where('id', 'in', ids)
      .execute();
    return new Set(rows.map((r) => r.id));
  },

  async insert(db: Executor, team: Team): Promise<void> {
    await db.insertInto('teams').values(team).execute();
  },

  async rename(db: Executor, workspaceId: string, id: string, name: string): Promise<void> {
    await db
      .updateTable('teams')
      .set({ name })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  },

  async remove(db: Executor, workspaceId: string, id: string): Promise<void> {
    await db
      .deleteFrom('teams')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  },

  async members(db: Executor, workspaceId: string): Promise<Map<string, string[]>> {
    const rows = await db
      .selectFrom('team_members')
      .select(['team_id', 'user_id'])
      .where('workspace_id', '=', workspaceId)
      .execute();
    const map = new Map<string, string[]>();
    for (const r of rows) map.set(r.team_id, [...(map.get(r.team_id) ?? []), r.user_id]);
    return map;
  },

  async setMembers(
    db: Executor,
    workspaceId: string,
    teamId: string,
    userIds: string[],
  ): Promise<void> {
    await replaceRows(
      db,
      'team_members',
      { workspace_id: workspaceId, team_id: teamId },
      userIds.map((user_id) => ({ workspace_id: workspaceId, team_id: teamId, user_id })),
    );
  },

  /** The teams one user belongs to (users are edited with their teams). */
  async setTeamsOfUser(
    db: Executor,
    workspaceId: string,
    userId: string,
    teamIds: string[],
  ): Promise<void> {
    await replaceRows(
      db,
      'team_members',
      { workspace_id: workspaceId, user_id: userId },
      teamIds.map((team_id) => ({ workspace_id: workspaceId, team_id, user_id: userId })),
    );
  },

  async customersUsingTeam(db: Executor, workspaceId: string, teamId: string): Promise<number> {
    const row = await db
      .selectFrom('customers')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('workspace_id', '=', workspaceId)
      .where('team_id', '=', teamId)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  },
};
