import type { Executor } from '../../db/dialect.ts';
import type { PriceListItemTable, Product, ProductTable } from '../../db/schema.ts';
import type { ProductUnit } from '../../domain/enums.ts';
import { minorDigits } from '../../domain/value/money.ts';
import { productSearchText, type Localised } from '../../domain/sales/product.ts';
import type { Scope } from '../../domain/scope.ts';
import { priceListsRepository } from './price-lists.repository.ts';
import { priceFor as resolveFor, type PriceRequest } from './product-prices.ts';
import { productsRepository } from './products.repository.ts';

export { mayEditCatalogue, type ProductUsers } from './products.service.ts';

/** What a quote line copies from a product. */
export interface ProductForQuote {
  id: string;
  sku: string;
  /** BCP 47 tag → name; the quote picks its language's (see `nameIn`) */
  names: Localised;
  unit: ProductUnit;
  hsCode: string | null;
  active: boolean;
}

/** A product as a quote line needs it, or undefined when the workspace has no such product. */
export async function productForQuote(
  db: Executor,
  workspaceId: string,
  productId: string,
): Promise<ProductForQuote | undefined> {
  const p = await productsRepository.find(db, workspaceId, productId);
  return (
    p && {
      id: p.id,
      sku: p.sku,
      names: JSON.parse(p.names) as Localised,
      unit: p.unit,
      hsCode: p.hs_code,
      active: p.active === 1,
    }
  );
}

export interface QuotedPrice {
  unitPriceMinor: number;
  currency: string;
  minorDigits: number;
  /** the quantity break the price applies from */
  minQuantity: number;
  priceList: { id: string; name: string; scope: 'segment' | 'country' | 'default' };
}

/**
 * The price of a product for a customer on a date and for a quantity, by the one rule
 * (docs/sales.md), read with the caller's executor; null when no list prices it. Throws a 404
 * AppError for an unknown product or a customer outside `scope`, and a 400 for a malformed date.
 */
export async function priceFor(
  db: Executor,
  scope: Scope,
  req: PriceRequest,
): Promise<QuotedPrice | null> {
  const { resolved } = await resolveFor(db, scope, req);
  return (
    resolved && {
      unitPriceMinor: resolved.unitPriceMinor,
      currency: resolved.currency,
      minorDigits: minorDigits(resolved.currency),
      minQuantity: resolved.minQuantity,
      priceList: { id: resolved.list.id, name: resolved.list.name, scope: resolved.scope },
    }
  );
}

/**
 * What other modules may read and write of products and price lists, inside the caller's
 * transaction. The products module is the only writer of `products`, `price_lists` and
 * `price_list_items`; the product import comes through here.
 */
export const productRecords = {
  productForQuote,
  priceFor,

  /** SKU by id, deleted products left out (the audit log names its records). */
  namesOf: async (db: Executor, workspaceId: string, ids: string[]) =>
    new Map(
      (await productsRepository.findMany(db, workspaceId, 'id', ids)).map((p) => [p.id, p.sku]),
    ),

  /** Products by SKU, for an import deciding insert or update. */
  bySkus: (db: Executor, workspaceId: string, skus: string[]): Promise<Product[]> =>
    productsRepository.findMany(db, workspaceId, 'sku', skus),

  /** A new product's row (its search text made here, as every write of the module makes it). */
  newRow(
    fields: Omit<ProductTable, 'search_text' | 'created_at' | 'updated_at'>,
    at: string,
  ): ProductTable {
    const names = JSON.parse(fields.names) as Localised;
    return {
      ...fields,
      search_text: productSearchText(fields.sku, names),
      created_at: at,
      updated_at: at,
    };
  },

  /** An import's new and changed products. */
  async saveImported(
    db: Executor,
    workspaceId: string,
    changes: { inserts: ProductTable[]; updates: Map<string, Partial<ProductTable>> },
  ): Promise<void> {
    await productsRepository.insert(db, changes.inserts);
    for (const [id, patch] of changes.updates) {
      const current = await productsRepository.find(db, workspaceId, id);
      if (!current) continue;
      const next = { ...current, ...patch };
      await productsRepository.update(db, workspaceId, id, {
        ...patch,
        search_text: productSearchText(next.sku, JSON.parse(next.names) as Localised),
      });
    }
  },
};

export const priceListRecords = {
  /** The names by id (the audit log). */
  namesOf: async (db: Executor, workspaceId: string, ids: string[]) => {
    const out = new Map<string, string>();
    for (const id of new Set(ids)) {
      const l = await priceListsRepository.find(db, workspaceId, id);
      if (l) out.set(id, l.name);
    }
    return out;
  },

  find: (db: Executor, workspaceId: string, id: string) =>
    priceListsRepository.find(db, workspaceId, id),

  breaksOf: (db: Executor, workspaceId: string, listId: string, productIds: string[]) =>
    priceListsRepository.breaksOf(db, workspaceId, listId, productIds),

  /** An import's prices: each row sets one break, the product's other breaks stay. */
  upsertBreaks: (db: Executor, rows: PriceListItemTable[]) =>
    priceListsRepository.upsertBreaks(db, rows),
};
