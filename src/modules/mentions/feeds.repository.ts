import type { Insertable, Updateable } from 'kysely';
import type { Executor } from '../../db/dialect.ts';
import type { MentionFeed, MentionFeedTable } from '../../db/schema.ts';

/** The feeds configured per market, and the names their items are matched on. */
export const feedsRepository = {
  list(
    db: Executor,
    ws: string,
    f: { id?: string; country?: string } = {},
  ): Promise<MentionFeed[]> {
    let q = db.selectFrom('mention_feeds').selectAll().where('workspace_id', '=', ws);
    if (f.id !== undefined) q = q.where('id', '=', f.id);
    if (f.country !== undefined) q = q.where('country', '=', f.country);
    return q.orderBy('country').orderBy('name').orderBy('id').execute();
  },

  /** Every enabled feed with a URL, of every workspace (the scheduled fetch). */
  due(db: Executor) {
    return db
      .selectFrom('mention_feeds')
      .select(['workspace_id', 'id'])
      .where('enabled', '=', 1)
      .where('url', 'is not', null)
      .execute();
  },

  async insert(db: Executor, row: Insertable<MentionFeedTable>): Promise<void> {
    await db.insertInto('mention_feeds').values(row).execute();
  },

  async update(db: Executor, ws: string, id: string, patch: Updateable<MentionFeedTable>) {
    await db
      .updateTable('mention_feeds')
      .set(patch)
      .where('workspace_id', '=', ws)
      .where('id', '=', id)
      .execute();
  },

  async remove(db: Executor, ws: string, id: string): Promise<void> {
    await db
      .deleteFrom('mention_feeds')
      .where('workspace_id', '=', ws)
      .where('id', '=', id)
      .execute();
  },

  names(db: Executor, ws: string) {
    return db
      .selectFrom('mention_watch_names')
      .select(['name', 'kind'])
      .where('workspace_id', '=', ws)
      .orderBy('kind')
      .orderBy('name')
      .execute();
  },

  async setNames(db: Executor, ws: string, names: { name: string; kind: string }[]) {
    await db.deleteFrom('mention_watch_names').where('workspace_id', '=', ws).execute();
    if (names.length)
      await db
        .insertInto('mention_watch_names')
        .values(names.map((n) => ({ workspace_id: ws, ...n })))
        .execute();
  },
};
