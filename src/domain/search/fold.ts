/**
 * Folding shared by the index and the query, so both sides meet on the same text:
 * - Latin: case, accents, ß/ss and ligatures (`Müller`, `MUELLER`… see `fold`);
 * - Arabic and Persian: diacritics and tatweel dropped, alef/hamza forms, teh marbuta/heh,
 *   alef maqsura/yeh and the Persian kaf and yeh folded to one letter each;
 * - width (full-width Latin, half-width kana) through NFKD.
 */
const ARABIC: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ٲ: 'ا',
  ٳ: 'ا',
  ة: 'ه',
  ۀ: 'ه',
  ە: 'ه',
  ى: 'ي',
  ی: 'ي',
  ې: 'ي',
  ئ: 'ي',
  ک: 'ك',
  ؤ: 'و',
  ـ: '', // tatweel: stretches a word, carries no letter
};
const LATIN: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ı: 'i' };
const ARABIC_RE = /[أإآٱٲٳةۀەىیېئکؤـ]/g;

/** One character (or a short run) folded on its own; `' '` for anything that is not a letter. */
export function foldText(text: string): string {
  return (
    text
      .normalize('NFKD')
      // й, ї and ў are letters of their own in Cyrillic, not и, і and у with a mark.
      .replace(/[иИіІуУ][\u0306\u0308]/g, (m) => m.normalize('NFC'))
      .replace(/\p{M}+/gu, '')
      .replace(ARABIC_RE, (c) => ARABIC[c] ?? c)
      .toLowerCase()
      .replace(/[ßæœøłđı]/g, (c) => LATIN[c] ?? c)
  );
}

/** Folded words of a text, separated by single spaces; `@ . +` stay (emails, domains, phones). */
export function fold(text: string): string {
  return foldText(text)
    .replace(/[^\p{L}\p{N}@.+]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The folded text without spaces: how a whole name is compared. */
export function compact(folded: string): string {
  return folded.replace(/[\s.]+/g, '');
}
