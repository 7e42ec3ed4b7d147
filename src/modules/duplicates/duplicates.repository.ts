import { visibleTo } from '../../db/visibility.ts';
import type { Executor } from '../../db/dialect.ts';
import type { CustomerMergeTable, MatchKind } from '../../db/schema.ts';
import type { Scope } from '../../domain/scope.ts';

export const duplicatesRepository = {
  /**
   * Pairs of live customers in scope that share a match key, with the shared keys. Both sides
   * must be visible: a rep never learns of a look-alike owned by someone else.
   */
  async candidates(
    db: Executor,
    scope: Scope,
    limit: number,
  ): Promise<{ a: string; b: string; kind: MatchKind; key: string }[]> {
    let q = db
      .selectFrom('customer_keys as k1')
      .innerJoin('customer_keys as k2', (j) =>
        j
          .onRef('k2.workspace_id', '=', 'k1.workspace_id')
          .onRef('k2.kind', '=', 'k1.kind')
          .onRef('k2.key', '=', 'k1.key')
          .onRef('k2.customer_id', '>', 'k1.customer_id'),
      )
      .innerJoin('customers as c1', (j) =>
        j.onRef('c1.workspace_id', '=', 'k1.workspace_id').onRef('c1.id', '=', 'k1.customer_id'),
      )
      .innerJoin('customers as c2', (j) =>
        j.onRef('c2.workspace_id', '=', 'k2.workspace_id').onRef('c2.id', '=', 'k2.customer_id'),
      )
      .select(['k1.customer_id as a', 'k2.customer_id as b', 'k1.kind as kind', 'k1.key as key'])
      .where('k1.workspace_id', '=', scope.workspaceId)
      .where('c1.deleted_at', 'is', null)
      .where('c2.deleted_at', 'is', null);
    q = q.$call(visibleTo(scope, 'c1.owner_id')).$call(visibleTo(scope, 'c2.owner_id'));
    return q.orderBy('k1.customer_id').orderBy('k2.customer_id').limit(limit).execute();
  },

  async insertMerge(db: Executor, row: CustomerMergeTable): Promise<void> {
    await db.insertInto('customer_merges').values(row).execute();
  },

  findMerge(db: Executor, workspaceId: string, id: string) {
    return db
      .selectFrom('customer_merges')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
  },

  async markUndone(db: Executor, workspaceId: string, id: string, at: string): Promise<void> {
    await db
      .updateTable('customer_merges')
      .set({ undone_at: at })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  },
};
