import { legalFormTailStart } from './identity/company-key.ts';

/**
 * Search folds case, accents and width so `mueller`, `Müller` and `MÜLLER` meet, and indexes
 * every word-start suffix of a name so a prefix of any word (or of several words) matches.
 */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/[æ]/g, 'ae')
    .replace(/[ø]/g, 'o')
    .replace(/[ł]/g, 'l')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}@.+]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const MAX_TERM = 64;
const clip = (s: string) => s.slice(0, MAX_TERM);

function wordSuffixes(text: string | null | undefined, company = false): string[] {
  if (!text) return [];
  const folded = fold(text);
  if (!folded) return [];
  const words = folded.split(' ');
  // "gmbh", "ltd" or "de c v" alone would find every company of that form: a company name is
  // indexed from each word up to its legal form, and in full.
  const starts = company
    ? legalFormTailStart(words.map((w) => w.replace(/\./g, '') || w))
    : words.length;
  return words.slice(0, Math.max(1, starts)).map((_, i) => clip(words.slice(i).join(' ')));
}

export interface SearchableCustomer {
  name: string;
  nativeName?: string | null;
  domain?: string | null;
}

export interface SearchableContact {
  firstName: string;
  lastName?: string | null;
  nativeName?: string | null;
  emails: string[];
  phones: string[];
}

export function customerTerms(c: SearchableCustomer, contacts: SearchableContact[]): string[] {
  const terms = new Set<string>();
  for (const t of wordSuffixes(c.name, true)) terms.add(t);
  for (const t of wordSuffixes(c.nativeName, true)) terms.add(t);
  if (c.domain) {
    terms.add(clip(c.domain.toLowerCase()));
    terms.add(clip(fold(c.domain)));
  }
  for (const p of contacts) {
    for (const t of wordSuffixes([p.firstName, p.lastName].filter(Boolean).join(' '))) terms.add(t);
    for (const t of wordSuffixes(p.nativeName)) terms.add(t);
    for (const e of p.emails) {
      const email = e.toLowerCase();
      terms.add(clip(email));
      const at = email.indexOf('@');
      if (at > 0) terms.add(clip(email.slice(at + 1)));
    }
    for (const ph of p.phones) for (const d of phoneTerms(ph)) terms.add(d);
  }
  terms.delete('');
  return [...terms];
}

/** `+5511912345678` is found by `+55 11 9123`, `5511 9123` and by the national `11 91234`. */
function phoneTerms(e164: string): string[] {
  const digits = e164.replace(/\D/g, '');
  const out = [digits];
  for (let cc = 1; cc <= 3 && cc < digits.length; cc++) out.push(digits.slice(cc));
  return out;
}

/** The query side of the same folding. Phone-like queries become digits. */
export function queryTerm(q: string): string {
  const trimmed = q.trim();
  if (/^[+\d][\d\s\-().]*$/.test(trimmed) && /\d{3}/.test(trimmed.replace(/\D/g, ''))) {
    return trimmed.replace(/\D/g, '');
  }
  if (trimmed.includes('@') || /^[\w-]+(\.[\w-]+)+$/.test(trimmed))
    return clip(trimmed.toLowerCase());
  return clip(fold(trimmed));
}
