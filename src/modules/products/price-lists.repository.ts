import { chunks, IN_LIST } from '../../db/chunks.ts';
import type { Executor } from '../../db/dialect.ts';
import type { PriceList, PriceListItemTable, PriceListTable, Product } from '../../db/schema.ts';
import { matches } from './products.repository.ts';

export interface ItemPageFilter {
  q?: string;
  /** the SKU of the previous page's last product */
  cursor?: string;
  limit: number;
}

/** A list with one product's break: what price resolution reads. */
export interface CandidateRow extends PriceList {
  min_quantity: number;
  unit_price_minor: number | string;
}

/** The only code touching `price_lists` and `price_list_items`. */
export const priceListsRepository = {
  /** Every list, newest validity first, each with how many products it prices. */
  list(db: Executor, workspaceId: string) {
    return db
      .selectFrom('price_lists')
      .selectAll('price_lists')
      .select((eb) =>
        eb
          .selectFrom('price_list_items')
          .select((e) => e.fn.count<number | string>('product_id').distinct().as('n'))
          .where('price_list_items.workspace_id', '=', workspaceId)
          .whereRef('price_list_items.price_list_id', '=', 'price_lists.id')
          .as('products'),
      )
      .where('price_lists.workspace_id', '=', workspaceId)
      .orderBy('price_lists.valid_from', 'desc')
      .orderBy('price_lists.name')
      .execute();
  },

  find(db: Executor, workspaceId: string, id: string): Promise<PriceList | undefined> {
    return db
      .selectFrom('price_lists')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
  },

  findByName(db: Executor, workspaceId: string, name: string): Promise<PriceList | undefined> {
    return db
      .selectFrom('price_lists')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('name', '=', name)
      .executeTakeFirst();
  },

  async productCount(db: Executor, workspaceId: string, id: string): Promise<number> {
    const row = await db
      .selectFrom('price_list_items')
      .select((e) => e.fn.count<number | string>('product_id').distinct().as('n'))
      .where('workspace_id', '=', workspaceId)
      .where('price_list_id', '=', id)
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  },

  async insert(db: Executor, row: PriceListTable): Promise<void> {
    await db.insertInto('price_lists').values(row).execute();
  },

  async update(
    db: Executor,
    workspaceId: string,
    id: string,
    patch: Partial<PriceListTable>,
  ): Promise<void> {
    await db
      .updateTable('price_lists')
      .set(patch)
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  },

  /** The list and its prices. */
  async remove(db: Executor, workspaceId: string, id: string): Promise<boolean> {
    await db
      .deleteFrom('price_list_items')
      .where('workspace_id', '=', workspaceId)
      .where('price_list_id', '=', id)
      .execute();
    const r = await db
      .deleteFrom('price_lists')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  },

  /** A page of the products a list prices, by SKU. */
  itemProducts(
    db: Executor,
    workspaceId: string,
    listId: string,
    f: ItemPageFilter,
  ): Promise<Product[]> {
    let q = db
      .selectFrom('products')
      .selectAll('products')
      .where('products.workspace_id', '=', workspaceId)
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('price_list_items')
            .select('price_list_items.product_id')
            .where('price_list_items.workspace_id', '=', workspaceId)
            .where('price_list_items.price_list_id', '=', listId)
            .whereRef('price_list_items.product_id', '=', 'products.id'),
        ),
      );
    if (f.q) q = q.where(matches(f.q));
    if (f.cursor) q = q.where('products.sku', '>', f.cursor);
    return q
      .orderBy('products.sku')
      .limit(f.limit + 1)
      .execute();
  },

  /** The breaks of some products in one list, lowest quantity first. */
  async breaksOf(db: Executor, workspaceId: string, listId: string, productIds: string[]) {
    const out: PriceListItemTable[] = [];
    for (const part of chunks([...new Set(productIds)], IN_LIST))
      out.push(
        ...(await db
          .selectFrom('price_list_items')
          .selectAll()
          .where('workspace_id', '=', workspaceId)
          .where('price_list_id', '=', listId)
          .where('product_id', 'in', part)
          .orderBy('product_id')
          .orderBy('min_quantity')
          .execute()),
      );
    return out;
  },

  /** Replaces the breaks of the given products in one list (none: the product leaves the list). */
  async replaceBreaks(
    db: Executor,
    workspaceId: string,
    listId: string,
    productIds: string[],
    rows: PriceListItemTable[],
  ): Promise<void> {
    for (const part of chunks([...new Set(productIds)], IN_LIST))
      await db
        .deleteFrom('price_list_items')
        .where('workspace_id', '=', workspaceId)
        .where('price_list_id', '=', listId)
        .where('product_id', 'in', part)
        .execute();
    for (const part of chunks(rows, IN_LIST))
      await db.insertInto('price_list_items').values(part).execute();
  },

  /** Sets single breaks (an import's rows), keeping the product's other breaks. */
  async upsertBreaks(db: Executor, rows: PriceListItemTable[]): Promise<void> {
    for (const part of chunks(rows, IN_LIST))
      await db
        .insertInto('price_list_items')
        .values(part)
        .onConflict((oc) =>
          oc
            .columns(['workspace_id', 'price_list_id', 'product_id', 'min_quantity'])
            .doUpdateSet((eb) => ({ unit_price_minor: eb.ref('excluded.unit_price_minor') })),
        )
        .execute();
  },

  /** A deleted product leaves every list. */
  async removeProduct(db: Executor, workspaceId: string, productId: string): Promise<void> {
    await db
      .deleteFrom('price_list_items')
      .where('workspace_id', '=', workspaceId)
      .where('product_id', '=', productId)
      .execute();
  },

  /** Every list that prices the product, once per break: the candidates of price resolution. */
  candidates(db: Executor, workspaceId: string, productId: string): Promise<CandidateRow[]> {
    return db
      .selectFrom('price_list_items')
      .innerJoin('price_lists', (j) =>
        j
          .onRef('price_lists.workspace_id', '=', 'price_list_items.workspace_id')
          .onRef('price_lists.id', '=', 'price_list_items.price_list_id'),
      )
      .selectAll('price_lists')
      .select(['price_list_items.min_quantity', 'price_list_items.unit_price_minor'])
      .where('price_list_items.workspace_id', '=', workspaceId)
      .where('price_list_items.product_id', '=', productId)
      .execute();
  },
};
