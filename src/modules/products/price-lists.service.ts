import type { Kysely } from 'kysely';
import type { Executor } from '../../db/dialect.ts';
import type { DB, PriceList, PriceListItemTable, PriceListTable } from '../../db/schema.ts';
import { newId, nowIso } from '../../domain/ids.ts';
import type { Localised } from '../../domain/sales/product.ts';
import { requireCommercial, type Scope } from '../../domain/scope.ts';
import { AppError, fieldError, type FieldError } from '../../http/errors.ts';
import { diff, recordAudit, type Changes } from '../audit/audit.service.ts';
import { findSegment } from '../segments/segment-conditions.service.ts';
import { checkHeader, checkItems } from './price-list-checks.ts';
import { priceListsRepository } from './price-lists.repository.ts';
import { productsRepository } from './products.repository.ts';
import { toPriceListOut } from './products.mapper.ts';
import { mayEditCatalogue } from './products.service.ts';
import type {
  ItemListQuery,
  ItemsBody,
  PriceListBody,
  PriceListItemOut,
  PriceListOut,
  PriceListPatch,
} from './products.schemas.ts';

type Breaks = { minQuantity: number; unitPriceMinor: number }[];

const breaksOf = (rows: PriceListItemTable[], productId: string): Breaks =>
  rows
    .filter((r) => r.product_id === productId)
    .map((r) => ({
      minQuantity: Number(r.min_quantity),
      unitPriceMinor: Number(r.unit_price_minor),
    }))
    .sort((a, b) => a.minQuantity - b.minQuantity);

/** What the audit log says of changed prices: per SKU, the breaks before and after. */
function priceChanges(
  skus: Map<string, string>,
  before: PriceListItemTable[],
  after: PriceListItemTable[],
): Changes {
  const changes: Changes = {};
  for (const [id, sku] of skus) {
    const b = breaksOf(before, id);
    const a = breaksOf(after, id);
    if (JSON.stringify(a) !== JSON.stringify(b))
      changes[`prices.${sku}`] = { before: b.length ? b : null, after: a.length ? a : null };
  }
  return changes;
}

/**
 * Price lists: a currency, a validity period, a country or segment they apply to (or neither: a
 * default list), and per product its prices with quantity breaks in minor units.
 */
export class PriceListsService {
  constructor(private readonly db: Kysely<DB>) {}

  private async out(db: Executor, row: PriceList, products?: number): Promise<PriceListOut> {
    const ws = row.workspace_id;
    const segment = row.segment_id ? await findSegment(db, ws, row.segment_id) : undefined;
    const count = products ?? (await priceListsRepository.productCount(db, ws, row.id));
    return toPriceListOut(row, count, segment?.name ?? null);
  }

  private async load(db: Executor, scope: Scope, id: string): Promise<PriceList> {
    requireCommercial(scope);
    const row = await priceListsRepository.find(db, scope.workspaceId, id);
    if (!row) throw AppError.notFound('Price list');
    return row;
  }

  async list(scope: Scope): Promise<{ items: PriceListOut[] }> {
    // Workspace-wide, so not hidden by the owner scope: a service agent is refused outright.
    requireCommercial(scope);
    const rows = await priceListsRepository.list(this.db, scope.workspaceId);
    const items: PriceListOut[] = [];
    for (const { products, ...row } of rows)
      items.push(await this.out(this.db, row, Number(products ?? 0)));
    return { items };
  }

  async get(scope: Scope, id: string): Promise<PriceListOut> {
    return this.out(this.db, await this.load(this.db, scope, id));
  }

  async create(scope: Scope, body: PriceListBody): Promise<PriceListOut> {
    mayEditCatalogue(scope);
    const ws = scope.workspaceId;
    return this.db.transaction().execute(async (tx) => {
      const errors: FieldError[] = [];
      const h = await checkHeader(tx, ws, body, errors);
      const id = newId();
      const { rows, products } = await checkItems(tx, ws, id, body.items ?? [], errors);
      if (errors.length) throw AppError.validation(errors);
      await this.ensureNameFree(tx, ws, h.name ?? '');
      const at = nowIso();
      const row: PriceListTable = {
        workspace_id: ws,
        id,
        name: h.name ?? '',
        currency: h.currency ?? '',
        valid_from: h.validFrom ?? '',
        valid_to: h.validTo ?? null,
        country: h.country ?? null,
        segment_id: h.segmentId ?? null,
        created_at: at,
        updated_at: at,
      };
      await priceListsRepository.insert(tx, row);
      await priceListsRepository.replaceBreaks(tx, ws, id, [], rows);
      const out = await this.out(tx, row);
      const skus = new Map([...products].map(([pid, p]) => [pid, p.sku]));
      await recordAudit(tx, scope, {
        action: 'create',
        entityType: 'price_list',
        entityId: id,
        changes: {
          ...diff(
            {},
            {
              name: out.name,
              currency: out.currency,
              validFrom: out.validFrom,
              validTo: out.validTo,
              country: out.country,
              segmentId: out.segmentId,
            },
          ),
          ...priceChanges(skus, [], rows),
        },
      });
      return out;
    });
  }

  async update(scope: Scope, id: string, body: PriceListPatch): Promise<PriceListOut> {
    mayEditCatalogue(scope);
    const ws = scope.workspaceId;
    return this.db.transaction().execute(async (tx) => {
      const current = await this.load(tx, scope, id);
      const errors: FieldError[] = [];
      const h = await checkHeader(tx, ws, body, errors, current);
      // Prices are in the currency's minor unit: the same numbers in another currency (USD 12.50
      // is 1250; JPY 1250 is ¥1,250) would be other prices, so a list keeps its currency.
      if (
        h.currency &&
        h.currency !== current.currency &&
        (await priceListsRepository.productCount(tx, ws, id)) > 0
      )
        errors.push(
          fieldError('/currency', 'price_list_currency_locked', { currency: current.currency }),
        );
      if (errors.length) throw AppError.validation(errors);
      if (h.name !== undefined && h.name !== current.name)
        await this.ensureNameFree(tx, ws, h.name);
      const patch: Partial<PriceListTable> = {};
      if (h.name !== undefined) patch.name = h.name;
      if (h.currency !== undefined) patch.currency = h.currency;
      if (h.validFrom !== undefined) patch.valid_from = h.validFrom;
      if (h.validTo !== undefined) patch.valid_to = h.validTo;
      if (h.country !== undefined) patch.country = h.country;
      if (h.segmentId !== undefined) patch.segment_id = h.segmentId;
      const header = (l: PriceList) => ({
        name: l.name,
        currency: l.currency,
        validFrom: l.valid_from,
        validTo: l.valid_to,
        country: l.country,
        segmentId: l.segment_id,
      });
      const next: PriceList = { ...current, ...patch };
      const changes = diff(header(current), header(next));
      if (Object.keys(changes).length === 0) return this.out(tx, current);
      next.updated_at = nowIso();
      await priceListsRepository.update(tx, ws, id, { ...patch, updated_at: next.updated_at });
      await recordAudit(tx, scope, {
        action: 'update',
        entityType: 'price_list',
        entityId: id,
        changes,
      });
      return this.out(tx, next);
    });
  }

  async remove(scope: Scope, id: string): Promise<void> {
    mayEditCatalogue(scope);
    await this.db.transaction().execute(async (tx) => {
      const current = await this.load(tx, scope, id);
      await priceListsRepository.remove(tx, scope.workspaceId, id);
      await recordAudit(tx, scope, {
        action: 'delete',
        entityType: 'price_list',
        entityId: id,
        changes: { name: { before: current.name, after: null } },
      });
    });
  }

  /** A page of the products the list prices, by SKU, each with its breaks. */
  async items(scope: Scope, id: string, query: ItemListQuery) {
    const ws = scope.workspaceId;
    await this.load(this.db, scope, id);
    const limit = query.limit ?? 100;
    const products = await priceListsRepository.itemProducts(this.db, ws, id, {
      q: query.q?.trim() || undefined,
      cursor: query.cursor,
      limit,
    });
    const page = products.slice(0, limit);
    const rows = await priceListsRepository.breaksOf(
      this.db,
      ws,
      id,
      page.map((p) => p.id),
    );
    const items: PriceListItemOut[] = page.map((p) => ({
      productId: p.id,
      sku: p.sku,
      names: JSON.parse(p.names) as Localised,
      unit: p.unit,
      active: p.active === 1,
      breaks: breaksOf(rows, p.id),
    }));
    const last = page[page.length - 1];
    return { items, nextCursor: products.length > limit && last ? last.sku : null };
  }

  /** Sets the breaks of the products named (an empty list of breaks takes a product off). */
  async setItems(scope: Scope, id: string, body: ItemsBody): Promise<PriceListOut> {
    mayEditCatalogue(scope);
    const ws = scope.workspaceId;
    return this.db.transaction().execute(async (tx) => {
      const current = await this.load(tx, scope, id);
      const errors: FieldError[] = [];
      const { rows, products } = await checkItems(tx, ws, id, body.items, errors);
      if (errors.length) throw AppError.validation(errors);
      const ids = [...products.keys()];
      const before = await priceListsRepository.breaksOf(tx, ws, id, ids);
      await priceListsRepository.replaceBreaks(tx, ws, id, ids, rows);
      const changes = priceChanges(
        new Map([...products].map(([pid, p]) => [pid, p.sku])),
        before,
        rows,
      );
      if (!Object.keys(changes).length) return this.out(tx, current);
      const next = { ...current, updated_at: nowIso() };
      await priceListsRepository.update(tx, ws, id, { updated_at: next.updated_at });
      await recordAudit(tx, scope, {
        action: 'update',
        entityType: 'price_list',
        entityId: id,
        changes,
      });
      return this.out(tx, next);
    });
  }

  /** Takes one product off the list; 404 when the list does not price it. */
  async removeItem(scope: Scope, id: string, productId: string): Promise<void> {
    mayEditCatalogue(scope);
    const ws = scope.workspaceId;
    await this.db.transaction().execute(async (tx) => {
      await this.load(tx, scope, id);
      const before = await priceListsRepository.breaksOf(tx, ws, id, [productId]);
      if (!before.length) throw AppError.notFound('Price list item');
      const sku = await skuOf(tx, ws, productId);
      await priceListsRepository.replaceBreaks(tx, ws, id, [productId], []);
      await priceListsRepository.update(tx, ws, id, { updated_at: nowIso() });
      await recordAudit(tx, scope, {
        action: 'update',
        entityType: 'price_list',
        entityId: id,
        changes: priceChanges(new Map([[productId, sku]]), before, []),
      });
    });
  }

  private async ensureNameFree(db: Executor, workspaceId: string, name: string) {
    if (await priceListsRepository.findByName(db, workspaceId, name))
      throw AppError.conflict(`A price list named “${name}” already exists`, [
        fieldError('/name', 'taken'),
      ]);
  }
}

async function skuOf(db: Executor, workspaceId: string, productId: string): Promise<string> {
  return (await productsRepository.find(db, workspaceId, productId))?.sku ?? productId;
}
