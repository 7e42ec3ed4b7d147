import type { Scope } from '../../domain/scope.ts';
import { formatDate, formatMoney } from '../../domain/communication/merge-fields.ts';
import type { MergeValues } from '../../domain/communication/render.ts';
import { AppError, fieldError } from '../../http/errors.ts';

export interface RelatedDeal {
  customerId: string;
  title: string;
  amountMinor: number;
  currency: string;
  expectedCloseDate: string;
}

export interface RelatedQuote {
  customerId: string;
  number: string;
  totalMinor: number;
  currency: string;
  validUntil: string | null;
  lines: unknown[];
}

export interface RelatedTicket {
  customerId: string;
  number: string;
  subject: string;
}

/**
 * How a render reads the deal or quote a message is about. The composition root passes the deals'
 * and quotes' own services (each checks the caller's scope), so this module imports neither.
 */
export interface RelatedRecords {
  deal(scope: Scope, id: string): Promise<RelatedDeal>;
  quote(scope: Scope, id: string): Promise<RelatedQuote>;
  ticket(scope: Scope, id: string): Promise<RelatedTicket>;
}

/** Merge values of the deal, quote and ticket named, which must be the contact's customer's. */
export async function relatedValues(
  related: RelatedRecords | undefined,
  scope: Scope,
  ids: { dealId?: string | undefined; quoteId?: string | undefined; ticketId?: string | undefined },
  customerId: string,
  locale: string,
): Promise<MergeValues> {
  const out: MergeValues = {};
  if (ids.dealId && related) {
    const d = await related.deal(scope, ids.dealId);
    if (d.customerId !== customerId)
      throw AppError.validation([fieldError('/dealId', 'template_other_customer')]);
    out.dealTitle = d.title;
    out.dealAmount = formatMoney(locale, d.amountMinor, d.currency);
    out.dealCloseDate = formatDate(locale, d.expectedCloseDate);
  }
  if (ids.quoteId && related) {
    const q = await related.quote(scope, ids.quoteId);
    if (q.customerId !== customerId)
      throw AppError.validation([fieldError('/quoteId', 'template_other_customer')]);
    out.quoteNumber = q.number;
    out.quoteTotal = formatMoney(locale, q.totalMinor, q.currency);
    out.quoteValidUntil = q.validUntil ? formatDate(locale, q.validUntil) : null;
    out.quoteLineCount = q.lines.length;
  }
  if (ids.ticketId && related) {
    const t = await related.ticket(scope, ids.ticketId);
    if (t.customerId !== customerId)
      throw AppError.validation([fieldError('/ticketId', 'template_other_customer')]);
    out.ticketNumber = t.number;
    out.ticketSubject = t.subject;
  }
  return out;
}
