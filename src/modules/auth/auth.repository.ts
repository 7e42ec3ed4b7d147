import type { Executor } from '../../db/dialect.ts';

export const sessionsRepository = {
  async insert(
    db: Executor,
    s: { workspaceId: string; id: string; userId: string; createdAt: string; expiresAt: string },
  ): Promise<void> {
    await db
      .insertInto('sessions')
      .values({
        workspace_id: s.workspaceId,
        id: s.id,
        user_id: s.userId,
        created_at: s.createdAt,
        expires_at: s.expiresAt,
      })
      .execute();
  },

  async remove(db: Executor, id: string): Promise<void> {
    await db.deleteFrom('sessions').where('id', '=', id).execute();
  },

  /** Ends a user's sessions, all or all but one; returns how many ended. */
  async removeForUser(
    db: Executor,
    workspaceId: string,
    userId: string,
    exceptId?: string,
  ): Promise<number> {
    let q = db
      .deleteFrom('sessions')
      .where('workspace_id', '=', workspaceId)
      .where('user_id', '=', userId);
    if (exceptId) q = q.where('id', '!=', exceptId);
    const r = await q.executeTakeFirst();
    return Number(r.numDeletedRows);
  },

  async removeExpired(db: Executor, now: string): Promise<void> {
    await db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
  },
};

export const tokensRepository = {
  async insert(
    db: Executor,
    t: {
      workspaceId: string;
      id: string;
      userId: string;
      name: string;
      hash: string;
      createdAt: string;
    },
  ): Promise<void> {
    await db
      .insertInto('api_tokens')
      .values({
        workspace_id: t.workspaceId,
        id: t.id,
        user_id: t.userId,
        name: t.name,
        token_hash: t.hash,
        created_at: t.createdAt,
      })
      .execute();
  },

  listByUser(db: Executor, workspaceId: string, userId: string) {
    return db
      .selectFrom('api_tokens')
      .select(['id', 'name', 'created_at', 'last_used_at', 'revoked_at'])
      .where('workspace_id', '=', workspaceId)
      .where('user_id', '=', userId)
      .orderBy('id', 'desc')
      .execute();
  },

  async revoke(
    db: Executor,
    workspaceId: string,
    userId: string,
    id: string,
    at: string,
  ): Promise<boolean> {
    const r = await db
      .updateTable('api_tokens')
      .set({ revoked_at: at })
      .where('workspace_id', '=', workspaceId)
      .where('user_id', '=', userId)
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  },

  /** Revokes every live token of a user; returns how many. */
  async revokeAllOfUser(
    db: Executor,
    workspaceId: string,
    userId: string,
    at: string,
  ): Promise<number> {
    const r = await db
      .updateTable('api_tokens')
      .set({ revoked_at: at })
      .where('workspace_id', '=', workspaceId)
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows);
  },

  async touch(db: Executor, workspaceId: string, id: string, at: string): Promise<void> {
    await db
      .updateTable('api_tokens')
      .set({ last_used_at: at })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  },
};
