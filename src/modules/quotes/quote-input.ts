import type { Executor } from '../../db/dialect.ts';
import type { QuoteLine } from '../../db/schema.ts';
import { isCurrency } from '../../domain/countries.ts';
import { AppError } from '../../domain/errors.ts';
import { fieldError, type FieldError } from '../../domain/field-errors.ts';
import { labelLanguage, QUOTE_LANGUAGES } from '../../domain/sales/quote-labels/index.ts';
import { canonicalTag } from '../../domain/sales/quote-language.ts';
import {
  incotermProblems,
  isHsCode,
  lineProblems,
  paymentProblems,
  validityProblems,
} from '../../domain/sales/quote-rules.ts';
import { quoteTotals } from '../../domain/sales/quote-totals.ts';
import { isAmountMinor, MAX_AMOUNT_MINOR } from '../../domain/value/money.ts';
import type { ProductLookup } from './lookups.ts';
import type { LineIn, QuotePatch } from './quotes.schemas.ts';

/**
 * Everything about a quote body that needs no database, checked before any transaction opens:
 * a refused request never writes. `quoteDate` is the date the body ends up with.
 */
export function bodyProblems(body: QuotePatch, quoteDate: string): FieldError[] {
  const out: FieldError[] = [];
  if (body.currency !== undefined && !isCurrency(body.currency.toUpperCase()))
    out.push(fieldError('/currency', 'currency', { value: body.currency }));
  if (body.language !== undefined) {
    const tag = canonicalTag(body.language);
    if (!tag || !labelLanguage(tag))
      out.push(
        fieldError('/language', 'quote_language', {
          value: body.language,
          values: QUOTE_LANGUAGES,
        }),
      );
  }
  out.push(...incotermProblems(body.incoterm));
  out.push(...paymentProblems(body.paymentTerms));
  out.push(...validityProblems(quoteDate, body.validUntil));
  body.lines?.forEach((l, i) => out.push(...lineProblems(l, `/lines/${i}`)));
  if (body.lines && !out.length) {
    const total = quoteTotals(body.lines).subtotalMinor;
    if (!isAmountMinor(total))
      out.push(fieldError('/lines', 'quote_total', { max: MAX_AMOUNT_MINOR }));
  }
  return out;
}

/**
 * The lines as stored: a line from a product takes the product's SKU, names, unit and HS code
 * unless the request gives its own; its description defaults to the product's name in the quote
 * language. Unknown or inactive products are field errors.
 */
export async function buildLines(
  tx: Executor,
  products: ProductLookup,
  workspaceId: string,
  quoteId: string,
  language: string,
  lines: LineIn[],
): Promise<QuoteLine[]> {
  const errors: FieldError[] = [];
  const rows: QuoteLine[] = [];
  const totals = quoteTotals(lines);
  for (const [i, l] of lines.entries()) {
    const product = l.productId
      ? await products.productForQuote(tx, workspaceId, l.productId)
      : undefined;
    if (l.productId && (!product || !product.active)) {
      errors.push(fieldError(`/lines/${i}/productId`, 'no_such', { entity: 'product' }));
      continue;
    }
    const names = product ? product.names : null;
    const base = language.split('-')[0] ?? 'en';
    const description =
      l.description?.trim() ||
      (names && (names[language] ?? names[base] ?? names.en ?? Object.values(names)[0])) ||
      product?.sku ||
      '';
    const hsCode = l.hsCode ?? product?.hsCode ?? null;
    if (hsCode && !isHsCode(hsCode))
      errors.push(fieldError(`/lines/${i}/hsCode`, 'hs_code', { value: hsCode }));
    rows.push({
      workspace_id: workspaceId,
      quote_id: quoteId,
      position: i + 1,
      product_id: l.productId ?? null,
      sku: l.sku ?? product?.sku ?? null,
      names: names ? JSON.stringify(names) : null,
      description,
      unit: l.unit ?? product?.unit ?? null,
      hs_code: hsCode,
      quantity_milli: Math.round(l.quantity * 1000),
      unit_price_minor: l.unitPriceMinor,
      discount_bp: Math.round((l.discountPercent ?? 0) * 100),
      total_minor: totals.lines[i]?.totalMinor ?? 0,
    });
  }
  if (errors.length) throw AppError.validation(errors);
  return rows;
}
