/**
 * What every printed document (quotes, loyalty statements, visa letters) shares: escaping, and the fonts by
 * script that keep a PDF fast and free of empty boxes whatever languages it mixes.
 */

export const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
/** Escaped, with its line breaks kept. */
export const escLines = (s: string): string => esc(s).replace(/\r?\n/g, '<br>');

const HAN = '"Quote Han"';
/**
 * Droid Sans Fallback (Debian's fonts-droid-fallback) as one face for every weight. It has no
 * bold: a bold it had to synthesise would print as one slow Type 3 font per glyph, so bold Han
 * prints at regular weight (headings keep their size and colour). One face also means one subset
 * per PDF instead of one per weight.
 */
export const HAN_FACE = `@font-face { font-family: ${HAN}; src: local("Droid Sans Fallback"), local("DroidSansFallback"); font-weight: 100 900; }`;

/**
 * Fonts by script, all TrueType so Chromium embeds them as subsets (fast, small): Latin and
 * Cyrillic from Noto Sans, the minus sign (U+2212, missing from Debian's Noto Sans) from Noto Sans
 * Math, Han, kana and fullwidth punctuation from Droid Sans Fallback, Arabic from Noto Sans
 * Arabic. Noto Sans CJK stays in the stack for characters Droid lacks, and comes first for ja
 * (its Japanese glyph forms): its CFF outlines print as Type 3 glyphs, 2–5× slower (see
 * docs/performance.md). Chromium falls back per character, so an Arabic name on a Chinese PI
 * takes the Arabic face.
 */
export function fontStack(language: string): string {
  const cjk = language.startsWith('ja')
    ? `"Noto Sans CJK JP", ${HAN}, "Noto Sans CJK SC"`
    : `${HAN}, "Noto Sans CJK SC", "Noto Sans CJK JP"`;
  const latin = '"Noto Sans", "Noto Sans Math"';
  const arabic = '"Noto Sans Arabic", "Noto Naskh Arabic"';
  return language.startsWith('ar')
    ? `${arabic}, ${latin}, ${cjk}, sans-serif`
    : `${latin}, ${cjk}, ${arabic}, sans-serif`;
}
