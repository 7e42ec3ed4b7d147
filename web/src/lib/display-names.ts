const cache = new Map<string, Intl.DisplayNames>();

/**
 * A country, language or currency named in the reader's language from CLDR (`DE` → 德国, `de` →
 * 德语, `EUR` → 欧元); the code itself when the engine has no name for it.
 */
export function displayName(
  type: 'region' | 'language' | 'currency',
  code: string,
  locale: string,
): string {
  try {
    const key = `${type}|${locale}`;
    let names = cache.get(key);
    if (!names) {
      names = new Intl.DisplayNames([locale], { type });
      cache.set(key, names);
    }
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
