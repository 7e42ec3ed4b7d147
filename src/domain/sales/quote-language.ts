import { labelLanguage } from './quote-labels/index.ts';

/**
 * Which language a quote is printed in, as a locale tag that also decides how numbers, dates and
 * money are written. The language is the primary contact's preferred one, else the main language
 * of the customer's country (CLDR: Brazil → pt, Kazakhstan → ru), else English — the first of
 * these we have labels for.
 *
 * The region comes from the customer's country when that is the country's own language, so CLDR
 * writes the figures as the buyer's country does: `pt-BR` (R$ 1.234,50), `de-DE` (1.234,50 €),
 * `ar-SA` and `ar-EG` with Arabic-Indic digits (١٬٢٣٤٫٥٠) but `ar-AE` and `ar-MA` with Latin ones,
 * as those countries write them. English to a German buyer stays plain `en`.
 */
export function chooseQuoteLanguage(opts: {
  contactLanguage?: string | null;
  country: string;
}): string {
  const main = mainLanguageOf(opts.country);
  for (const candidate of [opts.contactLanguage, main, 'en']) {
    if (candidate && labelLanguage(candidate)) return localeFor(candidate, opts.country);
  }
  return 'en';
}

/** A tag as given when it names its region; else the language with the customer's country. */
export function localeFor(tag: string, country: string): string {
  const canonical = canonicalTag(tag);
  if (!canonical) return 'en';
  const locale = new Intl.Locale(canonical);
  if (locale.region) return canonical;
  if (locale.language === 'zh') return 'zh-CN';
  if (mainLanguageOf(country) === locale.language)
    return canonicalTag(`${locale.language}-${country}`) ?? canonical;
  return canonical;
}

export function canonicalTag(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

function mainLanguageOf(country: string): string | undefined {
  try {
    return new Intl.Locale(`und-${country}`).maximize().language;
  } catch {
    return undefined;
  }
}
