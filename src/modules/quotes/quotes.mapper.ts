import type { Quote, QuoteLine } from '../../db/schema.ts';
import type { QuoteStatus } from '../../domain/enums.ts';
import { labelLanguage } from '../../domain/sales/quote-labels/index.ts';
import { effectiveStatus, type PaymentInstalment } from '../../domain/sales/quote-rules.ts';
import { instalmentAmounts } from '../../domain/sales/quote-totals.ts';
import type { QuoteWithCustomer } from './quotes.repository.ts';
import type { QuoteOut } from './quotes.schemas.ts';

// PostgreSQL answers BIGINT as text; both dialects read as numbers from here on.
const n = (v: number | string) => Number(v);

export const quantityOf = (l: Pick<QuoteLine, 'quantity_milli'>) => n(l.quantity_milli) / 1000;
export const discountOf = (l: Pick<QuoteLine, 'discount_bp'>) => n(l.discount_bp) / 100;

export function paymentTermsOf(q: Pick<Quote, 'payment_terms'>): PaymentInstalment[] {
  return JSON.parse(q.payment_terms) as PaymentInstalment[];
}

/** The product's name in the quote's language, else in English, when the line came from one. */
export function nameIn(line: Pick<QuoteLine, 'names'>, language: string): string | null {
  if (!line.names) return null;
  const names = JSON.parse(line.names) as Record<string, string>;
  const base = labelLanguage(language);
  const want = [language, base, base === 'zh-CN' ? 'zh' : undefined, language.split('-')[0]];
  for (const tag of want) if (tag && names[tag]) return names[tag];
  return null;
}

export function summaryOut(q: QuoteWithCustomer, now: Date) {
  return {
    id: q.id,
    number: q.number,
    revision: q.revision,
    kind: q.kind,
    status: effectiveStatus(q.status, q.expires_at, now),
    customerId: q.customer_id,
    customerName: q.customer_name,
    dealId: q.deal_id,
    language: q.language,
    currency: q.currency,
    quoteDate: q.quote_date,
    validUntil: q.valid_until,
    totalMinor: n(q.total_minor),
    expiresAt: q.expires_at,
    sentAt: q.sent_at,
    orderId: q.order_id,
    updatedAt: q.updated_at,
  };
}

export function quoteOut(
  q: QuoteWithCustomer,
  lines: QuoteLine[],
  revisions: { id: string; revision: string; status: QuoteStatus; expires_at: string | null }[],
  hasSentPdf: boolean,
  now: Date,
): QuoteOut {
  const terms = paymentTermsOf(q);
  const amounts = instalmentAmounts(
    n(q.total_minor),
    terms.map((t) => t.percent),
  );
  return {
    ...summaryOut(q, now),
    contactId: q.contact_id,
    incoterm: q.incoterm_rule ? { rule: q.incoterm_rule, place: q.incoterm_place } : null,
    paymentTerms: terms.map((t, i) => ({
      percent: t.percent,
      event: t.event,
      days: t.days ?? null,
      amountMinor: amounts[i] ?? 0,
    })),
    leadTime: q.lead_time,
    packing: q.packing,
    bankDetails: q.bank_details,
    notes: q.notes,
    lines: lines.map((l) => ({
      position: l.position,
      productId: l.product_id,
      sku: l.sku,
      description: l.description,
      name: nameIn(l, q.language),
      unit: l.unit,
      hsCode: l.hs_code,
      quantity: quantityOf(l),
      unitPriceMinor: n(l.unit_price_minor),
      discountPercent: discountOf(l),
      totalMinor: n(l.total_minor),
    })),
    subtotalMinor: n(q.subtotal_minor),
    discountMinor: n(q.discount_minor),
    closedAt: q.closed_at,
    createdAt: q.created_at,
    revisions: revisions.map((r) => ({
      id: r.id,
      revision: r.revision,
      status: effectiveStatus(r.status, r.expires_at, now),
    })),
    hasSentPdf,
  };
}
