import { movesPlacement, placementChanging } from './placement-followers.ts';
import { chunks, IN_LIST } from '../../db/chunks.ts';
import { replaceRows } from '../../db/replace-rows.ts';
import type { Expression, SqlBool } from 'kysely';
import { insertRows } from '../../db/bulk-insert.ts';
import type { Executor } from '../../db/dialect.ts';
import type { Customer, CustomerUpdate, NewCustomer } from '../../db/schema.ts';
import type { Scope } from '../../domain/scope.ts';
import { customerChurnRepository } from './customer-churn.repository.ts';
import { customerPoolRepository } from './customer-pool.repository.ts';
import { customerSignalsRepository } from './customer-signals.repository.ts';
import {
  customerListRepository,
  scoped,
  type CustomerFilter,
  type CustomerJsonRow,
  type CustomerWhere,
} from './customers-list.repository.ts';

export type { CustomerFilter, CustomerJsonRow, CustomerWhere };

/** An extra condition on customers, e.g. a compiled segment filter. */

export const customersRepository = {
  ...customerSignalsRepository,
  ...customerPoolRepository,
  ...customerChurnRepository,
  ...customerListRepository,
  /** Customer names by id, in few statements (the audit log; deleted customers keep theirs). */
  async namesOf(db: Executor, workspaceId: string, ids: string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const part of chunks([...new Set(ids)], IN_LIST)) {
      const rows = await db
        .selectFrom('customers')
        .select(['id', 'name'])
        .where('workspace_id', '=', workspaceId)
        .where('id', 'in', part)
        .execute();
      for (const r of rows) out.set(r.id, r.name);
    }
    return out;
  },
  scoped,

  /** Customers by id, unscoped: for callers that checked access on each. */
  async findMany(db: Executor, workspaceId: string, ids: string[]): Promise<Customer[]> {
    const out: Customer[] = [];
    for (const part of chunks(ids, 900))
      out.push(
        ...(await db
          .selectFrom('customers')
          .selectAll()
          .where('workspace_id', '=', workspaceId)
          .where('id', 'in', part)
          .execute()),
      );
    return out;
  },

  /** Every live customer's tier, lock and RFM, for value classification. */
  liveForClassification(db: Executor, workspaceId: string) {
    return db
      .selectFrom('customers')
      .select(['id', 'tier', 'tier_locked', 'rfm', 'revenue_minor'])
      .where('workspace_id', '=', workspaceId)
      .where('deleted_at', 'is', null)
      .execute();
  },

  /**
   * Ids of the workspace's live customers matching a condition (a rule's segment or condition),
   * among `ids` when given, else all of them (a segment rule noting who is in at the start).
   */
  async matching(
    db: Executor,
    workspaceId: string,
    where: Expression<SqlBool>,
    ids?: string[],
  ): Promise<string[]> {
    const q = db
      .selectFrom('customers')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where('deleted_at', 'is', null)
      .where(() => where);
    if (!ids) return (await q.execute()).map((r) => r.id);
    const out: string[] = [];
    for (const part of chunks(ids, IN_LIST))
      for (const r of await q.where('id', 'in', part).execute()) out.push(r.id);
    return out;
  },

  /** Live customers in scope matching `where`. */
  async count(db: Executor, scope: Scope, where: CustomerWhere): Promise<number> {
    const row = await scoped(db, scope)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('customers.deleted_at', 'is', null)
      .where(where)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  },

  /** Live customers of these countries with their owners, unscoped, at most `limit`. */
  inCountries(db: Executor, workspaceId: string, countries: string[], limit: number) {
    return db
      .selectFrom('customers')
      .select(['id', 'name', 'country', 'owner_id'])
      .where('workspace_id', '=', workspaceId)
      .where('country', 'in', countries)
      .where('deleted_at', 'is', null)
      .orderBy('country')
      .orderBy('id')
      .limit(limit)
      .execute();
  },

  findVisible(
    db: Executor,
    scope: Scope,
    id: string,
    opts: { includeDeleted?: boolean } = {},
  ): Promise<Customer | undefined> {
    let q = scoped(db, scope).selectAll('customers').where('id', '=', id);
    if (!opts.includeDeleted) q = q.where('deleted_at', 'is', null);
    return q.executeTakeFirst();
  },

  async insert(db: Executor, row: NewCustomer): Promise<void> {
    await db.insertInto('customers').values(row).execute();
  },

  async insertMany(db: Executor, rows: NewCustomer[]): Promise<void> {
    await insertRows(db, 'customers', rows);
  },

  async insertTags(
    db: Executor,
    rows: { workspace_id: string; customer_id: string; tag: string }[],
  ): Promise<void> {
    await insertRows(db, 'customer_tags', rows);
  },

  async update(
    db: Executor,
    workspaceId: string,
    id: string,
    patch: CustomerUpdate,
  ): Promise<void> {
    const moves = movesPlacement(patch);
    if (moves) await placementChanging(db, workspaceId, [id], -1);
    await db
      .updateTable('customers')
      .set(patch)
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
    if (moves) await placementChanging(db, workspaceId, [id], 1);
  },

  /** Writes each patch to its customers, a few hundred ids per statement. */
  async updateGroups(
    db: Executor,
    workspaceId: string,
    groups: { patch: CustomerUpdate; ids: string[] }[],
  ): Promise<void> {
    for (const { patch, ids } of groups)
      for (const part of chunks(ids, 500)) {
        const moves = movesPlacement(patch);
        if (moves) await placementChanging(db, workspaceId, part, -1);
        await db
          .updateTable('customers')
          .set(patch)
          .where('workspace_id', '=', workspaceId)
          .where('id', 'in', part)
          .execute();
        if (moves) await placementChanging(db, workspaceId, part, 1);
      }
  },

  async tagsOf(db: Executor, workspaceId: string, ids: string[]): Promise<Map<string, string[]>> {
    const map = new Map<string, string[]>();
    if (ids.length === 0) return map;
    // No ORDER BY in SQL: sorting by tag makes SQLite walk the whole tag index instead of
    // seeking the primary key per customer (200 ms instead of 1 ms at a million customers).
    const rows = await db
      .selectFrom('customer_tags')
      .select(['customer_id', 'tag'])
      .where('workspace_id', '=', workspaceId)
      .where('customer_id', 'in', ids)
      .execute();
    for (const r of rows) map.set(r.customer_id, [...(map.get(r.customer_id) ?? []), r.tag]);
    for (const tags of map.values()) tags.sort();
    return map;
  },

  async setTags(
    db: Executor,
    workspaceId: string,
    customerId: string,
    tags: string[],
  ): Promise<void> {
    await replaceRows(
      db,
      'customer_tags',
      { workspace_id: workspaceId, customer_id: customerId },
      tags.map((tag) => ({ workspace_id: workspaceId, customer_id: customerId, tag })),
    );
  },

  /** Every customer of a workspace, by id (the demo seed works through the whole book). */
  inWorkspace(db: Executor, workspaceId: string): Promise<Customer[]> {
    return db
      .selectFrom('customers')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .orderBy('id')
      .execute();
  },
};
