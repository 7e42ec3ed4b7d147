import { insertRows } from '../../db/bulk-insert.ts';
import { chunks } from '../../db/chunks.ts';
import type { Executor } from '../../db/dialect.ts';
import { replaceRows } from '../../db/replace-rows.ts';
import type { Tender, TenderCompetitor, TenderResult, TenderTable } from '../../db/schema.ts';
import type { TenderStatus } from '../../domain/enums.ts';
import type { Scope } from '../../domain/scope.ts';
import { visibleTo } from '../../db/visibility.ts';

export interface TenderRow extends Tender {
  customer_name: string;
  customer_owner_id: string;
}

export interface TenderFilter {
  status?: TenderStatus;
  result?: TenderResult;
  country?: string;
  customerId?: string;
  /** deadline instants, from inclusive, to exclusive */
  from?: string;
  to?: string;
  order: 'asc' | 'desc';
  /** `submission_deadline|id` of the last tender on the previous page */
  cursor?: string;
  limit: number;
  /** the instant "open" and "awaiting a result" are told apart by */
  now: string;
}

/** Tenders whose buyer the scope may see (and is not in the trash): the tenders' access rule. */
function visible(db: Executor, scope: Scope) {
  return db
    .selectFrom('tenders')
    .innerJoin('customers', (j) =>
      j
        .onRef('customers.workspace_id', '=', 'tenders.workspace_id')
        .onRef('customers.id', '=', 'tenders.customer_id'),
    )
    .where('tenders.workspace_id', '=', scope.workspaceId)
    .where('customers.deleted_at', 'is', null)
    .$call(visibleTo(scope, 'customers.owner_id'))
    .selectAll('tenders')
    .select(['customers.name as customer_name', 'customers.owner_id as customer_owner_id']);
}

export const tendersRepository = {
  findVisible(db: Executor, scope: Scope, id: string): Promise<TenderRow | undefined> {
    return visible(db, scope).where('tenders.id', '=', id).executeTakeFirst();
  },

  list(db: Executor, scope: Scope, f: TenderFilter): Promise<TenderRow[]> {
    let q = visible(db, scope);
    if (f.status === 'decided') q = q.where('tenders.result', 'is not', null);
    else if (f.status)
      q = q
        .where('tenders.result', 'is', null)
        .where('tenders.submission_deadline', f.status === 'open' ? '>' : '<=', f.now);
    if (f.result) q = q.where('tenders.result', '=', f.result);
    if (f.country) q = q.where('tenders.country', '=', f.country);
    if (f.customerId) q = q.where('tenders.customer_id', '=', f.customerId);
    if (f.from) q = q.where('tenders.submission_deadline', '>=', f.from);
    if (f.to) q = q.where('tenders.submission_deadline', '<', f.to);
    if (f.cursor) {
      const [at = '', id = ''] = f.cursor.split('|');
      const past = f.order === 'asc' ? '>' : '<';
      q = q.where((eb) =>
        eb.or([
          eb('tenders.submission_deadline', past, at),
          eb.and([eb('tenders.submission_deadline', '=', at), eb('tenders.id', past, id)]),
        ]),
      );
    }
    return q
      .orderBy('tenders.submission_deadline', f.order)
      .orderBy('tenders.id', f.order)
      .limit(f.limit + 1)
      .execute();
  },

  /** Every tender in scope with a deadline in [from, to) (either open), for the analysis. */
  forAnalysis(
    db: Executor,
    scope: Scope,
    f: { from?: string; to?: string; country?: string },
  ): Promise<TenderRow[]> {
    let q = visible(db, scope);
    if (f.from) q = q.where('tenders.submission_deadline', '>=', f.from);
    if (f.to) q = q.where('tenders.submission_deadline', '<', f.to);
    if (f.country) q = q.where('tenders.country', '=', f.country);
    return q.orderBy('tenders.submission_deadline').orderBy('tenders.id').execute();
  },

  async competitorsOf(db: Executor, workspaceId: string, ids: string[]) {
    const out: TenderCompetitor[] = [];
    for (const part of chunks(ids, 500))
      out.push(
        ...(await db
          .selectFrom('tender_competitors')
          .selectAll()
          .where('workspace_id', '=', workspaceId)
          .where('tender_id', 'in', part)
          .orderBy('tender_id')
          .orderBy('position')
          .execute()),
      );
    return out;
  },

  async reasonIdsOf(db: Executor, workspaceId: string, ids: string[]) {
    const out: { tender_id: string; reason_id: string }[] = [];
    for (const part of chunks(ids, 500))
      out.push(
        ...(await db
          .selectFrom('tender_result_reasons')
          .select(['tender_id', 'reason_id'])
          .where('workspace_id', '=', workspaceId)
          .where('tender_id', 'in', part)
          .execute()),
      );
    return out;
  },

  byReference(db: Executor, workspaceId: string, customerId: string, reference: string) {
    return db
      .selectFrom('tenders')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where('customer_id', '=', customerId)
      .where('reference', '=', reference)
      .executeTakeFirst();
  },

  namesOf(db: Executor, workspaceId: string, ids: string[]) {
    return db
      .selectFrom('tenders')
      .select(['id', 'reference', 'title'])
      .where('workspace_id', '=', workspaceId)
      .where('id', 'in', ids.length ? ids : ['-'])
      .execute();
  },

  async insert(db: Executor, row: TenderTable): Promise<void> {
    await db.insertInto('tenders').values(row).execute();
  },

  async update(
    db: Executor,
    workspaceId: string,
    id: string,
    patch: Partial<Omit<TenderTable, 'workspace_id' | 'id' | 'customer_id'>>,
  ): Promise<void> {
    await db
      .updateTable('tenders')
      .set(patch)
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  },

  /** Deletes a tender; its competitors and reasons go with it (foreign keys cascade). */
  async remove(db: Executor, workspaceId: string, id: string): Promise<void> {
    await db
      .deleteFrom('tenders')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  },

  async replaceCompetitors(
    db: Executor,
    workspaceId: string,
    tenderId: string,
    rows: Omit<TenderCompetitor, 'workspace_id' | 'tender_id' | 'position'>[],
  ): Promise<void> {
    await replaceRows(
      db,
      'tender_competitors',
      { workspace_id: workspaceId, tender_id: tenderId },
      rows.map((r, position) => ({
        ...r,
        workspace_id: workspaceId,
        tender_id: tenderId,
        position,
      })),
    );
  },

  async replaceReasons(db: Executor, workspaceId: string, tenderId: string, reasonIds: string[]) {
    await replaceRows(
      db,
      'tender_result_reasons',
      { workspace_id: workspaceId, tender_id: tenderId },
      reasonIds.map((reason_id) => ({ workspace_id: workspaceId, tender_id: tenderId, reason_id })),
    );
  },

  /** Many tenders with their competitors and reasons at once (the demo seed). */
  async insertMany(
    db: Executor,
    rows: TenderTable[],
    competitors: TenderCompetitor[],
    reasons: { workspace_id: string; tender_id: string; reason_id: string }[],
  ): Promise<void> {
    await insertRows(db, 'tenders', rows);
    await insertRows(db, 'tender_competitors', competitors);
    await insertRows(db, 'tender_result_reasons', reasons);
  },
};
