import type { Incoterm, PaymentEvent, QuoteKind } from '../../../domain/enums.ts';
import { isRtl, labelsFor } from '../../../domain/sales/quote-labels/index.ts';
import {
  formatAmount,
  formatDate,
  formatMoney,
  formatNumber,
  formatPercent,
} from '../../../domain/sales/quote-format.ts';
import { esc, fontStack, HAN_FACE, multiline as lines } from '../../pdf/pdf-html.ts';

/** Everything printed on one quote, already resolved (names, totals, bank details). */
export interface QuoteDocument {
  /** locale tag: labels and formats */
  language: string;
  kind: QuoteKind;
  number: string;
  revision: string;
  quoteDate: string;
  validUntil: string | null;
  seller: { name: string; letterhead: string };
  buyer: { name: string; nativeName: string | null; country: string; attention: string | null };
  currency: string;
  lines: {
    position: number;
    sku: string | null;
    /** the product's name in the document's language, when known */
    name: string | null;
    description: string;
    unit: string | null;
    hsCode: string | null;
    quantity: number;
    unitPriceMinor: number;
    discountPercent: number;
    totalMinor: number;
  }[];
  subtotalMinor: number;
  discountMinor: number;
  totalMinor: number;
  incoterm: { rule: Incoterm; place: string | null } | null;
  paymentTerms: {
    percent: number;
    event: PaymentEvent;
    days: number | null;
    amountMinor: number;
  }[];
  leadTime: string | null;
  packing: string | null;
  bankDetails: string | null;
  notes: string | null;
}

const CSS = (language: string) => `
${HAN_FACE}
@page { size: A4; }
* { box-sizing: border-box; }
body { font-family: ${fontStack(language)}; font-size: 9.5pt; color: #1f2328; margin: 0; }
header { display: flex; justify-content: space-between; align-items: flex-start; border-bottom: 2px solid #1668dc; padding-bottom: 8px; }
.seller-name { font-size: 14pt; font-weight: 700; }
.letterhead { color: #57606a; font-size: 8.5pt; margin-top: 2px; }
h1 { font-size: 17pt; margin: 0; color: #1668dc; text-align: end; }
.meta { margin-top: 4px; border-collapse: collapse; margin-inline-start: auto; }
.meta td { padding: 1px 0 1px 10px; }
.meta td:first-child { color: #57606a; }
.buyer { margin: 12px 0; }
.buyer .label { color: #57606a; font-size: 8pt; text-transform: uppercase; }
.buyer .name { font-size: 11.5pt; font-weight: 700; }
table.items { width: 100%; border-collapse: collapse; margin-top: 6px; }
.items th { background: #f0f4fa; font-weight: 600; font-size: 8.5pt; text-align: start; padding: 5px 4px; border-bottom: 1px solid #c9d3e0; }
.items td { padding: 5px 4px; border-bottom: 1px solid #e6e9ee; vertical-align: top; }
.items .num { text-align: end; white-space: nowrap; }
.items .sub { color: #57606a; font-size: 8pt; }
.totals { margin-top: 6px; margin-inline-start: auto; border-collapse: collapse; min-width: 45%; }
.totals td { padding: 3px 4px; }
.totals td:last-child { text-align: end; white-space: nowrap; }
.totals .grand td { font-weight: 700; font-size: 11pt; border-top: 2px solid #1f2328; }
.terms { margin-top: 14px; display: grid; grid-template-columns: max-content 1fr; gap: 4px 14px; }
.terms dt { color: #57606a; }
.terms dd { margin: 0; }
.terms ul { margin: 0; padding-inline-start: 16px; }
`;

/** The quote as a self-contained HTML page (no external resources) in its own language. */
export function renderQuoteHtml(doc: QuoteDocument): string {
  const L = labelsFor(doc.language);
  const loc = doc.language;
  const money = (minor: number) => formatMoney(minor, doc.currency, loc);
  const amount = (minor: number) => formatAmount(minor, doc.currency, loc);
  const date = (d: string) => formatDate(d, loc);
  const anyDiscount = doc.lines.some((l) => l.discountPercent > 0);
  const anyHs = doc.lines.some((l) => l.hsCode);
  const anySku = doc.lines.some((l) => l.sku);
  const unit = (u: string | null) => (u ? (L.units[u] ?? u) : '');
  const payment = (t: QuoteDocument['paymentTerms'][number]) =>
    L.payment[t.event]
      .replace('{percent}', formatPercent(t.percent, loc))
      .replace('{days}', formatNumber(t.days ?? 0, loc));

  const rows = doc.lines
    .map((l) => {
      const title =
        l.name && l.name !== l.description
          ? `<div>${esc(l.name)}</div><div class="sub">${lines(l.description)}</div>`
          : `<div>${lines(l.description)}</div>`;
      return `<tr>
<td>${formatNumber(l.position, loc)}</td>
${anySku ? `<td>${esc(l.sku ?? '')}</td>` : ''}
<td>${title}</td>
${anyHs ? `<td>${esc(l.hsCode ?? '')}</td>` : ''}
<td class="num">${formatNumber(l.quantity, loc)}</td>
<td>${esc(unit(l.unit))}</td>
<td class="num">${amount(l.unitPriceMinor)}</td>
${anyDiscount ? `<td class="num">${l.discountPercent ? formatPercent(l.discountPercent, loc) : ''}</td>` : ''}
<td class="num">${amount(l.totalMinor)}</td>
</tr>`;
    })
    .join('\n');

  const terms: [string, string][] = [];
  if (doc.incoterm)
    terms.push([
      L.incoterms,
      `${doc.incoterm.rule}${doc.incoterm.place ? ` ${esc(doc.incoterm.place)}` : ''}, Incoterms® 2020`,
    ]);
  if (doc.paymentTerms.length)
    terms.push([
      L.paymentTerms,
      `<ul>${doc.paymentTerms.map((t) => `<li>${esc(payment(t))}: ${money(t.amountMinor)}</li>`).join('')}</ul>`,
    ]);
  if (doc.leadTime) terms.push([L.leadTime, lines(doc.leadTime)]);
  if (doc.packing) terms.push([L.packing, lines(doc.packing)]);
  if (doc.bankDetails) terms.push([L.bankDetails, lines(doc.bankDetails)]);
  if (doc.notes) terms.push([L.notes, lines(doc.notes)]);

  const buyerNames = doc.buyer.nativeName
    ? `<div class="name"><bdi>${esc(doc.buyer.nativeName)}</bdi></div><div><bdi>${esc(doc.buyer.name)}</bdi></div>`
    : `<div class="name"><bdi>${esc(doc.buyer.name)}</bdi></div>`;
  const country =
    new Intl.DisplayNames([loc], { type: 'region' }).of(doc.buyer.country) ?? doc.buyer.country;

  return `<!doctype html>
<html lang="${esc(loc)}" dir="${isRtl(loc) ? 'rtl' : 'ltr'}">
<head><meta charset="utf-8"><title>${esc(doc.number)}</title><style>${CSS(loc)}</style></head>
<body>
<header>
  <div><div class="seller-name"><bdi>${esc(doc.seller.name)}</bdi></div><div class="letterhead">${lines(doc.seller.letterhead)}</div></div>
  <div>
    <h1>${doc.kind === 'proforma' ? L.proforma : L.quote}</h1>
    <table class="meta">
      <tr><td>${L.number}</td><td><bdi>${esc(doc.number)}</bdi></td></tr>
      <tr><td>${L.revision}</td><td>${esc(doc.revision)}</td></tr>
      <tr><td>${L.date}</td><td>${date(doc.quoteDate)}</td></tr>
      ${doc.validUntil ? `<tr><td>${L.validUntil}</td><td>${date(doc.validUntil)}</td></tr>` : ''}
      <tr><td>${L.currency}</td><td>${esc(doc.currency)}</td></tr>
    </table>
  </div>
</header>
<section class="buyer">
  <div class="label">${L.buyer}</div>
  ${buyerNames}
  <div>${esc(country)}</div>
  ${doc.buyer.attention ? `<div>${L.attention} <bdi>${esc(doc.buyer.attention)}</bdi></div>` : ''}
</section>
<table class="items">
<thead><tr>
<th>#</th>${anySku ? `<th>${L.item}</th>` : ''}<th>${L.description}</th>${anyHs ? `<th>${L.hsCode}</th>` : ''}
<th class="num">${L.quantity}</th><th>${L.unit}</th><th class="num">${L.unitPrice}</th>${anyDiscount ? `<th class="num">${L.discount}</th>` : ''}<th class="num">${L.amount}</th>
</tr></thead>
<tbody>
${rows}
</tbody>
</table>
<table class="totals">
${doc.discountMinor ? `<tr><td>${L.subtotal}</td><td>${money(doc.subtotalMinor)}</td></tr><tr><td>${L.discount}</td><td>−${money(doc.discountMinor)}</td></tr>` : ''}
<tr class="grand"><td>${L.total}</td><td>${money(doc.totalMinor)}</td></tr>
</table>
<dl class="terms">
${terms.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('\n')}
</dl>
</body>
</html>`;
}
