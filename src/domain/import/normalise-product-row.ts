import { PRODUCT_UNITS, type ProductUnit } from '../enums.ts';
import { fieldProblem, type FieldProblem } from '../field-errors.ts';
import { hsCodeFromText, normaliseSku, type Localised } from '../sales/product.ts';
import { cleanText } from './normalise-customer-row.ts';
import { CURRENCY_SYMBOLS, parseAmount } from './normalise-order-row.ts';

/** Unit words of export sheets, in English and Chinese, folded to lower case. */
const UNITS: Record<string, ProductUnit> = {
  pc: 'pcs',
  pcs: 'pcs',
  piece: 'pcs',
  pieces: 'pcs',
  unit: 'pcs',
  units: 'pcs',
  ea: 'pcs',
  each: 'pcs',
  个: 'pcs',
  只: 'pcs',
  件: 'pcs',
  支: 'pcs',
  根: 'pcs',
  片: 'pcs',
  块: 'pcs',
  set: 'set',
  sets: 'set',
  套: 'set',
  台: 'set',
  pair: 'pair',
  pairs: 'pair',
  双: 'pair',
  对: 'pair',
  m: 'm',
  meter: 'm',
  meters: 'm',
  metre: 'm',
  metres: 'm',
  米: 'm',
  m2: 'm2',
  'm²': 'm2',
  sqm: 'm2',
  平方米: 'm2',
  平米: 'm2',
  m3: 'm3',
  'm³': 'm3',
  cbm: 'm3',
  立方米: 'm3',
  立方: 'm3',
  kg: 'kg',
  kgs: 'kg',
  kilogram: 'kg',
  kilograms: 'kg',
  公斤: 'kg',
  千克: 'kg',
  t: 't',
  ton: 't',
  tons: 't',
  tonne: 't',
  tonnes: 't',
  mt: 't',
  吨: 't',
  l: 'l',
  litre: 'l',
  liter: 'l',
  litres: 'l',
  liters: 'l',
  升: 'l',
  box: 'box',
  boxes: 'box',
  盒: 'box',
  carton: 'carton',
  cartons: 'carton',
  ctn: 'carton',
  ctns: 'carton',
  箱: 'carton',
  pallet: 'pallet',
  pallets: 'pallet',
  plt: 'pallet',
  托: 'pallet',
  托盘: 'pallet',
  roll: 'roll',
  rolls: 'roll',
  卷: 'roll',
  bag: 'bag',
  bags: 'bag',
  袋: 'bag',
  包: 'bag',
  drum: 'drum',
  drums: 'drum',
  桶: 'drum',
  sheet: 'sheet',
  sheets: 'sheet',
  张: 'sheet',
  lot: 'lot',
  lots: 'lot',
  批: 'lot',
};

const YES = new Set([
  'yes',
  'y',
  'true',
  '1',
  'active',
  'on',
  '是',
  '有效',
  '在售',
  '启用',
  '正常',
]);
const NO = new Set([
  'no',
  'n',
  'false',
  '0',
  'inactive',
  'off',
  '否',
  '无效',
  '停售',
  '停产',
  '停用',
  '下架',
]);

/** `48.5`, `48,5`, `1,250.5 kg`, `0.12 m³` → the number; null when none can be read. */
export function parseDecimal(text: string): number | null {
  const t = text.normalize('NFKC').replace(/\s/g, '');
  const m = /^(\d[\d.,]*)/.exec(t);
  if (!m?.[1]) return null;
  let num = m[1];
  const lastDot = num.lastIndexOf('.');
  const lastComma = num.lastIndexOf(',');
  // The last separator is the decimal mark unless a lone comma groups thousands (1,250).
  const decimal =
    lastDot > lastComma
      ? '.'
      : lastComma >= 0 && !/,\d{3}$/.test(num)
        ? ','
        : lastDot >= 0
          ? '.'
          : '';
  const other = decimal === '.' ? ',' : '.';
  num = num.split(other).join('');
  if (decimal === ',') num = num.replace(',', '.');
  else if (!decimal) num = num.replace(/,/g, '');
  const n = Number(num);
  return Number.isFinite(n) ? n : null;
}

/** A whole quantity ≥ 1: `500`, `1,000`, `500 pcs`, `500个`; null otherwise. */
export function parseQuantity(text: string): number | null {
  const m = /^(\d[\d,]*)(?:[.,]0+)?(?:\s*\D*)$/.exec(text.normalize('NFKC').trim());
  if (!m?.[1]) return null;
  const n = Number(m[1].replace(/,/g, ''));
  return Number.isSafeInteger(n) && n >= 1 ? n : null;
}

/** `30`, `30 days`, `30天`, `4 weeks`, `4周`, `2 months`, `25-30 days` (the longer) → days. */
export function parseLeadTime(text: string): number | null {
  const t = text.normalize('NFKC').toLowerCase().replace(/\s/g, '');
  const m = /^(?:\d+[-~–至到])?(\d+)(天|日|days?|d|周|星期|weeks?|w|个月|月|months?)?$/.exec(t);
  if (!m?.[1]) return null;
  const unit = m[2] ?? '';
  const factor = /^(周|星期|weeks?|w)$/.test(unit) ? 7 : /^(个月|月|months?)$/.test(unit) ? 30 : 1;
  const days = Number(m[1]) * factor;
  return days <= 3650 ? days : null;
}

export interface NormalisedProductRow {
  sku: string;
  /** the fields the row fills; an empty cell changes nothing */
  product: {
    names: Localised;
    descriptions: Localised;
    unit?: ProductUnit;
    hsCode?: string;
    moq?: number;
    leadTimeDays?: number;
    weightKg?: number;
    volumeM3?: number;
    active?: boolean;
  };
  /** one quantity break for the import's price list, when the row has a price */
  price: { minQuantity: number; unitPriceMinor: number } | null;
}

/**
 * One row of a product sheet: a SKU, the fields it fills and, with `priceCurrency` (the price
 * list's), its price in minor units. Every cell that cannot be read is a problem naming it.
 */
export function normaliseProductRow(
  raw: Partial<Record<string, string>>,
  opts: { priceCurrency: string | null },
): { row: NormalisedProductRow | null; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const get = (k: string) => cleanText(raw[k]);
  const skuText = get('sku');
  const sku = skuText ? normaliseSku(skuText) : '';
  if (!sku) problems.push(fieldProblem('sku', 'empty'));
  else if (sku.length > 64) problems.push(fieldProblem('sku', 'too_long', { limit: 64 }));
  const product: NormalisedProductRow['product'] = { names: {}, descriptions: {} };
  const text = (target: string, into: Localised, lang: string, limit: number) => {
    const v = get(target);
    if (v && v.length > limit) problems.push(fieldProblem(target, 'too_long', { limit }));
    else if (v) into[lang] = v;
  };
  text('nameZh', product.names, 'zh', 300);
  text('nameEn', product.names, 'en', 300);
  text('descriptionZh', product.descriptions, 'zh', 5000);
  text('descriptionEn', product.descriptions, 'en', 5000);
  const read = <T>(
    target: string,
    parse: (t: string) => T | null,
    bad: (v: string) => FieldProblem,
  ) => {
    const v = get(target);
    if (!v) return undefined;
    const parsed = parse(v);
    if (parsed === null) problems.push(bad(v));
    return parsed ?? undefined;
  };
  product.unit = read(
    'unit',
    (v) => UNITS[v.normalize('NFKC').toLowerCase().replace(/[\s.]/g, '')] ?? null,
    (value) => fieldProblem('unit', 'unknown_unit', { value, values: PRODUCT_UNITS }),
  );
  product.hsCode = read('hsCode', hsCodeFromText, (value) =>
    fieldProblem('hsCode', 'hs_code', { value }),
  );
  product.moq = read('moq', parseQuantity, (value) =>
    fieldProblem('moq', 'not_quantity', { value }),
  );
  product.leadTimeDays = read('leadTimeDays', parseLeadTime, (value) =>
    fieldProblem('leadTimeDays', 'not_positive', { value }),
  );
  product.weightKg = read('weightKg', parseDecimal, (value) =>
    fieldProblem('weightKg', 'not_positive', { value }),
  );
  product.volumeM3 = read('volumeM3', parseDecimal, (value) =>
    fieldProblem('volumeM3', 'not_positive', { value }),
  );
  product.active = read(
    'active',
    (v) => (YES.has(v.toLowerCase()) ? true : NO.has(v.toLowerCase()) ? false : null),
    () => fieldProblem('active', 'one_of', { values: ['yes', 'no'] }),
  );
  for (const k of Object.keys(product) as (keyof typeof product)[])
    if (product[k] === undefined) delete product[k];

  let price: NormalisedProductRow['price'] = null;
  const priceText = get('unitPrice');
  if (priceText && opts.priceCurrency) {
    const currency = opts.priceCurrency;
    const curText = get('currency');
    const named = curText
      ? (CURRENCY_SYMBOLS[curText] ??
        CURRENCY_SYMBOLS[curText.toUpperCase()] ??
        curText.toUpperCase())
      : currency;
    if (named !== currency)
      problems.push(
        fieldProblem('currency', 'price_list_currency', { value: curText ?? '', currency }),
      );
    const unitPriceMinor = parseAmount(priceText, currency);
    if (unitPriceMinor === null)
      problems.push(fieldProblem('unitPrice', 'not_amount', { value: priceText }));
    const minText = get('minQuantity');
    const minQuantity = minText ? parseQuantity(minText) : 1;
    if (minQuantity === null)
      problems.push(fieldProblem('minQuantity', 'not_quantity', { value: minText ?? '' }));
    if (unitPriceMinor !== null && minQuantity !== null) price = { minQuantity, unitPriceMinor };
  }
  if (problems.length) return { row: null, problems };
  return { row: { sku, product, price }, problems };
}
