import type { BonusKind } from '../../domain/loyalty/bonus.ts';
import type { StatementFigures } from '../../domain/loyalty/statement.ts';
import { STATEMENT_EXPIRING_DAYS } from '../../domain/loyalty/statement.ts';
import {
  statementLabelsFor,
  statementRtl,
  tierNameIn,
} from '../../domain/loyalty/statement-labels.ts';
import { formatDate, formatNumber } from '../../domain/sales/quote-format.ts';
import { esc, fontStack, HAN_FACE } from '../pdf/document-style.ts';

/** Everything a statement prints, resolved: names, the period and the figures. */
export interface StatementDocument {
  /** locale tag: labels and formats */
  language: string;
  seller: string;
  customer: { name: string; nativeName: string | null };
  attention: string | null;
  from: string;
  to: string;
  today: string;
  reportingCurrency: string;
  figures: StatementFigures;
  /** per movement seq: its order's number, its bonus, or the reason a person gave */
  notes: Map<number, { orderNumber?: string; bonus?: BonusKind; reason?: string }>;
}

const CSS = (language: string) => `
${HAN_FACE}
@page { size: A4; }
* { box-sizing: border-box; }
body { font-family: ${fontStack(language)}; font-size: 9.5pt; color: #1f2328; margin: 0; }
header { display: flex; justify-content: space-between; align-items: flex-start; gap: 16px; border-bottom: 2px solid #1668dc; padding-bottom: 8px; }
.seller { font-size: 14pt; font-weight: 700; }
h1 { font-size: 16pt; margin: 0; color: #1668dc; text-align: end; }
h2 { font-size: 11pt; margin: 16px 0 4px; }
.meta { border-collapse: collapse; margin-inline-start: auto; margin-top: 4px; }
.meta td { padding: 1px 0; padding-inline-start: 10px; }
.meta td:first-child, .muted { color: #57606a; }
.customer { margin: 12px 0; }
.customer .name { font-size: 11.5pt; font-weight: 700; }
.summary { display: flex; gap: 12px; flex-wrap: wrap; }
.box { border: 1px solid #d0d7de; border-radius: 6px; padding: 6px 10px; min-width: 30%; }
.box .big { font-size: 14pt; font-weight: 700; }
table.rows { width: 100%; border-collapse: collapse; }
.rows th { background: #f0f4fa; font-weight: 600; font-size: 8.5pt; text-align: start; padding: 5px 4px; border-bottom: 1px solid #c9d3e0; }
.rows td { padding: 4px; border-bottom: 1px solid #e6e9ee; vertical-align: top; }
.num { text-align: end; white-space: nowrap; }
`;

/** The statement as a self-contained HTML page (no external resources) in the contact's language. */
export function renderStatementHtml(doc: StatementDocument): string {
  const L = statementLabelsFor(doc.language);
  const loc = doc.language;
  const f = doc.figures;
  const date = (d: string) => formatDate(d, loc);
  const n = (x: number) => formatNumber(x, loc, 0);
  const signed = (x: number) => (x > 0 ? `+${n(x)}` : x < 0 ? `−${n(-x)}` : n(0));
  const days = n(STATEMENT_EXPIRING_DAYS);
  const revenue = f.basis === 'revenue';
  // Revenue thresholds are whole reporting units: printed as money without cents.
  const whole = new Intl.NumberFormat(loc, {
    style: 'currency',
    currency: doc.reportingCurrency,
    minimumFractionDigits: 0,
    maximumFractionDigits: 0,
  });
  const value = (x: number) => (revenue ? whole.format(x) : n(x));

  const describe = (m: StatementFigures['movements'][number]) => {
    const note = doc.notes.get(m.seq);
    if (note?.bonus) return esc(L.bonuses[note.bonus]);
    const kind = L.kinds[m.kind];
    if (note?.orderNumber)
      return `${kind} · <bdi>${esc(L.order.replace('{number}', note.orderNumber))}</bdi>`;
    return note?.reason ? `${kind} · <bdi>${esc(note.reason)}</bdi>` : kind;
  };
  const movements = f.movements.length
    ? `<table class="rows"><thead><tr><th>${L.date}</th><th>${L.description}</th><th class="num">${L.points}</th><th class="num">${L.runningBalance}</th></tr></thead><tbody>
${f.movements.map((m) => `<tr><td>${date(m.date)}</td><td>${describe(m)}</td><td class="num">${signed(m.points)}</td><td class="num">${n(m.balance)}</td></tr>`).join('\n')}
</tbody></table>`
    : `<p class="muted">${L.noMovements}</p>`;
  const expiring = f.expiring.length
    ? `<table class="rows"><thead><tr><th>${L.earnedOn}</th><th>${L.expiresOn}</th><th class="num">${L.points}</th></tr></thead><tbody>
${f.expiring.map((x) => `<tr><td>${date(x.earnedOn)}</td><td>${date(x.expiresOn)}</td><td class="num">${n(x.points)}</td></tr>`).join('\n')}
</tbody></table>`
    : `<p class="muted">${L.noExpiring.replace('{days}', days)}</p>`;
  const next = f.nextTier
    ? `<div>${L.nextTier}: <b>${esc(tierNameIn(f.nextTier.tier, loc))}</b> · ${L.threshold}: ${value(f.nextTier.tier.threshold)} · ${L.toGo}: <b data-to-go>${value(f.nextTier.toGo)}</b></div>`
    : f.tier
      ? `<div>${L.top}</div>`
      : '';
  const customerNames = doc.customer.nativeName
    ? `<div class="name"><bdi>${esc(doc.customer.nativeName)}</bdi></div><div><bdi>${esc(doc.customer.name)}</bdi></div>`
    : `<div class="name"><bdi>${esc(doc.customer.name)}</bdi></div>`;

  return `<!doctype html>
<html lang="${esc(loc)}" dir="${statementRtl(loc) ? 'rtl' : 'ltr'}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(L.title)}</title><style>${CSS(loc)}</style></head>
<body>
<header>
  <div class="seller"><bdi>${esc(doc.seller)}</bdi></div>
  <div>
    <h1>${L.title}</h1>
    <table class="meta">
      <tr><td>${L.period}</td><td>${date(doc.from)} – ${date(doc.to)}</td></tr>
      <tr><td>${L.issued}</td><td>${date(doc.today)}</td></tr>
    </table>
  </div>
</header>
<section class="customer">
  <div class="muted">${L.customer}</div>
  ${customerNames}
  ${doc.attention ? `<div>${L.attention} <bdi>${esc(doc.attention)}</bdi></div>` : ''}
</section>
<section class="summary">
  <div class="box"><div class="muted">${L.balance}</div><div class="big" data-balance>${n(f.balance)}</div></div>
  <div class="box"><div class="muted">${L.tier}</div><div class="big">${f.tier ? esc(tierNameIn(f.tier, loc)) : L.noTier}</div>
    <div class="muted">${revenue ? L.basis.revenue : L.basis.points}: ${value(f.basisValue)}</div></div>
</section>
${next}
<h2>${L.movements}</h2>
<div class="muted">${L.opening}: ${n(f.opening)} · ${L.closing}: ${n(f.closing)}</div>
${movements}
<h2>${L.expiring.replace('{days}', days)}</h2>
${expiring}
</body>
</html>`;
}
