import type { Executor } from '../../db/dialect.ts';
import type { PriceList, PriceListItemTable, Product } from '../../db/schema.ts';
import { isValidDate } from '../../domain/calendar/dates.ts';
import { isCountryCode, isCurrency } from '../../domain/countries.ts';
import { checkBreaks } from '../../domain/sales/product.ts';
import { fieldError, type FieldError } from '../../http/errors.ts';
import { findSegment } from '../segments/segment-conditions.service.ts';
import { productsRepository } from './products.repository.ts';
import type { ItemBody, PriceListPatch } from './products.schemas.ts';

export interface CheckedHeader {
  name?: string;
  currency?: string;
  validFrom?: string;
  validTo?: string | null;
  country?: string | null;
  segmentId?: string | null;
}

/**
 * A list's header as it will be stored: a known currency (prices are in its minor unit), real
 * dates with the end not before the start, a known country or an existing segment — not both.
 * `current` is the stored list a patch applies to.
 */
export async function checkHeader(
  db: Executor,
  workspaceId: string,
  input: PriceListPatch,
  errors: FieldError[],
  current?: PriceList,
): Promise<CheckedHeader> {
  const out: CheckedHeader = {};
  if (input.name !== undefined) {
    out.name = input.name.trim();
    if (!out.name) errors.push(fieldError('/name', 'required'));
  }
  if (input.currency !== undefined) {
    out.currency = input.currency.toUpperCase();
    if (!isCurrency(out.currency))
      errors.push(fieldError('/currency', 'currency', { value: input.currency }));
  }
  if (input.validFrom !== undefined) {
    out.validFrom = input.validFrom;
    if (!isValidDate(input.validFrom)) errors.push(fieldError('/validFrom', 'invalid_date'));
  }
  if (input.validTo !== undefined) {
    out.validTo = input.validTo || null;
    if (out.validTo && !isValidDate(out.validTo))
      errors.push(fieldError('/validTo', 'invalid_date'));
  }
  const from = out.validFrom ?? current?.valid_from;
  const to = out.validTo === undefined ? current?.valid_to : out.validTo;
  if (from && to && isValidDate(from) && isValidDate(to) && to < from)
    errors.push(fieldError('/validTo', 'not_before_start', { start: from }));
  if (input.country !== undefined) {
    out.country = input.country ? input.country.toUpperCase() : null;
    if (out.country && !isCountryCode(out.country))
      errors.push(fieldError('/country', 'country', { value: input.country ?? '' }));
  }
  if (input.segmentId !== undefined) {
    out.segmentId = input.segmentId || null;
    if (out.segmentId && !(await findSegment(db, workspaceId, out.segmentId)))
      errors.push(fieldError('/segmentId', 'no_such', { entity: 'segment' }));
  }
  const country = out.country === undefined ? current?.country : out.country;
  const segment = out.segmentId === undefined ? current?.segment_id : out.segmentId;
  if (country && segment) errors.push(fieldError('/segmentId', 'price_list_scope'));
  return out;
}

/**
 * Items as rows of one list: each product known in the workspace and named once, each break's
 * minimum quantity once per product. Problems go to `errors` at `/items/<i>/…`.
 */
export async function checkItems(
  db: Executor,
  workspaceId: string,
  listId: string,
  items: ItemBody[],
  errors: FieldError[],
): Promise<{ rows: PriceListItemTable[]; products: Map<string, Product> }> {
  const products = new Map(
    (
      await productsRepository.findMany(
        db,
        workspaceId,
        'id',
        items.map((i) => i.productId),
      )
    ).map((p) => [p.id, p]),
  );
  const seen = new Set<string>();
  const rows: PriceListItemTable[] = [];
  items.forEach((item, i) => {
    const path = `/items/${i}`;
    if (!products.has(item.productId))
      errors.push(fieldError(`${path}/productId`, 'no_such', { entity: 'product' }));
    else if (seen.has(item.productId))
      errors.push(fieldError(`${path}/productId`, 'product_twice'));
    seen.add(item.productId);
    errors.push(...checkBreaks(item.breaks, `${path}/breaks`));
    for (const b of item.breaks)
      rows.push({
        workspace_id: workspaceId,
        price_list_id: listId,
        product_id: item.productId,
        min_quantity: b.minQuantity,
        unit_price_minor: b.unitPriceMinor,
      });
  });
  return { rows, products };
}
