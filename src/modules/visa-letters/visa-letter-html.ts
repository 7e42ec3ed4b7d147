import { formatDate } from '../../domain/sales/quote-format.ts';
import {
  fill,
  isRtlLanguage,
  VISA_LETTER_TEXT,
  type VisaLetterText,
} from '../../domain/customer-events/visa-letter-text.ts';
import { esc, escLines, fontStack, HAN_FACE } from '../pdf/document-style.ts';

/** Everything a visa invitation letter prints, already resolved. */
export interface VisaLetterDocument {
  /** the invitee's language first, then English (English alone for an English speaker) */
  languages: string[];
  /** the letter's date, YYYY-MM-DD */
  date: string;
  host: { name: string; letterhead: string };
  guest: {
    fullName: string;
    nationality: string;
    passportNumber: string;
    dateOfBirth: string;
    issueDate: string;
    expiryDate: string;
    gender: 'F' | 'M' | 'X' | null;
    company: string;
  };
  visit: {
    /** the visit's first and last day on the venue's clock */
    from: string;
    to: string;
    venue: string | null;
    /** the country visited (the embassy's), ISO alpha-2 */
    country: string | null;
  };
  contact: { name: string; email: string } | null;
  /** the event title in a language (else English, else any) */
  titleIn(language: string): string;
}

const CSS = (language: string) => `
${HAN_FACE}
@page { size: A4; }
* { box-sizing: border-box; }
body { font-family: ${fontStack(language)}; font-size: 10.5pt; color: #1f2328; margin: 0; }
section.letter + section.letter { break-before: page; }
header { border-bottom: 2px solid #1668dc; padding-bottom: 8px; margin-bottom: 14px; }
.host { font-size: 14pt; font-weight: 700; }
.letterhead { color: #57606a; font-size: 8.5pt; margin-top: 2px; }
h1 { font-size: 16pt; color: #1668dc; text-align: center; margin: 10px 0 14px; }
.date { text-align: end; }
p { line-height: 1.5; margin: 8px 0; }
table.data { border-collapse: collapse; margin: 8px 0 8px; width: 100%; }
.data td { padding: 3px 6px; border-bottom: 1px solid #e6e9ee; vertical-align: top; }
.data td:first-child { color: #57606a; width: 38%; }
.sign { margin-top: 28px; }
.sign .line { margin-top: 36px; border-top: 1px solid #1f2328; width: 55%; padding-top: 3px; color: #57606a; font-size: 9pt; }
`;

function section(doc: VisaLetterDocument, language: string): string {
  const T: VisaLetterText = VISA_LETTER_TEXT[language] ?? VISA_LETTER_TEXT.en!;
  const country = (code: string) =>
    new Intl.DisplayNames([language], { type: 'region' }).of(code) ?? code;
  const date = (d: string) => formatDate(d, language);
  // Names stay as written (bdi keeps a Latin name whole inside Arabic text).
  const values = {
    host: `<bdi>${esc(doc.host.name)}</bdi>`,
    name: `<bdi>${esc(doc.guest.fullName)}</bdi>`,
    country: doc.visit.country ? esc(country(doc.visit.country)) : '',
    event: `<bdi>${esc(doc.titleIn(language))}</bdi>`,
  };
  const rows: [string, string][] = [
    [T.fullName, values.name],
    [T.nationality, esc(country(doc.guest.nationality))],
    [T.dateOfBirth, date(doc.guest.dateOfBirth)],
    ...(doc.guest.gender ? [[T.gender, T.genders[doc.guest.gender]] as [string, string]] : []),
    [T.passportNumber, `<bdi>${esc(doc.guest.passportNumber)}</bdi>`],
    [T.issueDate, date(doc.guest.issueDate)],
    [T.expiryDate, date(doc.guest.expiryDate)],
    [T.company, `<bdi>${esc(doc.guest.company)}</bdi>`],
  ];
  const visit: [string, string][] = [
    [T.purpose, fill(esc(T.businessVisit), values)],
    [T.dates, `${date(doc.visit.from)} – ${date(doc.visit.to)}`],
    ...(doc.visit.venue
      ? [[T.place, `<bdi>${escLines(doc.visit.venue)}</bdi>`] as [string, string]]
      : []),
  ];
  const table = (r: [string, string][]) =>
    `<table class="data">${r.map(([k, v]) => `<tr><td>${esc(k)}</td><td>${v}</td></tr>`).join('')}</table>`;
  return `<section class="letter" lang="${esc(language)}" dir="${isRtlLanguage(language) ? 'rtl' : 'ltr'}">
<header><div class="host"><bdi>${esc(doc.host.name)}</bdi></div><div class="letterhead" dir="auto">${escLines(doc.host.letterhead)}</div></header>
<div class="date">${esc(T.date)}: ${date(doc.date)}</div>
<h1>${esc(T.title)}</h1>
${doc.visit.country ? `<p>${fill(esc(T.to), values)}</p>` : ''}
<p>${fill(esc(T.intro), values)}</p>
${table(rows)}
${table(visit)}
<p>${fill(esc(T.guarantee), values)}</p>
${doc.contact ? `<p>${esc(T.contact)}: <bdi>${esc(doc.contact.name)}</bdi>, <bdi>${esc(doc.contact.email)}</bdi></p>` : ''}
<div class="sign"><div>${esc(T.closing)}</div><div><bdi>${esc(doc.host.name)}</bdi></div><div class="line">${esc(T.signature)}</div></div>
</section>`;
}

/** The letter as one self-contained HTML page: the invitee's language, then English on its own page. */
export function renderVisaLetterHtml(doc: VisaLetterDocument): string {
  const first = doc.languages[0] ?? 'en';
  return `<!doctype html>
<html lang="${esc(first)}">
<head><meta charset="utf-8"><title>${esc(VISA_LETTER_TEXT.en!.title)}</title><style>${CSS(first)}</style></head>
<body>
${doc.languages.map((l) => section(doc, l)).join('\n')}
</body>
</html>`;
}
