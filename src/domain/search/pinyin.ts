import { pinyin } from 'pinyin-pro';

/**
 * The toneless pinyin syllable of each character of a run of Chinese characters.
 *
 * Polyphonic characters take the reading pinyin-pro chooses from the words around them
 * (重庆 chóngqìng, 银行 yínháng, 长沙 chángshā): one reading per character, the one a Chinese
 * user types. A name whose reading the dictionary gets wrong is still found by its characters
 * and by the other readings' neighbours; ü is typed both as `u` and `v`, so both are indexed.
 */
export function syllables(run: string): string[] {
  let out = cache.get(run);
  if (!out) {
    out = pinyin(run, { toneType: 'none', type: 'array' }).map((s) => s.toLowerCase());
    // Names repeat (imports, lists, highlighting): a small bounded cache spares the dictionary.
    if (cache.size >= 10_000) cache.clear();
    cache.set(run, out);
  }
  return out;
}

const cache = new Map<string, string[]>();

/** `lü` as users type it: `lu` and `lv`. */
export function umlautVariants(joined: string): string[] {
  return joined.includes('ü') ? [joined.replace(/ü/g, 'u'), joined.replace(/ü/g, 'v')] : [joined];
}
