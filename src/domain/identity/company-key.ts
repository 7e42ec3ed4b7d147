/**
 * A match key for company names: case, accents, German umlaut spellings and Cyrillic folded,
 * punctuation dropped and legal forms removed, so `Müller Maschinenbau GmbH`,
 * `MUELLER MASCHINENBAU` and `Muller Maschinenbau GmbH & Co. KG` share the key
 * `muller maschinenbau`. Used with the country: the same key in two countries is two companies.
 */

// Whole-word legal forms, as folded tokens. Multi-word forms are listed as token sequences.
const LEGAL_WORDS: string[][] = [
  ['gmbh', 'co', 'kg'],
  ['gmbh', 'co'],
  ['gmbh'],
  ['mbh'],
  ['ag'],
  ['kg'],
  ['ohg'],
  ['ug'],
  ['e', 'k'],
  ['s', 'a', 'de', 'c', 'v'],
  ['s', 'de', 'r', 'l', 'de', 'c', 'v'],
  ['s', 'de', 'r', 'l'],
  ['sa', 'de', 'cv'],
  ['ltd'],
  ['limited'],
  ['llc'],
  ['llp'],
  ['lp'],
  ['inc'],
  ['incorporated'],
  ['corp'],
  ['corporation'],
  ['co'],
  ['company'],
  ['plc'],
  ['pty', 'ltd'],
  ['pty'],
  ['pvt', 'ltd'],
  ['pvt'],
  ['private', 'limited'],
  ['s', 'a'],
  ['sa'],
  ['s', 'l'],
  ['sl'],
  ['s', 'r', 'l'],
  ['srl'],
  ['s', 'p', 'a'],
  ['spa'],
  ['sarl'],
  ['sas'],
  ['eireli'],
  ['ltda'],
  ['lda'],
  ['bv'],
  ['nv'],
  ['oy'],
  ['ab'],
  ['as'],
  ['a', 's'],
  ['aps'],
  ['sp', 'z', 'o', 'o'],
  ['spzoo'],
  ['s', 'r', 'o'],
  ['sro'],
  ['ltd', 'sti'],
  ['sti'],
  ['pt'],
  ['tbk'],
  ['cv'],
  ['sdn', 'bhd'],
  ['bhd'],
  ['jsc'],
  ['ojsc'],
  ['pjsc'],
  ['ooo'],
  ['oao'],
  ['zao'],
  ['pao'],
  ['ao'],
  ['too'],
  ['tov'],
  ['osoo'],
  ['fze'],
  ['fzco'],
  ['fz', 'llc'],
  ['wll'],
  ['spc'],
  ['s', 'a', 'e'],
  ['sae'],
  ['co', 'ltd'],
  ['kk'],
  ['gk'],
  ['tnhh'],
  ['cong', 'ty', 'tnhh'],
  ['cong', 'ty', 'co', 'phan'],
  ['cong', 'ty'],
  ['co', 'phan'],
];

// Legal forms written without spaces in CJK, Thai and Arabic names: removed as substrings.
const LEGAL_SUBSTRINGS = [
  '股份有限公司',
  '有限责任公司',
  '有限公司',
  '株式会社',
  '有限会社',
  '合同会社',
  '주식회사',
  '유한회사',
  '(주)',
  '㈜',
  'บริษัท',
  'จำกัด',
  'มหาชน',
  'ذ.م.م',
  'ش.م.م',
  'م.م.ح',
  'المحدودة',
  'ش.م.ع',
];

const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ғ: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  і: 'i',
  к: 'k',
  қ: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  ң: 'n',
  о: 'o',
  ө: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ұ: 'u',
  ү: 'u',
  ф: 'f',
  х: 'kh',
  һ: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ә: 'a',
  ю: 'yu',
  я: 'ya',
};

const FIRST_WORDS = new Set(LEGAL_WORDS.map((f) => f[0]));
const LAST_WORDS = new Set(LEGAL_WORDS.map((f) => f[f.length - 1]));
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

function fold(text: string): string {
  // Most names in an import are plain ASCII: nothing to compose, transliterate or strip.
  const s = PRINTABLE_ASCII.test(text) ? text.toLowerCase() : foldUnicode(text);
  // German spellings without umlauts: Mueller = Müller = Muller.
  return s
    .replace(/([bcdfghjklmnpqrstvwxz])(a|o|u)e/g, '$1$2')
    .replace(/&/g, ' ')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .trim();
}

function foldUnicode(text: string): string {
  // Legal forms first, in composed form: NFKC would split Thai ำ and miss จำกัด.
  let s = text.normalize('NFC');
  for (const sub of LEGAL_SUBSTRINGS) s = s.split(sub).join(' ');
  s = s.normalize('NFKC').toLowerCase();
  s = s.replace(/[\u0400-\u04ff]/g, (c) => CYRILLIC[c] ?? c);
  s = s
    .replace(/ß/g, 'ss')
    .replace(/æ/g, 'ae')
    .replace(/œ/g, 'oe')
    .replace(/ø/g, 'o')
    .replace(/ł/g, 'l')
    .replace(/đ/g, 'd')
    .replace(/ı/g, 'i');
  // Accents go only from Latin letters; Thai, Arabic or Hangul marks are part of the word.
  return s
    .normalize('NFKD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC');
}

function formAt(tokens: string[], i: number): number {
  if (!FIRST_WORDS.has(tokens[i] ?? '')) return 0;
  let best = 0;
  for (const f of LEGAL_WORDS) {
    if (f.length > best && f.every((w, k) => tokens[i + k] === w)) best = f.length;
  }
  return best;
}

function formEndingAt(tokens: string[], end: number): number {
  if (!LAST_WORDS.has(tokens[end - 1] ?? '')) return 0;
  let best = 0;
  for (const f of LEGAL_WORDS) {
    const start = end - f.length;
    if (start >= 0 && f.length > best && f.every((w, k) => tokens[start + k] === w))
      best = f.length;
  }
  return best;
}

/**
 * Legal forms sit at the start (PT, Công ty TNHH, ООО) or the end (GmbH & Co. KG, S.A. de C.V.);
 * only there are they dropped, so a word like "as" inside a name survives. A name that is
 * nothing but a legal form stays as it is.
 */
function dropLegalForms(tokens: string[]): string[] {
  const [start, end] = legalFormSpan(tokens);
  return tokens.slice(start, end);
}

/** The [start, end) of a name's folded tokens left once leading and trailing legal forms go. */
export function legalFormSpan(tokens: string[]): [number, number] {
  let start = 0;
  let end = tokens.length;
  for (let changed = true; changed;) {
    changed = false;
    const tail = formEndingAt(tokens.slice(0, end), end);
    if (tail && end - tail > start) {
      end -= tail;
      changed = true;
    }
    const head = formAt(tokens.slice(0, end), start);
    if (head && start + head < end) {
      start += head;
      changed = true;
    }
  }
  return [start, end];
}

/** Legal forms written without spaces (有限公司, 株式会社, ذ.م.م) replaced by a space. */
export function stripLegalSubstrings(text: string): string {
  let s = text.normalize('NFC');
  for (const sub of LEGAL_SUBSTRINGS) if (s.includes(sub)) s = s.split(sub).join(' ');
  return s;
}

/**
 * Where a trailing legal form starts in a name's tokens (`nord sol gmbh & co kg` → 2), or the
 * token count when there is none. The first token is never part of it.
 */
export function legalFormTailStart(tokens: string[]): number {
  let end = tokens.length;
  for (;;) {
    const tail = formEndingAt(tokens.slice(0, end), end);
    if (!tail || end - tail < 1) return end;
    end -= tail;
  }
}

export function companyKey(name: string): string {
  const tokens = fold(name).split(' ').filter(Boolean);
  return dropLegalForms(tokens).join(' ');
}
