/**
 * Matching feed items on the company's and its brands' names, in every script they are written
 * in (Latin, Chinese, Japanese, Cyrillic, Arabic, …). Pure: the names are compiled once, then each
 * item's text is folded the same way and searched.
 *
 * Folding: Unicode NFKC (full-width Ｈａｉｅｒ → Haier), lower case (Latin, Cyrillic, Greek),
 * combining marks removed (é → e, й → и, Arabic short vowels and tatweel), Arabic letter variants
 * joined (أ إ آ → ا, ى → ي, ة → ه), Cyrillic ё → е, and runs of anything that is not a letter or
 * digit read as one space.
 *
 * Boundaries: a name that starts (ends) with a letter of a script written with spaces must start
 * (end) at a word edge, so "Sany" does not match "Sanya". Chinese and Japanese are written without
 * spaces, so a name starting or ending in Han, Hiragana or Katakana matches inside a run of text.
 * Arabic attaches the one-letter proclitics و ف ب ل ك (and, so, with, for, like) to the next word:
 * one of them before a name still counts as a word edge.
 */

export interface WatchName {
  name: string;
  kind?: string;
}

export interface CompiledName {
  name: string;
  folded: string;
  /** the name must start at a word edge */
  leftEdge: boolean;
  /** the name must end at a word edge */
  rightEdge: boolean;
}

const ARABIC_VARIANTS: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ى: 'ي',
  ة: 'ه',
  ـ: '',
  ё: 'е',
};
const VARIANT_RE = /[أإآٱىةـё]/g;
const MARKS_RE = /\p{M}+/gu;
const SEPARATORS_RE = /[^\p{L}\p{N}]+/gu;
const NO_SPACE_SCRIPT_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const WORD_CHAR_RE = /[\p{L}\p{N}]/u;
const ARABIC_PROCLITICS = new Set(['و', 'ف', 'ب', 'ل', 'ك']);

/** The text as names are searched in it (see the module comment). */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(MARKS_RE, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(VARIANT_RE, (c) => ARABIC_VARIANTS[c] ?? c)
    .replace(SEPARATORS_RE, ' ')
    .trim();
}

export function compileNames(names: readonly WatchName[]): CompiledName[] {
  const out: CompiledName[] = [];
  const seen = new Set<string>();
  for (const n of names) {
    const folded = fold(n.name);
    if (!folded || seen.has(folded)) continue;
    seen.add(folded);
    out.push({
      name: n.name,
      folded,
      leftEdge: !NO_SPACE_SCRIPT_RE.test(folded[0]!),
      rightEdge: !NO_SPACE_SCRIPT_RE.test(folded.at(-1)!),
    });
  }
  return out;
}

const isWordChar = (c: string | undefined) => c !== undefined && WORD_CHAR_RE.test(c);

function leftOk(text: string, at: number): boolean {
  const before = text[at - 1];
  if (!isWordChar(before)) return true;
  // one Arabic proclitic glued to the name, itself at a word edge
  return ARABIC_PROCLITICS.has(before!) && !isWordChar(text[at - 2]);
}

/** Does the folded text contain the name with the edges it needs? */
function occurs(text: string, n: CompiledName): boolean {
  let from = 0;
  for (;;) {
    const at = text.indexOf(n.folded, from);
    if (at < 0) return false;
    const end = at + n.folded.length;
    if ((!n.leftEdge || leftOk(text, at)) && (!n.rightEdge || !isWordChar(text[end]))) return true;
    from = at + 1;
  }
}

/** The names (as configured) an item's text mentions, in the order they were configured. */
export function matchNames(text: string, names: readonly CompiledName[]): string[] {
  const folded = fold(text);
  const hits: string[] = [];
  for (const n of names) if (occurs(folded, n)) hits.push(n.name);
  return hits;
}
