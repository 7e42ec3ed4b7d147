import type { Executor } from '../../db/dialect.ts';
import type { QuoteLine } from '../../db/schema.ts';
import type { Scope } from '../../domain/scope.ts';
import { instalmentAmounts } from '../../domain/sales/quote-totals.ts';
import { contactRecords } from '../customers/customer-records.service.ts';
import { customerRecords } from '../customers/customer-records.service.ts';
import { workspaces } from '../workspaces/workspaces.service.ts';
import type { PdfBrowser } from '../pdf/pdf-browser.ts';
import { renderQuoteHtml, type QuoteDocument } from './pdf/quote-html.ts';
import { settingsOf } from './quote-settings.service.ts';
import { discountOf, nameIn, paymentTermsOf, quantityOf } from './quotes.mapper.ts';
import type { QuoteWithCustomer } from './quotes.repository.ts';
import { quotesRepository as repo } from './quotes.repository.ts';

/**
 * Everything a quote prints, gathered through the caller's executor: the workspace's name and
 * letterhead, the buyer in its own script, the lines with product names in the document's
 * language, the totals and instalments, and bank details (the quote's own, else the workspace's).
 */
export async function quoteDocument(
  db: Executor,
  scope: Scope,
  q: QuoteWithCustomer,
  language: string,
): Promise<QuoteDocument> {
  const [ws, settings, lines, customer] = await Promise.all([
    workspaces.find(db, scope.workspaceId),
    settingsOf(db, scope.workspaceId),
    repo.lines(db, scope.workspaceId, q.id),
    customerRecords.findMany(db, scope.workspaceId, [q.customer_id]).then((c) => c[0]),
  ]);
  const contact = q.contact_id
    ? await contactRecords.findVisible(db, scope, q.contact_id)
    : undefined;
  const terms = paymentTermsOf(q);
  const amounts = instalmentAmounts(
    Number(q.total_minor),
    terms.map((t) => t.percent),
  );
  return {
    language,
    kind: q.kind,
    number: q.number,
    revision: q.revision,
    quoteDate: q.quote_date,
    validUntil: q.valid_until,
    seller: { name: ws?.name ?? '', letterhead: settings.letterhead },
    buyer: {
      name: q.customer_name,
      nativeName: q.customer_native_name,
      country: customer?.country ?? '',
      attention: contact ? contactName(contact) : null,
    },
    currency: q.currency,
    lines: lines.map((l: QuoteLine) => ({
      position: l.position,
      sku: l.sku,
      name: nameIn(l, language),
      description: l.description,
      unit: l.unit,
      hsCode: l.hs_code,
      quantity: quantityOf(l),
      unitPriceMinor: Number(l.unit_price_minor),
      discountPercent: discountOf(l),
      totalMinor: Number(l.total_minor),
    })),
    subtotalMinor: Number(q.subtotal_minor),
    discountMinor: Number(q.discount_minor),
    totalMinor: Number(q.total_minor),
    incoterm: q.incoterm_rule ? { rule: q.incoterm_rule, place: q.incoterm_place } : null,
    paymentTerms: terms.map((t, i) => ({
      percent: t.percent,
      event: t.event,
      days: t.days ?? null,
      amountMinor: amounts[i] ?? 0,
    })),
    leadTime: q.lead_time,
    packing: q.packing,
    bankDetails: q.bank_details ?? (settings.bank_details || null),
    notes: q.notes,
  };
}

function contactName(c: {
  first_name: string;
  last_name: string | null;
  native_name: string | null;
}) {
  const latin = [c.first_name, c.last_name].filter(Boolean).join(' ');
  return c.native_name && c.native_name !== latin ? `${c.native_name} (${latin})` : latin;
}

export async function renderQuotePdf(
  browser: PdfBrowser,
  db: Executor,
  scope: Scope,
  q: QuoteWithCustomer,
  language: string,
): Promise<Buffer> {
  return browser.pdf(renderQuoteHtml(await quoteDocument(db, scope, q, language)));
}
