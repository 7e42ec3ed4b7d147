import { fieldError, type FieldError } from '../field-errors.ts';
import { SYNONYMS } from './header-synonyms.ts';

/**
 * Guessing which spreadsheet column holds what, from headers written in English or Chinese by
 * trade-show staff, agents and old systems. The guess is a starting point the user edits; a
 * mapping they save for a source wins over guessing next time.
 */
export const CUSTOMER_TARGETS = [
  'name',
  'nativeName',
  'country',
  'region',
  'city',
  'website',
  'industry',
  'size',
  'stage',
  'tier',
  'tags',
  'source',
  'contactName',
  'contactFirstName',
  'contactLastName',
  'contactTitle',
  'email',
  'phone',
  'whatsapp',
  'wechat',
  'language',
  'notes',
] as const;
export type CustomerTarget = (typeof CUSTOMER_TARGETS)[number];

export const ORDER_TARGETS = [
  'orderNumber',
  'orderDate',
  'amount',
  'currency',
  'status',
  'paidDate',
  'customerName',
  'customerDomain',
  'country',
] as const;
export type OrderTarget = (typeof ORDER_TARGETS)[number];

/**
 * A product catalogue with, optionally, one price per row (its quantity break) for the price list
 * the import names: several rows of one SKU give its breaks.
 */
export const PRODUCT_TARGETS = [
  'sku',
  'nameZh',
  'nameEn',
  'descriptionZh',
  'descriptionEn',
  'unit',
  'hsCode',
  'moq',
  'leadTimeDays',
  'weightKg',
  'volumeM3',
  'active',
  'unitPrice',
  'currency',
  'minQuantity',
] as const;
export type ProductTarget = (typeof PRODUCT_TARGETS)[number];

export const IMPORT_ENTITIES = ['customers', 'orders', 'products'] as const;
export type ImportEntity = (typeof IMPORT_ENTITIES)[number];

/** What a column of an entity's sheet can be mapped to. */
export function targetsOf(entity: ImportEntity): readonly string[] {
  return entity === 'customers'
    ? CUSTOMER_TARGETS
    : entity === 'orders'
      ? ORDER_TARGETS
      : PRODUCT_TARGETS;
}

/** The targets an entity's mapping must use. */
const REQUIRED: Record<ImportEntity, string[]> = {
  customers: ['name'],
  orders: ['orderNumber', 'amount', 'currency'],
  products: ['sku'],
};

export function foldHeader(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-./:：()（）*#]+/g, ' ')
    .trim();
}

const compact = (s: string) => s.replace(/ /g, '');

/**
 * The target each header most likely holds, each target used at most once (the first column that
 * claims it wins); null for columns to skip. Exact synonyms win over headers that merely contain one.
 */
export function guessMapping(
  headers: string[],
  entity: ImportEntity,
): Record<string, string | null> {
  const targets = targetsOf(entity);
  const out: Record<string, string | null> = {};
  const taken = new Set<string>();
  const folded = headers.map((h) => compact(foldHeader(h)));
  // Pass 1: exact synonyms; pass 2: a header containing a longer synonym ("Buyer company name").
  for (const pass of [1, 2] as const) {
    headers.forEach((header, i) => {
      if (out[header]) return;
      const h = folded[i] ?? '';
      if (!h) return;
      let best: { target: string; len: number } | null = null;
      // The longest matching synonym decides; when its target is already taken the column is
      // left unmapped rather than given a weaker guess ("Company name 2" is not a contact name).
      for (const target of targets) {
        for (const word of SYNONYMS[target] ?? []) {
          const w = compact(foldHeader(word));
          const hit = pass === 1 ? h === w : w.length >= 4 && h.includes(w);
          if (hit && (!best || w.length > best.len)) best = { target, len: w.length };
        }
      }
      if (best && !taken.has(best.target)) {
        out[header] = best.target;
        taken.add(best.target);
      }
    });
  }
  // A sheet with a bare "Name" column and no company column lists companies by name: the
  // customer's name is required, and reading it as a person's would make the import impossible.
  if (entity === 'customers' && !taken.has('name')) {
    const bare = headers.find(
      (h, i) => (out[h] === 'contactName' || !out[h]) && folded[i] === 'name',
    );
    if (bare) out[bare] = 'name';
  }
  for (const header of headers) out[header] ??= null;
  return out;
}

/** Checks a user's mapping: known targets, each used once. */
export function checkMapping(
  mapping: Record<string, string | null>,
  entity: ImportEntity,
): FieldError[] {
  const targets = targetsOf(entity);
  const errors: FieldError[] = [];
  const used = new Map<string, string>();
  for (const [header, target] of Object.entries(mapping)) {
    if (target === null) continue;
    if (!targets.includes(target))
      errors.push(fieldError(`/mapping/${header}`, 'mapping_target', { target, values: targets }));
    else if (used.has(target))
      errors.push(
        fieldError(`/mapping/${header}`, 'mapping_twice', {
          target,
          column: used.get(target) ?? '',
        }),
      );
    else used.set(target, header);
  }
  for (const r of REQUIRED[entity])
    if (!used.has(r)) errors.push(fieldError('/mapping', 'mapping_missing', { target: r }));
  return errors;
}
