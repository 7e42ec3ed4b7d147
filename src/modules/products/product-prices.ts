import type { Executor } from '../../db/dialect.ts';
import type { Customer } from '../../db/schema.ts';
import { isValidDate } from '../../domain/calendar/dates.ts';
import { localDate } from '../../domain/calendar/zoned-time.ts';
import {
  resolvePrice,
  type CandidateList,
  type PriceCustomer,
  type ResolvedPrice,
} from '../../domain/sales/price.ts';
import type { Scope } from '../../domain/scope.ts';
import { AppError, fieldError } from '../../http/errors.ts';
import { customerRecords } from '../customers/customer-records.service.ts';
import { segmentConditions } from '../segments/segment-conditions.service.ts';
import { workspaces } from '../workspaces/workspaces.service.ts';
import { priceListsRepository, type CandidateRow } from './price-lists.repository.ts';
import { productsRepository } from './products.repository.ts';

export interface PriceRequest {
  productId: string;
  /** the customer priced for; absent: only default lists apply */
  customerId?: string | null;
  quantity: number;
  /** ISO date; absent: today in the home office */
  date?: string | null;
}

export interface PriceAnswer {
  productId: string;
  customerId: string | null;
  quantity: number;
  date: string;
  /** null when no list valid on the date prices the product at this quantity */
  resolved: ResolvedPrice | null;
}

/** The lists that price a product, each with the product's breaks. */
function candidateLists(rows: CandidateRow[]): CandidateList[] {
  const byId = new Map<string, CandidateList>();
  for (const r of rows) {
    const list = byId.get(r.id) ?? {
      id: r.id,
      name: r.name,
      currency: r.currency,
      validFrom: r.valid_from,
      validTo: r.valid_to,
      country: r.country,
      segmentId: r.segment_id,
      breaks: [],
    };
    list.breaks.push({
      minQuantity: Number(r.min_quantity),
      unitPriceMinor: Number(r.unit_price_minor),
    });
    byId.set(r.id, list);
  }
  return [...byId.values()];
}

/** Which of the named segments the customer is in (their saved filters, evaluated now). */
async function segmentsOf(
  db: Executor,
  workspaceId: string,
  customerId: string,
  segmentIds: string[],
): Promise<string[]> {
  const conditions = await segmentConditions(db, workspaceId, segmentIds);
  const member: string[] = [];
  for (const [id, condition] of conditions)
    if ((await customerRecords.matching(db, workspaceId, condition, [customerId])).length)
      member.push(id);
  return member;
}

async function today(db: Executor, workspaceId: string): Promise<string> {
  const ws = await workspaces.find(db, workspaceId);
  return localDate(new Date(), ws?.home_time_zone ?? 'UTC');
}

/**
 * The price of a product for a customer in the caller's scope, by the rule of
 * `src/domain/sales/price.ts`. An unknown product and a customer outside the scope are 404s.
 */
export async function priceFor(
  db: Executor,
  scope: Scope,
  req: PriceRequest,
): Promise<PriceAnswer> {
  if (req.date && !isValidDate(req.date))
    throw AppError.validation([fieldError('/querystring/date', 'invalid_date')]);
  const ws = scope.workspaceId;
  const product = await productsRepository.find(db, ws, req.productId);
  if (!product) throw AppError.notFound('Product');
  let customer: Customer | undefined;
  if (req.customerId) {
    customer = await customerRecords.findVisible(db, scope, req.customerId);
    if (!customer) throw AppError.notFound('Customer');
  }
  const date = req.date || (await today(db, ws));
  const lists = candidateLists(await priceListsRepository.candidates(db, ws, product.id));
  let buyer: PriceCustomer | null = null;
  if (customer) {
    const named = [...new Set(lists.flatMap((l) => (l.segmentId ? [l.segmentId] : [])))];
    buyer = {
      country: customer.country,
      currency: customer.currency,
      segmentIds: named.length ? await segmentsOf(db, ws, customer.id, named) : [],
    };
  }
  return {
    productId: product.id,
    customerId: customer?.id ?? null,
    quantity: req.quantity,
    date,
    resolved: resolvePrice(lists, buyer, date, req.quantity),
  };
}
