import { fieldError, type FieldError } from '../field-errors.ts';
import type { PriceBreak } from './price.ts';

/** Text in several languages, keyed by canonical BCP 47 tag: `{ zh: '离心泵', en: 'Centrifugal pump' }`. */
export type Localised = Record<string, string>;

/**
 * A SKU as stored and matched: Unicode-compatible (full-width `ＡＢ－１` from a Chinese sheet is
 * `AB-1`) and trimmed. Case is kept: some catalogues tell `ab-1` and `AB-1` apart.
 */
export function normaliseSku(sku: string): string {
  return sku.normalize('NFKC').trim();
}

/** An HS code as the API takes it: 6 to 10 digits, nothing else. */
export function isHsCode(value: string): boolean {
  return /^\d{6,10}$/.test(value);
}

/**
 * An HS code as sheets write it (`8413.70`, `8413 70 10`, `８４１３７０`): the digits when, once
 * dots and spaces are gone, 6 to 10 digits remain; null otherwise (letters are never dropped).
 */
export function hsCodeFromText(text: string): string | null {
  const digits = text.normalize('NFKC').replace(/[.\s]/g, '');
  return isHsCode(digits) ? digits : null;
}

/**
 * Checks a language → text map: each key a BCP 47 tag (stored in its canonical case, `zh-cn` →
 * `zh-CN`), each text trimmed and at most `max` characters; empty texts are dropped. With
 * `required`, at least one text must remain.
 */
export function checkLocalised(
  input: Record<string, string>,
  path: string,
  opts: { max: number; required?: boolean },
): { value: Localised; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const value: Localised = {};
  for (const [tag, raw] of Object.entries(input)) {
    let canonical: string | undefined;
    try {
      canonical = Intl.getCanonicalLocales(tag)[0];
    } catch {
      canonical = undefined;
    }
    if (!canonical) {
      errors.push(fieldError(`${path}/${tag}`, 'language', { value: tag }));
      continue;
    }
    const text = raw.normalize('NFC').trim();
    if (text.length > opts.max)
      errors.push(fieldError(`${path}/${tag}`, 'max_length', { limit: opts.max }));
    else if (text) value[canonical] = text;
  }
  if (opts.required && !errors.length && Object.keys(value).length === 0)
    errors.push(fieldError(path, 'product_name'));
  return { value, errors };
}

/** Quantity breaks of one product in one list: each minimum quantity once. */
export function checkBreaks(breaks: readonly PriceBreak[], path: string): FieldError[] {
  const seen = new Set<number>();
  const errors: FieldError[] = [];
  breaks.forEach((b, i) => {
    if (seen.has(b.minQuantity))
      errors.push(
        fieldError(`${path}/${i}/minQuantity`, 'break_twice', { quantity: b.minQuantity }),
      );
    seen.add(b.minQuantity);
  });
  return errors;
}

/** Lower-case, compatibility-folded text for a substring search over SKU and names. */
export function foldForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** What the product list's search reads: the SKU and every name, folded. */
export function productSearchText(sku: string, names: Localised): string {
  return foldForSearch([sku, ...Object.values(names)].join('\n'));
}

/** The name to show in `lang`: that language, its base language, English, Chinese, any. */
export function nameIn(names: Localised, lang: string): string | null {
  const base = lang.split('-')[0] ?? lang;
  return (
    names[lang] ??
    names[base] ??
    Object.entries(names).find(([k]) => k.split('-')[0] === base)?.[1] ??
    names.en ??
    names.zh ??
    Object.values(names)[0] ??
    null
  );
}
