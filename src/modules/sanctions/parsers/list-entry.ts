import { countryCodeOf } from '../../../domain/identity/country-name.ts';

/** One entry as read from a list file, before it is stored. */
export interface ParsedEntry {
  /** The list's own identifier of the entry (OFAC uid, EU logicalId, UN reference). */
  ref: string;
  kind: 'person' | 'entity' | 'vessel' | 'aircraft' | 'other';
  /** Primary name first, then aliases and original-script spellings, without repeats. */
  names: string[];
  /** ISO 3166-1 alpha-2 codes of nationalities, citizenships and addresses. */
  countries: string[];
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, as precise as the list says. */
  birthDates: string[];
  programs: string[];
}

export interface ParsedList {
  /** The publication date the file states (YYYY-MM-DD), or null. */
  publishedAt: string | null;
  entries: ParsedEntry[];
}

export function emptyEntry(ref: string, kind: ParsedEntry['kind'] = 'other'): ParsedEntry {
  return { ref, kind, names: [], countries: [], birthDates: [], programs: [] };
}

export function addName(e: ParsedEntry, ...parts: (string | undefined | null)[]) {
  const name = parts
    .filter((p) => p && p.trim())
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (name && !e.names.includes(name)) e.names.push(name);
}

export function addCountry(e: ParsedEntry, text: string | undefined | null) {
  if (!text) return;
  const code = /^[A-Z]{2}$/.test(text) ? text : countryCodeOf(text);
  if (code && !e.countries.includes(code)) e.countries.push(code);
}

export function addBirthDate(e: ParsedEntry, text: string | undefined | null) {
  const d = text ? parseListDate(text) : null;
  if (d && !e.birthDates.includes(d)) e.birthDates.push(d);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Dates as the lists write them: `1967-01-13`, `13 Jan 1967`, `Jan 1967`, `1967`,
 * `circa 1960`, `01/13/1967` (OFAC's publication date is month first).
 */
export function parseListDate(text: string): string | null {
  const t = text
    .trim()
    .toLowerCase()
    .replace(/^circa\s+/, '');
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(t);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (m) return `${m[3]}-${pad(+m[1]!)}-${pad(+m[2]!)}`;
  m = /^(\d{1,2}) ([a-z]{3})[a-z]* (\d{4})$/.exec(t);
  if (m && MONTHS.includes(m[2]!))
    return `${m[3]}-${pad(MONTHS.indexOf(m[2]!) + 1)}-${pad(+m[1]!)}`;
  m = /^([a-z]{3})[a-z]* (\d{4})$/.exec(t);
  if (m && MONTHS.includes(m[1]!)) return `${m[2]}-${pad(MONTHS.indexOf(m[1]!) + 1)}`;
  m = /^(\d{4})$/.exec(t);
  return m ? m[1]! : null;
}
