import type { Kysely } from 'kysely';
import type { Executor } from '../../db/dialect.ts';
import type { DB, Product, ProductTable } from '../../db/schema.ts';
import { validateCustomValues, type CustomValues } from '../../domain/custom-fields.ts';
import { newId, nowIso } from '../../domain/ids.ts';
import {
  checkLocalised,
  isHsCode,
  normaliseSku,
  productSearchText,
  type Localised,
} from '../../domain/sales/product.ts';
import { requireCommercial, requireRole, type Scope } from '../../domain/scope.ts';
import { minorDigits } from '../../domain/value/money.ts';
import { toPage } from '../../http/pagination.ts';
import { AppError, fieldError, type FieldError } from '../../http/errors.ts';
import { diff, recordAudit } from '../audit/audit.service.ts';
import { customFieldDefinitions } from '../custom-fields/custom-fields.service.ts';
import { priceListsRepository } from './price-lists.repository.ts';
import { priceFor } from './product-prices.ts';
import { toProductOut } from './products.mapper.ts';
import { productsRepository } from './products.repository.ts';
import {
  PRODUCT_LIMITS,
  type PriceOut,
  type PriceQuery,
  type ProductBody,
  type ProductListQuery,
  type ProductOut,
  type ProductPatch,
} from './products.schemas.ts';

/** Names of what refers to a product and keeps it from being deleted (quotes, wired by the root). */
export type ProductUsers = (
  db: Executor,
  workspaceId: string,
  productId: string,
) => Promise<string[]>;

/** Who may change the catalogue and the price lists; everyone signed in reads them. */
export const mayEditCatalogue = (scope: Scope) => requireRole(scope, 'admin', 'manager');

/**
 * Checks what JSON Schema cannot: SKU, names and descriptions per language, the HS code and
 * custom fields defined for products. Collects every problem so the form marks all at once.
 */
async function checkProduct(
  db: Executor,
  workspaceId: string,
  input: ProductPatch,
  current?: Product,
) {
  const errors: FieldError[] = [];
  const sku = input.sku === undefined ? undefined : normaliseSku(input.sku);
  if (sku === '') errors.push(fieldError('/sku', 'required'));
  const names = input.names && checkLocalised(input.names, '/names', { max: 300, required: true });
  const descriptions =
    input.descriptions && checkLocalised(input.descriptions, '/descriptions', { max: 5000 });
  errors.push(...(names?.errors ?? []), ...(descriptions?.errors ?? []));
  const hsCode = input.hsCode?.trim() || (input.hsCode === undefined ? undefined : null);
  if (hsCode && !isHsCode(hsCode)) errors.push(fieldError('/hsCode', 'hs_code', { value: hsCode }));
  for (const [key, { min, max }] of Object.entries(PRODUCT_LIMITS)) {
    const v = input[key as keyof typeof PRODUCT_LIMITS];
    if (typeof v !== 'number') continue;
    if (v < min) errors.push(fieldError(`/${key}`, 'minimum', { limit: min }));
    else if (v > max) errors.push(fieldError(`/${key}`, 'maximum', { limit: max }));
  }
  let customFields: CustomValues | undefined;
  if (input.customFields) {
    const checked = validateCustomValues(
      input.customFields,
      await customFieldDefinitions(db, workspaceId, 'product'),
    );
    errors.push(...checked.errors);
    const existing = current ? (JSON.parse(current.custom_fields) as CustomValues) : {};
    customFields = Object.fromEntries(
      Object.entries({ ...existing, ...checked.values }).filter(([, v]) => v !== null),
    );
  }
  if (errors.length) throw AppError.validation(errors);
  return { sku, names: names?.value, descriptions: descriptions?.value, hsCode, customFields };
}

async function ensureSkuFree(db: Executor, workspaceId: string, sku: string, id?: string) {
  const other = await productsRepository.findBySku(db, workspaceId, sku);
  if (other && other.id !== id)
    throw AppError.conflict(`A product with SKU ${sku} already exists`, [
      fieldError('/sku', 'taken'),
    ]);
}

/** The catalogue: products with their names per language, units, HS codes and custom fields. */
export class ProductsService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly usedBy: ProductUsers = async () => [],
  ) {}

  async list(scope: Scope, query: ProductListQuery) {
    const limit = query.limit ?? 50;
    const rows = await productsRepository.list(this.db, scope.workspaceId, {
      q: query.q?.trim() || undefined,
      active: query.active,
      cursor: query.cursor,
      limit,
    });
    const page = toPage(rows, limit, toProductOut);
    const last = rows.length > limit ? rows[limit - 1] : undefined;
    return { items: page.items, nextCursor: last ? last.sku : null };
  }

  async get(scope: Scope, id: string): Promise<ProductOut> {
    const row = await productsRepository.find(this.db, scope.workspaceId, id);
    if (!row) throw AppError.notFound('Product');
    return toProductOut(row);
  }

  async create(scope: Scope, input: ProductBody): Promise<ProductOut> {
    mayEditCatalogue(scope);
    const ws = scope.workspaceId;
    return this.db.transaction().execute(async (tx) => {
      const checked = await checkProduct(tx, ws, input);
      const sku = checked.sku ?? '';
      const names = checked.names ?? {};
      await ensureSkuFree(tx, ws, sku);
      const at = nowIso();
      const row: ProductTable = {
        workspace_id: ws,
        id: newId(),
        sku,
        names: JSON.stringify(names),
        descriptions: JSON.stringify(checked.descriptions ?? {}),
        unit: input.unit,
        hs_code: checked.hsCode ?? null,
        moq: input.moq ?? null,
        lead_time_days: input.leadTimeDays ?? null,
        weight_kg: input.weightKg ?? null,
        volume_m3: input.volumeM3 ?? null,
        active: input.active === false ? 0 : 1,
        custom_fields: JSON.stringify(checked.customFields ?? {}),
        search_text: productSearchText(sku, names),
        created_at: at,
        updated_at: at,
      };
      await productsRepository.insert(tx, [row]);
      const out = toProductOut(row);
      await recordAudit(tx, scope, {
        action: 'create',
        entityType: 'product',
        entityId: row.id,
        changes: diff({}, { ...out, id: undefined, createdAt: undefined, updatedAt: undefined }),
      });
      return out;
    });
  }

  async update(scope: Scope, id: string, input: ProductPatch): Promise<ProductOut> {
    mayEditCatalogue(scope);
    const ws = scope.workspaceId;
    return this.db.transaction().execute(async (tx) => {
      const current = await productsRepository.find(tx, ws, id);
      if (!current) throw AppError.notFound('Product');
      const checked = await checkProduct(tx, ws, input, current);
      if (checked.sku !== undefined) await ensureSkuFree(tx, ws, checked.sku, id);
      const patch: Partial<ProductTable> = {};
      if (checked.sku !== undefined) patch.sku = checked.sku;
      if (checked.names) patch.names = JSON.stringify(checked.names);
      if (checked.descriptions) patch.descriptions = JSON.stringify(checked.descriptions);
      if (input.unit !== undefined) patch.unit = input.unit;
      if (checked.hsCode !== undefined) patch.hs_code = checked.hsCode;
      if (input.moq !== undefined) patch.moq = input.moq;
      if (input.leadTimeDays !== undefined) patch.lead_time_days = input.leadTimeDays;
      if (input.weightKg !== undefined) patch.weight_kg = input.weightKg;
      if (input.volumeM3 !== undefined) patch.volume_m3 = input.volumeM3;
      if (input.active !== undefined) patch.active = input.active ? 1 : 0;
      if (checked.customFields) patch.custom_fields = JSON.stringify(checked.customFields);
      const next: Product = { ...current, ...patch };
      const changes = diff(toProductOut(current), toProductOut(next));
      delete changes.updatedAt;
      if (Object.keys(changes).length === 0) return toProductOut(current);
      next.search_text = productSearchText(next.sku, JSON.parse(next.names) as Localised);
      next.updated_at = nowIso();
      await productsRepository.update(tx, ws, id, {
        ...patch,
        search_text: next.search_text,
        updated_at: next.updated_at,
      });
      await recordAudit(tx, scope, {
        action: 'update',
        entityType: 'product',
        entityId: id,
        changes,
      });
      return toProductOut(next);
    });
  }

  /** Deletes a product and its prices; refused while something (a quote) still names it. */
  async remove(scope: Scope, id: string): Promise<void> {
    mayEditCatalogue(scope);
    const ws = scope.workspaceId;
    await this.db.transaction().execute(async (tx) => {
      const current = await productsRepository.find(tx, ws, id);
      if (!current) throw AppError.notFound('Product');
      const users = await this.usedBy(tx, ws, id);
      if (users.length)
        throw AppError.conflict(
          `The product is used by ${users.join(', ')}. Mark it inactive instead.`,
        );
      await priceListsRepository.removeProduct(tx, ws, id);
      await productsRepository.remove(tx, ws, id);
      await recordAudit(tx, scope, {
        action: 'delete',
        entityType: 'product',
        entityId: id,
        changes: { name: { before: current.sku, after: null } },
      });
    });
  }

  /** The resolved price of a product for a customer in scope (404 for one outside it). */
  async price(scope: Scope, id: string, query: PriceQuery): Promise<PriceOut> {
    requireCommercial(scope);
    const answer = await priceFor(this.db, scope, {
      productId: id,
      customerId: query.customerId,
      quantity: query.quantity ?? 1,
      date: query.date,
    });
    const r = answer.resolved;
    return {
      productId: answer.productId,
      customerId: answer.customerId,
      quantity: answer.quantity,
      date: answer.date,
      price: r && {
        unitPriceMinor: r.unitPriceMinor,
        currency: r.currency,
        minorDigits: minorDigits(r.currency),
        minQuantity: r.minQuantity,
        priceList: {
          id: r.list.id,
          name: r.list.name,
          scope: r.scope,
          country: r.list.country,
          segmentId: r.list.segmentId,
          validFrom: r.list.validFrom,
          validTo: r.list.validTo,
        },
      },
    };
  }
}
