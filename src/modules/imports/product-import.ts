import type { Kysely } from 'kysely';
import type {
  DB,
  Import,
  ImportErrorTable,
  PriceListItemTable,
  Product,
  ProductTable,
} from '../../db/schema.ts';
import { fieldProblem, type FieldProblem } from '../../domain/field-errors.ts';
import { newId, nowIso } from '../../domain/ids.ts';
import {
  normaliseProductRow,
  type NormalisedProductRow,
} from '../../domain/import/normalise-product-row.ts';
import type { Localised } from '../../domain/sales/product.ts';
import type { Scope } from '../../domain/scope.ts';
import { priceListRecords, productRecords } from '../products/product-records.service.ts';
import { problemColumns } from './import-out.ts';
import { importsRepository } from './imports.repository.ts';
import { mapRow, sheetBatches } from './sheet-batches.ts';

const BATCH = 2000;
type Counts = {
  created: number;
  updated: number;
  merged: number;
  unchanged: number;
  rejected: number;
};
type Fields = NormalisedProductRow['product'];

/** The columns a row's fields set on a product: names and descriptions merge per language. */
function columnsOf(fields: Fields, current?: Product): Partial<ProductTable> {
  const out: Partial<ProductTable> = {};
  const merge = (stored: string | undefined, row: Localised) =>
    JSON.stringify({ ...(stored ? (JSON.parse(stored) as Localised) : {}), ...row });
  if (Object.keys(fields.names).length) out.names = merge(current?.names, fields.names);
  if (Object.keys(fields.descriptions).length)
    out.descriptions = merge(current?.descriptions, fields.descriptions);
  if (fields.unit !== undefined) out.unit = fields.unit;
  if (fields.hsCode !== undefined) out.hs_code = fields.hsCode;
  if (fields.moq !== undefined) out.moq = fields.moq;
  if (fields.leadTimeDays !== undefined) out.lead_time_days = fields.leadTimeDays;
  if (fields.weightKg !== undefined) out.weight_kg = fields.weightKg;
  if (fields.volumeM3 !== undefined) out.volume_m3 = fields.volumeM3;
  if (fields.active !== undefined) out.active = fields.active ? 1 : 0;
  return out;
}

/** The columns that differ from what is stored (numbers compared as numbers: PostgreSQL bigints). */
function changed(current: Product, cols: Partial<ProductTable>): Partial<ProductTable> {
  const out: Partial<ProductTable> = {};
  for (const [k, v] of Object.entries(cols) as [keyof ProductTable, unknown][]) {
    const was = current[k];
    const same = typeof v === 'number' ? was !== null && Number(was) === v : was === v;
    if (!same) Object.assign(out, { [k]: v });
  }
  return out;
}

/**
 * Imports a product catalogue in batches, each with its checkpoint, matched by SKU: a SKU already
 * in the workspace is updated where a cell differs (an empty cell changes nothing) and otherwise
 * left alone, so importing the same file again changes nothing. With a price list, each row with
 * a price sets one quantity break of its product in that list (rows of one SKU give its breaks).
 * A dry run makes the same decisions and writes only its counts and errors.
 */
export class ProductImport {
  /** SKUs met in earlier batches of this run: their product, so later rows merge into it */
  private readonly seen = new Map<string, string>();

  constructor(
    private readonly db: Kysely<DB>,
    private readonly scope: Scope,
    private readonly job: Import,
  ) {}

  async run(): Promise<void> {
    const ws = this.scope.workspaceId;
    const mapping = JSON.parse(this.job.mapping) as Record<string, string | null>;
    const options = JSON.parse(this.job.options) as { priceListId?: string | null };
    const list = options.priceListId
      ? await priceListRecords.find(this.db, ws, options.priceListId)
      : undefined;
    const nameField = Object.values(mapping).includes('nameZh') ? 'nameZh' : 'nameEn';
    for await (const b of sheetBatches(this.job, BATCH)) {
      const counts: Counts = { created: 0, updated: 0, merged: 0, unchanged: 0, rejected: 0 };
      const errors: ImportErrorTable[] = [];
      const reject = (line: number, raw: unknown, problems: FieldProblem[]) => {
        counts.rejected++;
        for (const p of problems)
          errors.push({
            workspace_id: ws,
            import_id: this.job.id,
            row: line,
            ...problemColumns(p),
            raw: JSON.stringify(raw),
          });
      };
      const rows = b.rows.map((sheet) => {
        const { raw, byTarget } = mapRow(sheet, b.headers, mapping);
        return {
          line: sheet.line,
          raw,
          ...normaliseProductRow(byTarget, { priceCurrency: list?.currency ?? null }),
        };
      });
      const skus = rows.flatMap((r) => (r.row ? [r.row.sku] : []));
      const existing = new Map(
        (await productRecords.bySkus(this.db, ws, skus)).map((p) => [p.sku, p]),
      );
      const ids = [...existing.values()].map((p) => p.id);
      const stored = new Map(
        (list ? await priceListRecords.breaksOf(this.db, ws, list.id, ids) : []).map((r) => [
          `${r.product_id}|${r.min_quantity}`,
          Number(r.unit_price_minor),
        ]),
      );
      // New products by SKU (their search text is made when written), changes by id, breaks.
      const inserts = new Map<
        string,
        Omit<ProductTable, 'search_text' | 'created_at' | 'updated_at'>
      >();
      const updates = new Map<string, Partial<ProductTable>>();
      const prices = new Map<string, PriceListItemTable>();
      /** how this batch counted each SKU's first row */
      const outcome = new Map<string, keyof Counts>();
      const at = nowIso();
      for (const r of rows) {
        if (!r.row) {
          reject(r.line, r.raw, r.problems);
          continue;
        }
        const { sku, product, price } = r.row;
        const known = existing.get(sku);
        const pending = inserts.get(sku);
        // A SKU met before in this run (this batch or an earlier one) merges into it.
        const again = this.seen.has(sku);
        let id = this.seen.get(sku) ?? '';
        let touched = false;
        if (known) {
          id = known.id;
          const current = { ...known, ...updates.get(id) };
          const patch = changed(current, columnsOf(product, current));
          if (Object.keys(patch).length) {
            updates.set(id, { ...updates.get(id), ...patch, updated_at: at });
            touched = true;
          }
        } else if (pending) {
          id = pending.id;
          Object.assign(pending, columnsOf(product, pending as Product));
        } else if (!again) {
          if (!Object.keys(product.names).length) {
            reject(r.line, r.raw, [fieldProblem(nameField, 'product_name')]);
            continue;
          }
          id = newId();
          inserts.set(sku, {
            workspace_id: ws,
            id,
            sku,
            names: '{}',
            descriptions: '{}',
            unit: 'pcs',
            hs_code: null,
            moq: null,
            lead_time_days: null,
            weight_kg: null,
            volume_m3: null,
            active: 1,
            custom_fields: '{}',
            ...columnsOf(product),
          });
        }
        // (else: created in an earlier batch of a dry run, where nothing was written: counted.)
        if (price && list) {
          const key = `${id}|${price.minQuantity}`;
          if (stored.get(key) !== price.unitPriceMinor) {
            stored.set(key, price.unitPriceMinor);
            touched = true;
            prices.set(key, {
              workspace_id: ws,
              price_list_id: list.id,
              product_id: id,
              min_quantity: price.minQuantity,
              unit_price_minor: price.unitPriceMinor,
            });
          }
        }
        if (again) {
          counts.merged++;
          // A later row of a SKU first counted unchanged (a new break) makes it updated.
          if (touched && outcome.get(sku) === 'unchanged') {
            counts.unchanged--;
            counts.updated++;
            outcome.set(sku, 'updated');
          }
        } else {
          const o = !known ? 'created' : touched ? 'updated' : 'unchanged';
          counts[o]++;
          outcome.set(sku, o);
        }
        this.seen.set(sku, id);
      }
      await this.db.transaction().execute(async (tx) => {
        if (!this.job.dry_run) {
          const rows = [...inserts.values()].map((p) => productRecords.newRow(p, at));
          await productRecords.saveImported(tx, ws, { inserts: rows, updates });
          await priceListRecords.upsertBreaks(tx, [...prices.values()]);
        }
        await importsRepository.insertErrors(tx, errors);
        await importsRepository.advance(tx, ws, this.job.id, b.rowsDone, b.bytesDone, counts);
      });
    }
  }
}
