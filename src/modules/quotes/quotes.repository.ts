import type { Executor } from '../../db/dialect.ts';
import type {
  Quote,
  QuoteDocumentTable,
  QuoteLine,
  QuoteSettings,
  QuoteTable,
} from '../../db/schema.ts';
import type { QuoteKind, QuoteStatus } from '../../domain/enums.ts';
import type { Scope } from '../../domain/scope.ts';
import { visibleTo } from '../../db/visibility.ts';

export interface QuoteFilter {
  customerId?: string;
  dealId?: string;
  kind?: QuoteKind;
  /** the status a reader sees: `sent` and `expired` look at the expiry instant too */
  status?: QuoteStatus;
  number?: string;
  /** `quote_date|id` of the last quote on the previous page */
  cursor?: string;
  limit: number;
}

export type QuoteWithCustomer = Quote & {
  customer_name: string;
  customer_native_name: string | null;
  customer_owner_id: string;
};

/** Quotes joined to customers the scope may see: the one place the quotes' access rule lives. */
function visible(db: Executor, scope: Scope) {
  return db
    .selectFrom('customers')
    .where('customers.workspace_id', '=', scope.workspaceId)
    .$call(visibleTo(scope, 'customers.owner_id'))
    .innerJoin('quotes', (j) =>
      j
        .onRef('quotes.workspace_id', '=', 'customers.workspace_id')
        .onRef('quotes.customer_id', '=', 'customers.id'),
    )
    .where('customers.deleted_at', 'is', null)
    .selectAll('quotes')
    .select([
      'customers.name as customer_name',
      'customers.native_name as customer_native_name',
      'customers.owner_id as customer_owner_id',
    ]);
}

export const quotesRepository = {
  findVisible(db: Executor, scope: Scope, id: string): Promise<QuoteWithCustomer | undefined> {
    return visible(db, scope).where('quotes.id', '=', id).executeTakeFirst();
  },

  list(db: Executor, scope: Scope, f: QuoteFilter, now: string): Promise<QuoteWithCustomer[]> {
    let q = visible(db, scope);
    if (f.customerId) q = q.where('quotes.customer_id', '=', f.customerId);
    if (f.dealId) q = q.where('quotes.deal_id', '=', f.dealId);
    if (f.kind) q = q.where('quotes.kind', '=', f.kind);
    if (f.number) q = q.where('quotes.number', '=', f.number);
    if (f.status === 'sent')
      q = q.where('quotes.status', '=', 'sent').where('quotes.expires_at', '>', now);
    else if (f.status === 'expired')
      q = q.where((eb) =>
        eb.or([
          eb('quotes.status', '=', 'expired'),
          eb.and([eb('quotes.status', '=', 'sent'), eb('quotes.expires_at', '<=', now)]),
        ]),
      );
    else if (f.status) q = q.where('quotes.status', '=', f.status);
    if (f.cursor) {
      const [date = '', id = ''] = f.cursor.split('|');
      q = q.where((eb) =>
        eb.or([
          eb('quotes.quote_date', '<', date),
          eb.and([eb('quotes.quote_date', '=', date), eb('quotes.id', '<', id)]),
        ]),
      );
    }
    return q
      .orderBy('quotes.quote_date', 'desc')
      .orderBy('quotes.id', 'desc')
      .limit(f.limit + 1)
      .execute();
  },

  /** Every revision of one quote number, oldest first (unscoped: the caller checked one). */
  revisions(db: Executor, workspaceId: string, number: string): Promise<Quote[]> {
    return db
      .selectFrom('quotes')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('number', '=', number)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
  },

  lines(db: Executor, workspaceId: string, quoteId: string): Promise<QuoteLine[]> {
    return db
      .selectFrom('quote_lines')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('quote_id', '=', quoteId)
      .orderBy('position')
      .execute();
  },

  /** Numbers and revisions of (up to `limit`) quotes with a line of this product. */
  async usingProduct(
    db: Executor,
    workspaceId: string,
    productId: string,
    limit: number,
  ): Promise<string[]> {
    const rows = await db
      .selectFrom('quote_lines')
      .innerJoin('quotes', (j) =>
        j
          .onRef('quotes.workspace_id', '=', 'quote_lines.workspace_id')
          .onRef('quotes.id', '=', 'quote_lines.quote_id'),
      )
      .select(['quotes.number', 'quotes.revision'])
      .distinct()
      .where('quote_lines.workspace_id', '=', workspaceId)
      .where('quote_lines.product_id', '=', productId)
      .orderBy('quotes.number')
      .orderBy('quotes.revision')
      .limit(limit)
      .execute();
    return rows.map((r) => `${r.number} ${r.revision}`);
  },

  async insert(db: Executor, row: QuoteTable, lines: QuoteLine[]): Promise<void> {
    await db.insertInto('quotes').values(row).execute();
    if (lines.length) await db.insertInto('quote_lines').values(lines).execute();
  },

  async update(
    db: Executor,
    workspaceId: string,
    id: string,
    patch: Partial<Omit<QuoteTable, 'workspace_id' | 'id'>>,
  ): Promise<void> {
    await db
      .updateTable('quotes')
      .set(patch)
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  },

  /** Moves a quote from one status to another only if it is still in `from` (no lost race). */
  async transition(
    db: Executor,
    workspaceId: string,
    id: string,
    from: QuoteStatus,
    patch: Partial<Omit<QuoteTable, 'workspace_id' | 'id'>>,
  ): Promise<boolean> {
    const r = await db
      .updateTable('quotes')
      .set(patch)
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .where('status', '=', from)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },

  async replaceLines(db: Executor, workspaceId: string, quoteId: string, lines: QuoteLine[]) {
    await db
      .deleteFrom('quote_lines')
      .where('workspace_id', '=', workspaceId)
      .where('quote_id', '=', quoteId)
      .execute();
    if (lines.length) await db.insertInto('quote_lines').values(lines).execute();
  },

  /**
   * The next running number for a sequence key. One statement that inserts 1 or adds 1 and
   * answers the value: on PostgreSQL the row lock makes a concurrent caller wait for this
   * transaction and then see its number; SQLite has one writer at a time.
   */
  async nextSequence(db: Executor, workspaceId: string, key: string): Promise<number> {
    const row = await db
      .insertInto('quote_sequences')
      .values({ workspace_id: workspaceId, key, last_value: 1 })
      .onConflict((oc) =>
        oc
          .columns(['workspace_id', 'key'])
          .doUpdateSet((eb) => ({ last_value: eb('quote_sequences.last_value', '+', 1) })),
      )
      .returning('last_value')
      .executeTakeFirstOrThrow();
    return Number(row.last_value);
  },

  settings(db: Executor, workspaceId: string): Promise<QuoteSettings | undefined> {
    return db
      .selectFrom('quote_settings')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .executeTakeFirst();
  },

  async saveSettings(db: Executor, row: QuoteSettings): Promise<void> {
    const { workspace_id: _ws, ...rest } = row;
    await db
      .insertInto('quote_settings')
      .values(row)
      .onConflict((oc) => oc.column('workspace_id').doUpdateSet(rest))
      .execute();
  },

  async saveDocument(db: Executor, row: QuoteDocumentTable): Promise<void> {
    await db.insertInto('quote_documents').values(row).execute();
  },

  document(db: Executor, workspaceId: string, quoteId: string) {
    return db
      .selectFrom('quote_documents')
      .select(['language', 'pdf', 'created_at'])
      .where('workspace_id', '=', workspaceId)
      .where('quote_id', '=', quoteId)
      .executeTakeFirst();
  },

  /** Sent quotes of a workspace whose validity ran out before `now`. */
  dueToExpire(db: Executor, workspaceId: string, now: string, limit: number) {
    return db
      .selectFrom('quotes')
      .select(['id', 'number', 'revision', 'expires_at'])
      .where('workspace_id', '=', workspaceId)
      .where('status', '=', 'sent')
      .where('expires_at', '<=', now)
      .orderBy('expires_at')
      .limit(limit)
      .execute();
  },
};
