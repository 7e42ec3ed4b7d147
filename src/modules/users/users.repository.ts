import { chunks, IN_LIST } from '../../db/chunks.ts';
import type { Executor } from '../../db/dialect.ts';
import type { NewUser, Role, User } from '../../db/schema.ts';
import { POOL_HOLDER_ID } from '../../domain/pool/pool-settings.ts';

export const usersRepository = {
  /** User names by id, in few statements (the audit log; deactivated users keep theirs). */
  async namesOf(db: Executor, workspaceId: string, ids: string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const part of chunks([...new Set(ids)], IN_LIST)) {
      const rows = await db
        .selectFrom('users')
        .select(['id', 'name'])
        .where('workspace_id', '=', workspaceId)
        .where('id', 'in', part)
        .execute();
      for (const r of rows) out.set(r.id, r.name);
    }
    return out;
  },
  /** A person: never the shared pool's holder, which owns pooled customers but is no one. */
  findById(db: Executor, workspaceId: string, id: string): Promise<User | undefined> {
    return db
      .selectFrom('users')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .where('id', '<>', POOL_HOLDER_ID)
      .executeTakeFirst();
  },

  /** Login does not know the workspace yet; emails are unique per workspace. */
  findByEmailAnyWorkspace(db: Executor, email: string): Promise<User[]> {
    return db.selectFrom('users').selectAll().where('email', '=', email.toLowerCase()).execute();
  },

  findByEmail(db: Executor, workspaceId: string, email: string): Promise<User | undefined> {
    return db
      .selectFrom('users')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('email', '=', email.toLowerCase())
      .executeTakeFirst();
  },

  list(db: Executor, workspaceId: string): Promise<User[]> {
    return db
      .selectFrom('users')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '<>', POOL_HOLDER_ID)
      .orderBy('name')
      .execute();
  },

  async insert(db: Executor, user: NewUser): Promise<void> {
    await db.insertInto('users').values(user).execute();
  },

  /** Inserts the user unless one with its id (or email) exists: the pool holder, made on demand. */
  async insertIfAbsent(db: Executor, user: NewUser): Promise<void> {
    await db
      .insertInto('users')
      .values(user)
      .onConflict((oc) => oc.doNothing())
      .execute();
  },

  async update(
    db: Executor,
    workspaceId: string,
    id: string,
    patch: Partial<{
      name: string;
      role: Role;
      password_hash: string;
      locale: string | null;
      time_zone: string | null;
      active: number;
    }>,
  ): Promise<void> {
    await db
      .updateTable('users')
      .set(patch)
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  },

  teamIdsOf(db: Executor, workspaceId: string, userId: string): Promise<string[]> {
    return db
      .selectFrom('team_members')
      .select('team_id')
      .where('workspace_id', '=', workspaceId)
      .where('user_id', '=', userId)
      .execute()
      .then((rows) => rows.map((r) => r.team_id));
  },

  async memberIdsOfTeams(db: Executor, workspaceId: string, teamIds: string[]): Promise<string[]> {
    if (teamIds.length === 0) return [];
    const rows = await db
      .selectFrom('team_members')
      .select('user_id')
      .distinct()
      .where('workspace_id', '=', workspaceId)
      .where('team_id', 'in', teamIds)
      .execute();
    return rows.map((r) => r.user_id);
  },

  async teamsByUser(db: Executor, workspaceId: string): Promise<Map<string, string[]>> {
    const rows = await db
      .selectFrom('team_members')
      .select(['user_id', 'team_id'])
      .where('workspace_id', '=', workspaceId)
      .execute();
    const map = new Map<string, string[]>();
    for (const r of rows) map.set(r.user_id, [...(map.get(r.user_id) ?? []), r.team_id]);
    return map;
  },

  firstAdmin(db: Executor): Promise<User | undefined> {
    return db
      .selectFrom('users')
      .selectAll()
      .where('role', '=', 'admin')
      .where('active', '=', 1)
      .orderBy('created_at')
      .limit(1)
      .executeTakeFirst();
  },
};
