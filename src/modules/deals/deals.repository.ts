import type { Expression, SqlBool } from 'kysely';
import { chunks, IN_LIST } from '../../db/chunks.ts';
import { insertRows } from '../../db/bulk-insert.ts';
import { isPostgres, type Executor } from '../../db/dialect.ts';
import { replaceRows } from '../../db/replace-rows.ts';
import type {
  Deal,
  DealCompetitorTable,
  DealContactTable,
  DealReasonTable,
  DealTable,
  StageKind,
} from '../../db/schema.ts';
import { visibleTo } from '../../db/visibility.ts';
import type { Scope } from '../../domain/scope.ts';
import { COUNTED_COLUMNS, dealTotalsRepository, type Counted } from './deal-totals.repository.ts';

export interface DealFilter {
  pipelineId?: string;
  stageId?: string;
  ownerId?: string;
  country?: string;
  customerId?: string;
  status?: StageKind;
  /** a saved segment's condition over the deal's customer */
  segment?: Expression<SqlBool>;
  /** id of the last deal on the previous page */
  cursor?: string;
  limit: number;
}

/** A deal with what its customer adds: the name and the last touch (for rotting). */
export type DealRow = Deal & {
  customer_name: string;
  customer_last_touch_at: string | null;
};

/** A deal as callers write it; the repository adds the month the forecast sums by. */
export type NewDeal = Omit<Deal, 'expected_close_month'>;
const withMonth = (d: NewDeal): Deal => ({
  ...d,
  expected_close_month: d.expected_close_date.slice(0, 7),
});

export type DealPatch = Partial<
  Pick<
    DealTable,
    | 'title'
    | 'amount_minor'
    | 'currency'
    | 'expected_close_date'
    | 'pipeline_id'
    | 'stage_id'
    | 'probability'
    | 'status'
    | 'owner_id'
    | 'source'
    | 'next_step'
    | 'stage_entered_at'
    | 'closed_at'
    | 'updated_at'
  >
>;

/** Deals joined to live customers the scope may see: the one place deals' access rule lives. */
export function visibleDeals(db: Executor, scope: Scope) {
  return db
    .selectFrom('deals')
    .innerJoin('customers', (j) =>
      j
        .onRef('customers.workspace_id', '=', 'deals.workspace_id')
        .onRef('customers.id', '=', 'deals.customer_id'),
    )
    .where('deals.workspace_id', '=', scope.workspaceId)
    .where('customers.deleted_at', 'is', null)
    .$call(visibleTo(scope, 'customers.owner_id'));
}

/**
 * The same deals read customer by customer: for sums over all of a caller's deals (no LIMIT),
 * where starting from a rep's few customers and reading each one's deals off an index beats
 * checking the customer of every deal. SQLite takes CROSS JOIN as "the left table first";
 * PostgreSQL plans it like any inner join.
 */
export function dealsThroughCustomers(db: Executor, scope: Scope) {
  return db
    .selectFrom('customers')
    .crossJoin('deals')
    .whereRef('deals.workspace_id', '=', 'customers.workspace_id')
    .whereRef('deals.customer_id', '=', 'customers.id')
    .where('customers.workspace_id', '=', scope.workspaceId)
    .where('customers.deleted_at', 'is', null)
    .$call(visibleTo(scope, 'customers.owner_id'));
}

const withCustomer = (db: Executor, scope: Scope) =>
  visibleDeals(db, scope)
    .selectAll('deals')
    .select([
      'customers.name as customer_name',
      'customers.last_touch_at as customer_last_touch_at',
    ]);

/**
 * What the totals count of a deal about to change, locked on PostgreSQL until the transaction
 * ends: two writers changing one deal at once then subtract what each of them really replaced.
 * (SQLite has one writer at a time.)
 */
function lockCounted(db: Executor, workspaceId: string, id: string): Promise<Counted | undefined> {
  return db
    .selectFrom('deals')
    .select([...COUNTED_COLUMNS])
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .$if(isPostgres(db), (q) => q.forUpdate())
    .executeTakeFirst();
}

const definedOnly = (patch: DealPatch): Partial<Counted> =>
  Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));

export const dealsRepository = {
  findVisible(db: Executor, scope: Scope, id: string): Promise<DealRow | undefined> {
    return withCustomer(db, scope).where('deals.id', '=', id).executeTakeFirst();
  },

  /** Newest first, a page at a time by id (UUIDv7: creation order). */
  list(db: Executor, scope: Scope, f: DealFilter): Promise<DealRow[]> {
    let q = withCustomer(db, scope);
    if (f.pipelineId) q = q.where('deals.pipeline_id', '=', f.pipelineId);
    if (f.stageId) q = q.where('deals.stage_id', '=', f.stageId);
    if (f.ownerId) q = q.where('deals.owner_id', '=', f.ownerId);
    if (f.customerId) q = q.where('deals.customer_id', '=', f.customerId);
    if (f.country) q = q.where('deals.customer_country', '=', f.country);
    if (f.status) q = q.where('deals.status', '=', f.status);
    if (f.segment) q = q.where(f.segment);
    if (f.cursor) q = q.where('deals.id', '<', f.cursor);
    return q.orderBy('deals.id', 'desc').limit(f.limit).execute();
  },

  /** The first deals of one board column: open by expected close, closed ones newest first. */
  column(
    db: Executor,
    scope: Scope,
    stageId: string,
    kind: StageKind,
    limit: number,
    closedSince: string,
  ): Promise<DealRow[]> {
    const q = withCustomer(db, scope).where('deals.stage_id', '=', stageId);
    return kind === 'open'
      ? q.orderBy('deals.expected_close_date').orderBy('deals.id').limit(limit).execute()
      : q
          .where('deals.closed_at', '>=', closedSince)
          .orderBy('deals.closed_at', 'desc')
          .limit(limit)
          .execute();
  },

  async insert(db: Executor, row: NewDeal): Promise<void> {
    await db.insertInto('deals').values(withMonth(row)).execute();
    await dealTotalsRepository.apply(db, row.workspace_id, [{ deal: row, sign: 1 }]);
  },

  /** Many deals with their contacts, reasons and competitors (the demo seed, benches). */
  async insertMany(
    db: Executor,
    rows: {
      deals: NewDeal[];
      contacts?: DealContactTable[];
      reasons?: DealReasonTable[];
      competitors?: DealCompetitorTable[];
    },
  ): Promise<void> {
    await insertRows(db, 'deals', rows.deals.map(withMonth));
    for (const workspaceId of new Set(rows.deals.map((d) => d.workspace_id)))
      await dealTotalsRepository.apply(
        db,
        workspaceId,
        rows.deals.filter((d) => d.workspace_id === workspaceId).map((deal) => ({ deal, sign: 1 })),
      );
    await insertRows(db, 'deal_contacts', rows.contacts ?? []);
    await insertRows(db, 'deal_reasons', rows.reasons ?? []);
    await insertRows(db, 'deal_competitors', rows.competitors ?? []);
  },

  async update(db: Executor, workspaceId: string, id: string, patch: DealPatch): Promise<void> {
    if (!Object.keys(patch).length) return;
    const counted = COUNTED_COLUMNS.some((c) => c in patch);
    const before = counted ? await lockCounted(db, workspaceId, id) : undefined;
    await db
      .updateTable('deals')
      .set(
        patch.expected_close_date
          ? { ...patch, expected_close_month: patch.expected_close_date.slice(0, 7) }
          : patch,
      )
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
    if (before)
      await dealTotalsRepository.apply(db, workspaceId, [
        { deal: before, sign: -1 },
        { deal: { ...before, ...definedOnly(patch) }, sign: 1 },
      ]);
  },

  /** A customer's country changed: its deals follow (forecasts group by the deal's copy). */
  async setCustomerCountry(
    db: Executor,
    workspaceId: string,
    customerIds: string[],
    country: string,
  ): Promise<void> {
    for (const part of chunks(customerIds, IN_LIST))
      await db
        .updateTable('deals')
        .set({ customer_country: country })
        .where('workspace_id', '=', workspaceId)
        .where('customer_id', 'in', part)
        .where('customer_country', '<>', country)
        .execute();
  },

  /** Deletes a deal; its contacts, reasons and competitors go with it (cascade). */
  async remove(db: Executor, workspaceId: string, id: string): Promise<void> {
    const before = await lockCounted(db, workspaceId, id);
    await db
      .deleteFrom('deals')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
    if (before) await dealTotalsRepository.apply(db, workspaceId, [{ deal: before, sign: -1 }]);
  },

  contactsOf(db: Executor, workspaceId: string, dealId: string) {
    return db
      .selectFrom('deal_contacts')
      .innerJoin('contacts', (j) =>
        j
          .onRef('contacts.workspace_id', '=', 'deal_contacts.workspace_id')
          .onRef('contacts.id', '=', 'deal_contacts.contact_id'),
      )
      .select([
        'deal_contacts.contact_id',
        'deal_contacts.role',
        'contacts.first_name',
        'contacts.last_name',
        'contacts.native_name',
      ])
      .where('deal_contacts.workspace_id', '=', workspaceId)
      .where('deal_contacts.deal_id', '=', dealId)
      .orderBy('contacts.first_name')
      .execute();
  },

  reasonsOf(db: Executor, workspaceId: string, dealId: string) {
    return db
      .selectFrom('deal_reasons')
      .select(['reason', 'attribution', 'note'])
      .where('workspace_id', '=', workspaceId)
      .where('deal_id', '=', dealId)
      .orderBy('reason')
      .execute();
  },

  competitorsOf(db: Executor, workspaceId: string, dealId: string) {
    return db
      .selectFrom('deal_competitors')
      .select(['name', 'amount_minor', 'currency', 'note'])
      .where('workspace_id', '=', workspaceId)
      .where('deal_id', '=', dealId)
      .orderBy('position')
      .execute();
  },

  replaceContacts: (db: Executor, workspaceId: string, dealId: string, rows: DealContactTable[]) =>
    replaceRows(db, 'deal_contacts', { workspace_id: workspaceId, deal_id: dealId }, rows),

  replaceReasons: (db: Executor, workspaceId: string, dealId: string, rows: DealReasonTable[]) =>
    replaceRows(db, 'deal_reasons', { workspace_id: workspaceId, deal_id: dealId }, rows),

  replaceCompetitors: (
    db: Executor,
    workspaceId: string,
    dealId: string,
    rows: DealCompetitorTable[],
  ) => replaceRows(db, 'deal_competitors', { workspace_id: workspaceId, deal_id: dealId }, rows),

  /** Deals per stage of the whole workspace, whoever owns them (an admin editing a pipeline). */
  async countByStage(db: Executor, workspaceId: string, stageIds: string[]) {
    const out = new Map<string, number>();
    for (const part of chunks(stageIds, IN_LIST))
      for (const r of await db
        .selectFrom('deals')
        .select((eb) => ['stage_id', eb.fn.countAll<number>().as('n')])
        .where('workspace_id', '=', workspaceId)
        .where('stage_id', 'in', part)
        .groupBy('stage_id')
        .execute())
        out.set(r.stage_id, Number(r.n));
    return out;
  },

  /** Every deal in a stage (the stage is being removed and its deals move). */
  inStage(db: Executor, workspaceId: string, stageId: string): Promise<Deal[]> {
    return db
      .selectFrom('deals')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('stage_id', '=', stageId)
      .execute();
  },

  async countInPipeline(db: Executor, workspaceId: string, pipelineId: string): Promise<number> {
    const r = await db
      .selectFrom('deals')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('workspace_id', '=', workspaceId)
      .where('pipeline_id', '=', pipelineId)
      .executeTakeFirstOrThrow();
    return Number(r.n);
  },

  /** Titles by id, for the audit log. */
  async namesOf(db: Executor, workspaceId: string, ids: string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const part of chunks(ids, IN_LIST))
      for (const r of await db
        .selectFrom('deals')
        .select(['id', 'title'])
        .where('workspace_id', '=', workspaceId)
        .where('id', 'in', part)
        .execute())
        out.set(r.id, r.title);
    return out;
  },
};
