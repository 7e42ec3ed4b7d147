import { compact, fold } from './fold.ts';
import { syllables, umlautVariants } from './pinyin.ts';
import { bigrams, dictionaryWords, HAN, KANA } from './scripts.ts';
import { arabicSkeleton, romanize } from './transliterate.ts';

/**
 * The tokens a record is found by. One token per entry, never containing a space; kinds other
 * than plain words carry a one-character prefix that folded text cannot contain, so one index
 * holds them all and a query says which kind it wants:
 *
 * | prefix | kind | from | matched by |
 * | --- | --- | --- | --- |
 * | `=` | whole name, spaces removed | record names | exact name, then name prefix |
 * | (none) | word | names, emails, domains, phone digits | word prefix |
 * | `~` | two neighbouring CJK characters | Chinese, Japanese, Korean names | any substring |
 * | `^` | pinyin from each character on | Chinese names | full pinyin, with or without spaces |
 * | `!` | pinyin initials from each character on | Chinese names | initials (`sw` finds 水务) |
 * | `%` | Latin transliteration of a word | Cyrillic and Greek names | transliteration |
 * | `&` | consonant skeleton of a word | Arabic, Persian and Hebrew names | transliteration |
 * | `#` | the record's owner | the owner's id | scope: a rep's search reads only their records' matches |
 *
 * The owner token only narrows what the index returns; whether a caller may see a record is still
 * decided on the record itself.
 */
export const KIND = {
  name: '=',
  bigram: '~',
  pinyin: '^',
  initials: '!',
  roman: '%',
  skeleton: '&',
  owner: '#',
} as const;

/** The token that names a record's owner. */
export const ownerToken = (ownerId: string) => KIND.owner + ownerId;

export const MAX_TOKEN = 48;
const clip = (s: string) => s.slice(0, MAX_TOKEN);

/** The Arabic article ال does not belong to the word it precedes (الفطيم is found by فطيم). */
export function withoutArticle(word: string): string | undefined {
  return word.length > 3 && word.startsWith('ال') ? word.slice(2) : undefined;
}

/** Adds the tokens of one name; `whole` adds the whole-name token too (record names only). */
export function addNameTokens(out: Set<string>, text: string | null | undefined, whole: boolean) {
  if (!text) return;
  const folded = fold(text);
  if (!folded) return;
  if (whole) out.add(KIND.name + clip(compact(folded)));
  for (const word of folded.split(' ')) {
    for (const w of dictionaryWords(word)) {
      out.add(clip(w));
      const bare = withoutArticle(w);
      if (bare) out.add(clip(bare));
      const roman = romanize(w);
      if (roman) out.add(KIND.roman + clip(roman));
      const skeleton = arabicSkeleton(bare ?? w);
      if (skeleton) out.add(KIND.skeleton + clip(skeleton));
    }
    for (const b of bigrams(word)) out.add(KIND.bigram + b);
  }
  if (HAN.test(folded) && !KANA.test(folded)) addPinyin(out, folded);
}

/** Pinyin and initials from every character of each run of Chinese characters onwards. */
function addPinyin(out: Set<string>, folded: string) {
  for (const run of folded.match(/\p{Script=Han}+/gu) ?? []) {
    const syl = syllables(run);
    for (let i = 0; i < syl.length; i++) {
      const rest = syl.slice(i);
      for (const v of umlautVariants(rest.join(''))) out.add(KIND.pinyin + clip(v));
      out.add(KIND.initials + clip(rest.map((s) => s[0]).join('')));
    }
  }
}

/** `+5511912345678` is found by `+55 11 9123`, `5511 9123` and by the national `11 91234`. */
export function phoneTokens(e164: string): string[] {
  const digits = e164.replace(/\D/g, '');
  const out = [digits];
  for (let cc = 1; cc <= 3 && cc < digits.length; cc++) out.push(digits.slice(cc));
  return out;
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

/** Every token a customer is found by: its names, domain and its contacts' names and details. */
export function customerTokens(c: SearchableCustomer, contacts: SearchableContact[]): string[] {
  const out = new Set<string>();
  addNameTokens(out, c.name, true);
  addNameTokens(out, c.nativeName, true);
  if (c.domain) {
    out.add(clip(c.domain.toLowerCase()));
    out.add(clip(fold(c.domain)));
  }
  for (const p of contacts) {
    addNameTokens(out, [p.firstName, p.lastName].filter(Boolean).join(' '), false);
    addNameTokens(out, p.nativeName, false);
    for (const e of p.emails) {
      const email = e.toLowerCase();
      out.add(clip(email));
      const at = email.indexOf('@');
      if (at > 0) out.add(clip(email.slice(at + 1)));
    }
    for (const ph of p.phones) for (const d of phoneTokens(ph)) out.add(d);
  }
  out.delete('');
  for (const t of out) if (t.length === 1 && t in REVERSE_KIND) out.delete(t);
  return [...out];
}

const REVERSE_KIND = Object.fromEntries(Object.values(KIND).map((k) => [k, true]));
