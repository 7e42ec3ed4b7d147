import type { LedgerFigure, MoneyTotals } from '../../domain/reputation/local-value-summary.ts';
import type { ReportLabels } from '../../domain/reputation/local-value-labels.ts';
import { formatDate, formatMoney, formatNumber } from '../../domain/sales/quote-format.ts';
import { esc, fontStack, HAN_FACE } from '../pdf/document-style.ts';
import type { SummaryOut } from './local-value.schemas.ts';

/** Everything a transparency report prints, resolved; nothing in it depends on the clock. */
export interface ReportDocument {
  locale: string;
  labels: ReportLabels;
  /** the language asked for when the report fell back to English */
  fallbackFrom: string | null;
  seller: string;
  summary: SummaryOut;
  figures: (LedgerFigure & { sourceDocument: string; enteredBy: string })[];
  /** the last change to the year's figures (YYYY-MM-DD), or null when there are none */
  asOf: string | null;
}

const CSS = (locale: string) => `
${HAN_FACE}
@page { size: A4; }
* { box-sizing: border-box; }
body { font-family: ${fontStack(locale)}; font-size: 9.5pt; color: #1f2328; margin: 0; }
header { border-bottom: 2px solid #1668dc; padding-bottom: 8px; }
.seller { font-size: 13pt; font-weight: 700; }
h1 { font-size: 16pt; margin: 4px 0; color: #1668dc; }
h2 { font-size: 11pt; margin: 16px 0 4px; }
.muted, .def { color: #57606a; }
.note { background: #fff8c5; border: 1px solid #d4a72c; padding: 4px 8px; margin: 8px 0; }
table { width: 100%; border-collapse: collapse; }
th { background: #f0f4fa; font-weight: 600; font-size: 8.5pt; text-align: start; padding: 5px 4px; border-bottom: 1px solid #c9d3e0; }
td { padding: 4px; border-bottom: 1px solid #e6e9ee; vertical-align: top; }
.num { text-align: end; white-space: nowrap; }
.def { font-size: 8.5pt; }
svg text { font-family: ${fontStack(locale)}; font-size: 9px; }
`;

const KIND_LABEL: Record<LedgerFigure['kind'], keyof ReportLabels> = {
  direct_jobs: 'directJobs',
  indirect_jobs: 'indirectJobs',
  local_purchasing: 'localPurchasing',
  revenue_share: 'revenueShare',
  training_hours: 'training',
  taxes_paid: 'taxesPaid',
  community_investment: 'community',
  technology_transfer: 'technology',
};

/** The report as one self-contained HTML page: same document in, same bytes out. */
export function renderReportHtml(doc: ReportDocument): string {
  const { labels: L, locale: loc, summary: s } = doc;
  const n = (x: number) => formatNumber(x, loc, 0);
  const pct = (x: number | null) => (x === null ? L.none : `${formatNumber(x, loc, 2)} %`);
  const money = (t: MoneyTotals) => {
    if (!t.byCurrency.length) return esc(L.none);
    const parts = t.byCurrency.map((c) => esc(formatMoney(c.amountMinor, c.currency, loc)));
    const conv =
      t.unconverted.length < t.byCurrency.length &&
      (t.byCurrency.length > 1 || t.byCurrency[0]!.currency !== t.converted.currency)
        ? `<br><span class="muted">${esc(L.converted(t.converted.currency))}: ${esc(formatMoney(t.converted.amountMinor, t.converted.currency, loc))}</span>`
        : '';
    const missing = t.unconverted.length
      ? `<br><span class="muted">${esc(L.unconverted(t.unconverted.join(', ')))}</span>`
      : '';
    return parts.join('<br>') + conv + missing;
  };
  const row = (label: string, value: string, def: string) =>
    `<tr><td>${esc(label)}</td><td class="num">${value}</td><td class="def">${esc(def)}</td></tr>`;
  const jobs = s.directJobs;
  const country = new Intl.DisplayNames([loc], { type: 'region' }).of(s.country) ?? s.country;
  const rows = [
    row(
      L.directJobs,
      jobs
        ? `${esc(n(jobs.headcount))}<br>${esc(L.localNationals)}: ${esc(pct(jobs.localNationalsPercent))}<br>${esc(L.womenInManagement)}: ${esc(pct(jobs.womenInManagementPercent))}`
        : esc(L.none),
      L.directJobsDef,
    ),
    row(
      L.indirectJobs,
      s.indirectJobs
        ? `${esc(n(s.indirectJobs.jobs))}<br><span class="muted">${esc(L.method)}: ${esc(s.indirectJobs.methods.join('; '))}</span>`
        : esc(L.none),
      L.indirectJobsDef,
    ),
    row(
      L.training,
      `${esc(n(s.training.hours))} ${esc(L.hours)}${s.training.people === null ? '' : `<br>${esc(n(s.training.people))} ${esc(L.people)}`}`,
      L.trainingDef,
    ),
    row(
      L.localPurchasing,
      `${esc(L.share)}: ${esc(pct(s.localPurchasing.sharePercent))}<br>${esc(L.localSpend)}: ${money(s.localPurchasing.local)}<br>${esc(L.totalSpend)}: ${money(s.localPurchasing.total)}`,
      L.localPurchasingDef,
    ),
    row(
      L.revenueShare,
      `${esc(L.share)}: ${esc(pct(s.revenueShare.sharePercent))}<br>${money(s.revenueShare.partner)}`,
      L.revenueShareDef,
    ),
    row(L.taxesPaid, money(s.taxesPaid), L.taxesPaidDef),
    row(L.community, money(s.communityInvestment), L.communityDef),
    row(
      L.technology,
      `${money(s.technologyTransfer.spend)}${s.technologyTransfer.items.map((i) => `<br><span class="muted">${esc(i)}</span>`).join('')}`,
      L.technologyDef,
    ),
  ];
  const bars: [string, number | null][] = [
    [L.localNationals, jobs?.localNationalsPercent ?? null],
    [L.womenInManagement, jobs?.womenInManagementPercent ?? null],
    [L.localPurchasing, s.localPurchasing.sharePercent],
    [L.revenueShare, s.revenueShare.sharePercent],
  ];
  const chart = `<svg width="520" height="${bars.length * 22 + 6}" viewBox="0 0 520 ${bars.length * 22 + 6}" role="img" aria-label="${esc(L.chart)}">${bars
    .map(([label, v], i) => {
      const y = i * 22 + 4;
      const w = v === null ? 0 : Math.round(v * 2.8);
      return `<text x="0" y="${y + 12}">${esc(label)}</text><rect x="180" y="${y}" width="280" height="16" fill="#eef2f7"/><rect x="180" y="${y}" width="${w}" height="16" fill="#1668dc"/><text x="466" y="${y + 12}">${esc(pct(v))}</text>`;
    })
    .join('')}</svg>`;
  const projects = s.revenueShare.projects.length
    ? `<table><thead><tr><th>${esc(L.partner)}</th><th class="num">${esc(L.projectValue)}</th><th class="num">${esc(L.partnerShare)}</th><th class="num">${esc(L.share)}</th></tr></thead><tbody>${s.revenueShare.projects
        .map(
          (p) =>
            `<tr><td>${esc(p.partnerName)}</td><td class="num">${esc(formatMoney(p.projectValueMinor, p.currency, loc))}</td><td class="num">${esc(formatMoney(p.partnerMinor, p.currency, loc))}</td><td class="num">${esc(pct(p.sharePercent))}</td></tr>`,
        )
        .join('')}</tbody></table>`
    : '';
  const sources = doc.figures
    .map(
      (f) =>
        `<tr><td>${esc(String(L[KIND_LABEL[f.kind]]))}</td><td>${esc(formatDate(f.periodStart, loc))} – ${esc(formatDate(f.periodEnd, loc))}</td><td>${esc(f.sourceDocument)}</td><td>${esc(f.enteredBy)}</td></tr>`,
    )
    .join('');
  return `<!doctype html>
<html lang="${esc(loc)}"><head><meta charset="utf-8"><title>${esc(L.title)} — ${esc(country)} ${s.year}</title><style>${CSS(loc)}</style></head>
<body>
<header><div class="seller">${esc(doc.seller)}</div><h1>${esc(L.title)}</h1>
<div>${esc(country)} · ${esc(L.year)} ${s.year}${doc.asOf ? ` · <span class="muted">${esc(L.dataAsOf)} ${esc(formatDate(doc.asOf, loc))}</span>` : ''}</div></header>
${doc.fallbackFrom ? `<p class="note">${esc(L.fallback(doc.fallbackFrom))}</p>` : ''}
<table><thead><tr><th>${esc(L.measure)}</th><th class="num">${esc(L.value)}</th><th>${esc(L.definition)}</th></tr></thead><tbody>${rows.join('')}</tbody></table>
<h2>${esc(L.chart)}</h2>${chart}
${projects ? `<h2>${esc(L.revenueShare)}</h2>${projects}` : ''}
<h2>${esc(L.sources)}</h2>
<table><thead><tr><th>${esc(L.measure)}</th><th>${esc(L.period)}</th><th>${esc(L.source)}</th><th>${esc(L.enteredBy)}</th></tr></thead><tbody>${sources}</tbody></table>
<p class="muted">${esc(L.commitments)}</p>
</body></html>`;
}
