import type { Insertable, Updateable } from 'kysely';
import { insertRows } from '../../db/bulk-insert.ts';
import { isPostgres, type Executor } from '../../db/dialect.ts';
import type { Mention, MentionTable } from '../../db/schema.ts';
import { ownerFilter, type Scope } from '../../domain/scope.ts';
import { countsMove, mentionCountsRepository as counts } from './mention-counts.repository.ts';
import { mentionSummaryReads as summaryReads } from './mention-summary.repository.ts';

/** A change of a mention: plain values (the counts are moved from them). */
export type MentionPatchRow = Omit<Updateable<MentionTable>, 'workspace_id' | 'id'>;

/** The counted fields of a mention, its row locked on PostgreSQL. */
const locked = (db: Executor, ws: string, id: string) =>
  db
    .selectFrom('mentions')
    .select(['workspace_id', 'country', 'published_on', 'sentiment', 'source'])
    .where('workspace_id', '=', ws)
    .where('id', '=', id)
    .$if(isPostgres(db), (q) => q.forUpdate())
    .executeTakeFirst();

export interface MentionFilter {
  id?: string;
  country?: string;
  sentiment?: string;
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
}

/**
 * Mentions and their links to stakeholders and customers. Who reads one is decided here: admins
 * and managers every mention of the workspace; anyone else those linked to a live customer they
 * may see (reads `customers` for that, writes it never). The only writer of `mentions` and of its
 * counts (`mention_counts`, 0091), which it keeps in the same transaction as every mention
 * inserted, changed or deleted.
 */
export const mentionsRepository = {
  visible(db: Executor, scope: Scope, f: MentionFilter = {}): Promise<Mention[]> {
    let q = db
      .selectFrom('mentions as m')
      .selectAll('m')
      .where('m.workspace_id', '=', scope.workspaceId);
    if (f.id !== undefined) q = q.where('m.id', '=', f.id);
    if (f.country !== undefined) q = q.where('m.country', '=', f.country);
    if (f.sentiment !== undefined) q = q.where('m.sentiment', '=', f.sentiment);
    if (f.from !== undefined) q = q.where('m.published_on', '>=', f.from);
    if (f.to !== undefined) q = q.where('m.published_on', '<=', f.to);
    if (scope.role !== 'admin' && scope.role !== 'manager') {
      const owners = ownerFilter(scope) ?? [];
      if (!owners.length) return Promise.resolve([]);
      q = q.where((eb) =>
        eb.exists(
          eb
            .selectFrom('mention_customers as l')
            .innerJoin('customers as c', (j) =>
              j.onRef('c.workspace_id', '=', 'l.workspace_id').onRef('c.id', '=', 'l.customer_id'),
            )
            .select('l.customer_id')
            .whereRef('l.workspace_id', '=', 'm.workspace_id')
            .whereRef('l.mention_id', '=', 'm.id')
            .where('c.deleted_at', 'is', null)
            .where('c.owner_id', 'in', owners),
        ),
      );
    }
    return q
      .orderBy('m.published_on', 'desc')
      .orderBy('m.id', 'desc')
      .limit(f.limit ?? 1000)
      .offset(f.offset ?? 0)
      .execute();
  },

  async insert(db: Executor, row: Insertable<MentionTable>): Promise<void> {
    await db.insertInto('mentions').values(row).execute();
    await counts.add(db, [row], 1);
  },

  /**
   * Mentions written at once (the bench), counted with them — or, with `counts: 'later'`, left
   * for one `recount` after the last batch (a million mentions count faster in one pass).
   */
  async insertMany(db: Executor, rows: Insertable<MentionTable>[], o: { counts?: 'later' } = {}) {
    await insertRows(db, 'mentions', rows);
    if (o.counts !== 'later') await counts.add(db, rows, 1);
  },

  /** Counts a workspace's mentions again from the mentions themselves. */
  recount: (db: Executor, workspaceId: string) => counts.rebuild(db, workspaceId),

  /** Feed items: a key already stored is skipped (a feed read twice stores each item once). */
  async insertItem(db: Executor, row: Insertable<MentionTable>): Promise<boolean> {
    const res = await db
      .insertInto('mentions')
      .values(row)
      .onConflict((oc) => oc.columns(['workspace_id', 'item_key']).doNothing())
      .executeTakeFirst();
    const inserted = Number(res.numInsertedOrUpdatedRows ?? 0) > 0;
    if (inserted) await counts.add(db, [row], 1);
    return inserted;
  },

  async update(db: Executor, ws: string, id: string, patch: MentionPatchRow) {
    // The mention as it was, locked on PostgreSQL until the transaction ends: two changes at
    // once must not both take it from the same old counts.
    const before = await locked(db, ws, id);
    if (!before) return;
    await db
      .updateTable('mentions')
      .set(patch)
      .where('workspace_id', '=', ws)
      .where('id', '=', id)
      .execute();
    const after = { ...before, ...patch };
    if (countsMove(before, after)) await counts.move(db, before, after);
  },

  async remove(db: Executor, ws: string, id: string): Promise<void> {
    const before = await locked(db, ws, id);
    for (const table of ['mention_customers', 'mention_stakeholders'] as const)
      await db
        .deleteFrom(table)
        .where('workspace_id', '=', ws)
        .where('mention_id', '=', id)
        .execute();
    await db.deleteFrom('mentions').where('workspace_id', '=', ws).where('id', '=', id).execute();
    if (before) await counts.add(db, [before], -1);
  },

  async links(db: Executor, ws: string, ids: string[]) {
    if (!ids.length) return { customers: [], stakeholders: [] };
    const [customers, stakeholders] = await Promise.all([
      db
        .selectFrom('mention_customers')
        .select(['mention_id', 'customer_id as target'])
        .where('workspace_id', '=', ws)
        .where('mention_id', 'in', ids)
        .execute(),
      db
        .selectFrom('mention_stakeholders')
        .select(['mention_id', 'stakeholder_id as target'])
        .where('workspace_id', '=', ws)
        .where('mention_id', 'in', ids)
        .execute(),
    ]);
    return { customers, stakeholders };
  },

  async setLinks(
    db: Executor,
    ws: string,
    id: string,
    kind: 'customers' | 'stakeholders',
    targets: string[],
  ): Promise<void> {
    if (kind === 'customers') {
      await db
        .deleteFrom('mention_customers')
        .where('workspace_id', '=', ws)
        .where('mention_id', '=', id)
        .execute();
      if (targets.length)
        await db
          .insertInto('mention_customers')
          .values(targets.map((t) => ({ workspace_id: ws, mention_id: id, customer_id: t })))
          .execute();
      return;
    }
    await db
      .deleteFrom('mention_stakeholders')
      .where('workspace_id', '=', ws)
      .where('mention_id', '=', id)
      .execute();
    if (targets.length)
      await db
        .insertInto('mention_stakeholders')
        .values(targets.map((t) => ({ workspace_id: ws, mention_id: id, stakeholder_id: t })))
        .execute();
  },

  /** The reputation page's counts of one country over [from, to] (days), from the kept counts. */
  summary: (db: Executor, ws: string, country: string, from: string, to: string) =>
    summaryReads.kept(db, ws, country, from, to),

  /** The same figures counted from the mentions themselves (tests and the bench compare). */
  summaryRaw: (db: Executor, ws: string, country: string, from: string, to: string) =>
    summaryReads.raw(db, ws, country, from, to),
};
