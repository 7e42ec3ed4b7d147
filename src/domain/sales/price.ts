/**
 * Which price a customer pays for a product: one rule, used by the price endpoint, quotes and the
 * price list page's preview (docs/sales.md, "Products and price lists").
 *
 * 1. A list counts only on the dates it is valid (`validFrom` ≤ date ≤ `validTo`, both inclusive;
 *    no `validTo`: open-ended) and only if it prices the product at this quantity (it has a break
 *    whose minimum quantity is at most the quantity). A list that does not qualify is skipped, so
 *    a segment list without the product falls through to the country or default list.
 * 2. A list applies to the customer by its scope: a segment list when the customer is in that
 *    segment, a country list when the customer is in that country, a default list always.
 * 3. Among the lists that apply, those in the customer's preferred currency come first (a customer
 *    billed in EUR is quoted from an EUR list when one applies, even a less specific one).
 * 4. Then the most specific scope: segment, then country, then default.
 * 5. Ties (two segment lists the customer is in, two default lists): the list valid from the latest
 *    date wins (the newer list replaces the older), then the name, then the id, so the answer
 *    never depends on the order the lists were read in.
 * 6. Within the chosen list, the break with the highest minimum quantity not above the quantity.
 */

export const PRICE_SCOPES = ['segment', 'country', 'default'] as const;
export type PriceScope = (typeof PRICE_SCOPES)[number];

export interface PriceBreak {
  minQuantity: number;
  unitPriceMinor: number;
}

export interface CandidateList {
  id: string;
  name: string;
  currency: string;
  /** ISO dates, inclusive; null validTo: open-ended */
  validFrom: string;
  validTo: string | null;
  /** the country the list applies to (ISO code), or null */
  country: string | null;
  /** the segment the list applies to, or null; a list names a country or a segment, not both */
  segmentId: string | null;
  /** this product's breaks in the list, in any order */
  breaks: PriceBreak[];
}

export interface PriceCustomer {
  country: string | null;
  /** the segments (of those the candidate lists name) the customer is in */
  segmentIds: readonly string[];
  /** the currency the customer is billed in, when one is set */
  currency: string | null;
}

export interface ResolvedPrice {
  list: CandidateList;
  scope: PriceScope;
  currency: string;
  minQuantity: number;
  unitPriceMinor: number;
}

export function scopeOf(list: Pick<CandidateList, 'country' | 'segmentId'>): PriceScope {
  return list.segmentId ? 'segment' : list.country ? 'country' : 'default';
}

/** A list is valid on `date` when its period covers it (ISO dates compare as text). */
export function validOn(list: Pick<CandidateList, 'validFrom' | 'validTo'>, date: string): boolean {
  return list.validFrom <= date && (list.validTo === null || date <= list.validTo);
}

function appliesTo(list: CandidateList, customer: PriceCustomer | null): boolean {
  if (list.segmentId) return !!customer && customer.segmentIds.includes(list.segmentId);
  if (list.country) return !!customer && customer.country === list.country;
  return true;
}

/** The break for `quantity`: the highest minimum quantity not above it, or null. */
export function breakFor(breaks: readonly PriceBreak[], quantity: number): PriceBreak | null {
  let best: PriceBreak | null = null;
  for (const b of breaks)
    if (b.minQuantity <= quantity && (!best || b.minQuantity > best.minQuantity)) best = b;
  return best;
}

const RANK: Record<PriceScope, number> = { segment: 0, country: 1, default: 2 };

/**
 * The price of a product for a customer (or for no one in particular: only default lists apply),
 * on a date and for a quantity; null when no list prices it.
 */
export function resolvePrice(
  lists: readonly CandidateList[],
  customer: PriceCustomer | null,
  date: string,
  quantity: number,
): ResolvedPrice | null {
  const preferred = customer?.currency ?? null;
  const options = lists.flatMap((list) => {
    if (!validOn(list, date) || !appliesTo(list, customer)) return [];
    const hit = breakFor(list.breaks, quantity);
    return hit ? [{ list, hit, scope: scopeOf(list) }] : [];
  });
  options.sort(
    (a, b) =>
      Number(b.list.currency === preferred) - Number(a.list.currency === preferred) ||
      RANK[a.scope] - RANK[b.scope] ||
      b.list.validFrom.localeCompare(a.list.validFrom) ||
      a.list.name.localeCompare(b.list.name) ||
      a.list.id.localeCompare(b.list.id),
  );
  const best = options[0];
  if (!best) return null;
  return {
    list: best.list,
    scope: best.scope,
    currency: best.list.currency,
    minQuantity: best.hit.minQuantity,
    unitPriceMinor: best.hit.unitPriceMinor,
  };
}
