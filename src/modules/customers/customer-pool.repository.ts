import type { Executor } from '../../db/dialect.ts';
import type { Stage } from '../../db/schema.ts';
import { placementChanging } from './placement-followers.ts';

/**
 * Part of the customers repository (spread into `customersRepository`, the table's one owner):
 * the public pool's conditional hand-overs and the idle customers it takes back.
 */
export const customerPoolRepository = {
  /**
   * Hands a customer to the pool holder, only while it still has the owner and the last touch the
   * caller planned from (a touch or a reassignment in the meantime wins). Answers whether it moved.
   */
  async releaseToPool(
    db: Executor,
    workspaceId: string,
    c: { id: string; ownerId: string; lastTouchAt: string | null },
    holderId: string,
    at: string,
  ): Promise<boolean> {
    // Out under the old owner and back under whoever holds it after (no move nets to nothing).
    await placementChanging(db, workspaceId, [c.id], -1);
    const r = await db
      .updateTable('customers')
      .set({ owner_id: holderId, team_id: null, updated_at: at })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', c.id)
      .where('owner_id', '=', c.ownerId)
      .where('deleted_at', 'is', null)
      .where((eb) =>
        c.lastTouchAt === null
          ? eb('last_touch_at', 'is', null)
          : eb('last_touch_at', '=', c.lastTouchAt),
      )
      .executeTakeFirst();
    await placementChanging(db, workspaceId, [c.id], 1);
    return Number(r.numUpdatedRows) === 1;
  },

  /**
   * Gives a pooled customer to a new owner only while the pool holder still has it: the
   * conditional update is what makes the first of two simultaneous claims the only one.
   */
  async claimFromPool(
    db: Executor,
    workspaceId: string,
    id: string,
    holderId: string,
    owner: { ownerId: string; teamId: string | null },
    at: string,
  ): Promise<boolean> {
    await placementChanging(db, workspaceId, [id], -1);
    const r = await db
      .updateTable('customers')
      .set({ owner_id: owner.ownerId, team_id: owner.teamId, updated_at: at })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .where('owner_id', '=', holderId)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    await placementChanging(db, workspaceId, [id], 1);
    return Number(r.numUpdatedRows) === 1;
  },

  /**
   * Live customers at these stages owned by someone other than the pool holder and neither
   * touched nor created since `before` (an instant): the nightly pool rule's candidates, by id.
   */
  idleCandidates(
    db: Executor,
    workspaceId: string,
    f: { stages: Stage[]; before: string; holderId: string; afterId: string; limit: number },
  ) {
    return db
      .selectFrom('customers')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('deleted_at', 'is', null)
      .where('stage', 'in', f.stages)
      .where('owner_id', '<>', f.holderId)
      .where((eb) => eb(eb.fn.coalesce('last_touch_at', 'created_at'), '<', f.before))
      .where('id', '>', f.afterId)
      .orderBy('id')
      .limit(f.limit)
      .execute();
  },
};
