import { sql, type SqlBool } from 'kysely';
import { chunks, IN_LIST } from '../../db/chunks.ts';
import type { Executor } from '../../db/dialect.ts';
import type { Product, ProductTable } from '../../db/schema.ts';
import { foldForSearch } from '../../domain/sales/product.ts';

export interface ProductFilter {
  q?: string;
  active?: boolean;
  /** the SKU of the previous page's last product */
  cursor?: string;
  limit: number;
}

/** `%`, `_` and the escape itself are literal in a search. */
const likePattern = (q: string) => `%${foldForSearch(q).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The only code touching `products`. Products are the workspace's: no owner, no scope rule. */
export const productsRepository = {
  /** By SKU, `limit + 1` rows (the extra one says there is a next page). */
  list(db: Executor, workspaceId: string, f: ProductFilter): Promise<Product[]> {
    let q = db.selectFrom('products').selectAll().where('workspace_id', '=', workspaceId);
    if (f.q) q = q.where(matches(f.q));
    if (f.active !== undefined) q = q.where('active', '=', f.active ? 1 : 0);
    if (f.cursor) q = q.where('sku', '>', f.cursor);
    return q
      .orderBy('sku')
      .limit(f.limit + 1)
      .execute();
  },

  find(db: Executor, workspaceId: string, id: string): Promise<Product | undefined> {
    return db
      .selectFrom('products')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
  },

  findBySku(db: Executor, workspaceId: string, sku: string): Promise<Product | undefined> {
    return db
      .selectFrom('products')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('sku', '=', sku)
      .executeTakeFirst();
  },

  /** Products by id or by SKU, in few statements (imports, price list items, the audit log). */
  async findMany(
    db: Executor,
    workspaceId: string,
    by: 'id' | 'sku',
    keys: string[],
  ): Promise<Product[]> {
    const out: Product[] = [];
    for (const part of chunks([...new Set(keys)], IN_LIST))
      out.push(
        ...(await db
          .selectFrom('products')
          .selectAll()
          .where('workspace_id', '=', workspaceId)
          .where(by, 'in', part)
          .execute()),
      );
    return out;
  },

  async insert(db: Executor, rows: ProductTable[]): Promise<void> {
    for (const part of chunks(rows, 50)) await db.insertInto('products').values(part).execute();
  },

  async update(
    db: Executor,
    workspaceId: string,
    id: string,
    patch: Partial<ProductTable>,
  ): Promise<void> {
    await db
      .updateTable('products')
      .set(patch)
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  },

  async remove(db: Executor, workspaceId: string, id: string): Promise<boolean> {
    const r = await db
      .deleteFrom('products')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  },
};

/**
 * A substring of the folded SKU and names. `ESCAPE` is spelled out: SQLite has no default escape
 * character (PostgreSQL's is `\` already).
 */
export function matches(q: string) {
  return sql<SqlBool>`products.search_text like ${likePattern(q)} escape '\\'`;
}
