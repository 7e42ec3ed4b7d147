import type { Insertable, Updateable } from 'kysely';
import { sql } from 'kysely';
import type { Executor } from '../../db/dialect.ts';
import type { Mention, MentionTable } from '../../db/schema.ts';
import { ownerFilter, type Scope } from '../../domain/scope.ts';

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
 * may see (reads `customers` for that, writes it never).
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
  },

  /** Feed items: a key already stored is skipped (a feed read twice stores each item once). */
  async insertItem(db: Executor, row: Insertable<MentionTable>): Promise<boolean> {
    const res = await db
      .insertInto('mentions')
      .values(row)
      .onConflict((oc) => oc.columns(['workspace_id', 'item_key']).doNothing())
      .executeTakeFirst();
    return Number(res.numInsertedOrUpdatedRows ?? 0) > 0;
  },

  async update(db: Executor, ws: string, id: string, patch: Updateable<MentionTable>) {
    await db
      .updateTable('mentions')
      .set(patch)
      .where('workspace_id', '=', ws)
      .where('id', '=', id)
      .execute();
  },

  async remove(db: Executor, ws: string, id: string): Promise<void> {
    for (const table of ['mention_customers', 'mention_stakeholders'] as const)
      await db
        .deleteFrom(table)
        .where('workspace_id', '=', ws)
        .where('mention_id', '=', id)
        .execute();
    await db.deleteFrom('mentions').where('workspace_id', '=', ws).where('id', '=', id).execute();
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

  /** Mentions per month and sentiment in one country and period (the reputation page). */
  perMonth(db: Executor, ws: string, country: string, from: string, to: string) {
    const month = sql<string>`substr(published_on, 1, 7)`;
    return db
      .selectFrom('mentions')
      .select([month.as('month'), 'sentiment', (eb) => eb.fn.countAll<number>().as('n')])
      .where('workspace_id', '=', ws)
      .where('country', '=', country)
      .where('published_on', '>=', from)
      .where('published_on', '<=', to)
      .groupBy([month, 'sentiment'])
      .execute();
  },

  topSources(db: Executor, ws: string, country: string, from: string, to: string, n: number) {
    return db
      .selectFrom('mentions')
      .select([
        'source',
        (eb) => eb.fn.countAll<number>().as('n'),
        (eb) =>
          eb.fn
            .sum<number>(eb.case().when('sentiment', '=', 'negative').then(1).else(0).end())
            .as('negative'),
      ])
      .where('workspace_id', '=', ws)
      .where('country', '=', country)
      .where('published_on', '>=', from)
      .where('published_on', '<=', to)
      .groupBy('source')
      .orderBy('n', 'desc')
      .orderBy('source')
      .limit(n)
      .execute();
  },

  /** Negative mentions per day since `from` (the alert's windows are counted from these). */
  negativePerDay(db: Executor, ws: string, country: string, from: string, to: string) {
    return db
      .selectFrom('mentions')
      .select(['published_on as day', (eb) => eb.fn.countAll<number>().as('n')])
      .where('workspace_id', '=', ws)
      .where('country', '=', country)
      .where('published_on', '>=', from)
      .where('published_on', '<=', to)
      .where('sentiment', '=', 'negative')
      .groupBy('published_on')
      .execute();
  },
};
