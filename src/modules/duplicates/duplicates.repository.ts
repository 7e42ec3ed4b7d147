import { sql } from 'kysely';
import { visibleTo } from '../../db/visibility.ts';
import type { Executor } from '../../db/dialect.ts';
import { chunks } from '../../db/chunks.ts';
import type { CustomerMergeTable, DuplicateDismissalTable, MatchKind } from '../../db/schema.ts';
import { MATCH_KINDS } from '../../domain/enums.ts';
import type { Scope } from '../../domain/scope.ts';

/** Pairs of visible live customers sharing one of these keys of one kind. */
function pairsOn(db: Executor, scope: Scope, kind: MatchKind, keys: string[]) {
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
    .select(['k1.customer_id as a', 'k2.customer_id as b'])
    .distinct()
    .where('k1.workspace_id', '=', scope.workspaceId)
    .where('k1.kind', '=', kind)
    .where('k1.key', 'in', keys)
    .where('c1.deleted_at', 'is', null)
    .where('c2.deleted_at', 'is', null);
  if (kind === 'name')
    q = q.where((eb) =>
      eb.or([
        eb('c1.domain', 'is', null),
        eb('c2.domain', 'is', null),
        eb('c1.domain', '=', ''),
        eb('c2.domain', '=', ''),
        eb(sql`lower(c1.domain)`, '=', sql`lower(c2.domain)`),
      ]),
    );
  return q.$call(visibleTo(scope, 'c1.owner_id')).$call(visibleTo(scope, 'c2.owner_id')).execute();
}

export const duplicatesRepository = {
  /**
   * Pairs of live customers in scope that share a match key (a < b, at most `cap`). Both sides
   * must be visible: a rep never learns of a look-alike owned by someone else. A shared name
   * between two customers with different websites is left out here already: the duplicate rule
   * (`assessPair`) never proposes it, and namesake branches would otherwise make pairs by the
   * million in a large book. Whatever else the rule decides is decided on the keys afterwards.
   */
  async candidatePairs(
    db: Executor,
    scope: Scope,
    cap: number,
  ): Promise<{ a: string; b: string }[]> {
    // Keys that can make a pair at all, found by grouping (cheap) before pairing (quadratic per
    // key): a name held only by customers with distinct websites pairs nobody. Without this
    // step 20,000 demo customers paired 650,000 namesakes to keep none, in seconds.
    const live = await db
      .selectFrom('customer_keys as k')
      .innerJoin('customers as c', (j) =>
        j.onRef('c.workspace_id', '=', 'k.workspace_id').onRef('c.id', '=', 'k.customer_id'),
      )
      .select(['k.kind as kind', 'k.key as key'])
      .where('k.workspace_id', '=', scope.workspaceId)
      .where('c.deleted_at', 'is', null)
      .$call(visibleTo(scope, 'c.owner_id'))
      .groupBy(['k.kind', 'k.key'])
      .having((eb) => eb.fn.countAll(), '>', 1)
      .having((eb) =>
        eb.or([
          eb('k.kind', '<>', 'name'),
          eb(eb.fn.countAll(), '>', sql<number>`count(distinct lower(nullif(c.domain, '')))`),
        ]),
      )
      .execute();
    const pairs = new Map<string, { a: string; b: string }>();
    for (const kind of MATCH_KINDS) {
      const keys = live.filter((k) => k.kind === kind).map((k) => k.key);
      for (const part of chunks(keys, 500)) {
        if (pairs.size >= cap) break;
        for (const p of await pairsOn(db, scope, kind, part)) pairs.set(`${p.a}|${p.b}`, p);
      }
    }
    return [...pairs.values()]
      .sort((x, y) => (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : 1))
      .slice(0, cap);
  },

  /** Every "not a duplicate" decision in the workspace, as `a|b` → fingerprint. */
  async dismissals(db: Executor, workspaceId: string): Promise<Map<string, string>> {
    const rows = await db
      .selectFrom('duplicate_dismissals')
      .select(['customer_a', 'customer_b', 'fingerprint'])
      .where('workspace_id', '=', workspaceId)
      .execute();
    return new Map(rows.map((r) => [`${r.customer_a}|${r.customer_b}`, r.fingerprint]));
  },

  findDismissal(db: Executor, workspaceId: string, a: string, b: string) {
    return db
      .selectFrom('duplicate_dismissals')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('customer_a', '=', a)
      .where('customer_b', '=', b)
      .executeTakeFirst();
  },

  /** Records the decision, replacing one made on keys that have since changed. */
  async saveDismissal(db: Executor, row: DuplicateDismissalTable): Promise<void> {
    await db
      .insertInto('duplicate_dismissals')
      .values(row)
      .onConflict((oc) =>
        oc.columns(['workspace_id', 'customer_a', 'customer_b']).doUpdateSet({
          fingerprint: row.fingerprint,
          actor_id: row.actor_id,
          created_at: row.created_at,
        }),
      )
      .execute();
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
