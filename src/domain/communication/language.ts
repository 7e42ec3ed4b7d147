import { canonicalTag, localeFor } from '../sales/quote-language.ts';

/** Why a variant was chosen: whose language it was, and how the tag matched a variant. */
export interface LanguageReason {
  /** contact: their preferred language; country: the main language of the customer's country; default: the workspace's */
  basis: 'contact' | 'country' | 'default';
  /** the tag asked for at that step, e.g. `pt-BR` */
  requested: string;
  /** exact: the same tag; variant: same language and script, another or no region (pt-BR → pt) */
  match: 'exact' | 'variant';
  /** earlier steps that found no variant, e.g. a contact asking for `fr` when only en/de exist */
  skipped: { basis: 'contact' | 'country'; requested: string }[];
}

export interface LanguageChoice {
  /** the variant's tag as stored */
  language: string;
  /** the locale dates, numbers and money are written in (the requested tag with the recipient's region) */
  locale: string;
  reason: LanguageReason;
}

export interface LanguageInput {
  /** the tags of the template's variants */
  available: string[];
  contactLanguage?: string | null;
  /** ISO 3166-1 alpha-2 of the customer */
  country: string;
  workspaceDefault: string;
}

function maximized(tag: string): Intl.Locale | undefined {
  const canonical = canonicalTag(tag);
  if (!canonical) return undefined;
  try {
    return new Intl.Locale(canonical).maximize();
  } catch {
    return undefined;
  }
}

/**
 * The variant that serves a requested tag, best first: the same tag; the same language, script
 * and region once both are maximized (zh-CN = zh-Hans = zh); the bare language (pt for pt-BR);
 * the same language and script in another region (pt-PT for pt-BR). Never across scripts:
 * zh-TW (Hant) is not served by zh-Hans.
 */
export function matchVariant(
  requested: string,
  available: string[],
): { language: string; match: 'exact' | 'variant' } | undefined {
  const want = canonicalTag(requested);
  const wantMax = maximized(requested);
  if (!want || !wantMax) return undefined;
  const ranked: { language: string; rank: number }[] = [];
  for (const language of available) {
    const tag = canonicalTag(language);
    const max = maximized(language);
    if (!tag || !max || max.language !== wantMax.language || max.script !== wantMax.script)
      continue;
    const bare = new Intl.Locale(tag).region === undefined;
    const rank =
      tag.toLowerCase() === want.toLowerCase()
        ? 0
        : max.region === wantMax.region
          ? 1
          : bare
            ? 2
            : 3;
    ranked.push({ language, rank });
  }
  ranked.sort((a, b) => a.rank - b.rank || a.language.localeCompare(b.language));
  const best = ranked[0];
  return best
    ? { language: best.language, match: best.rank === 0 ? 'exact' : 'variant' }
    : undefined;
}

/** The country's main language, with its script where it is not the language's usual one (CLDR likely subtags: BR → pt, SA → ar, KZ → ru, TW → zh-Hant). */
export function countryLanguage(country: string): string | undefined {
  try {
    const max = new Intl.Locale(`und-${country}`).maximize();
    const usual = new Intl.Locale(max.language).maximize().script;
    return max.script === usual ? max.language : `${max.language}-${max.script}`;
  } catch {
    return undefined;
  }
}

/**
 * Which variant a recipient gets: the contact's preferred language, then the main language of
 * the customer's country, then the workspace default. The sender's UI language never enters.
 * Undefined when not even the default has a variant: the caller reports the missing variant.
 */
export function chooseTemplateLanguage(input: LanguageInput): LanguageChoice | undefined {
  const skipped: LanguageReason['skipped'] = [];
  const steps: { basis: LanguageReason['basis']; tag: string | null | undefined }[] = [
    { basis: 'contact', tag: input.contactLanguage },
    { basis: 'country', tag: countryLanguage(input.country) },
    { basis: 'default', tag: input.workspaceDefault },
  ];
  for (const { basis, tag } of steps) {
    if (!tag) continue;
    const hit = matchVariant(tag, input.available);
    if (!hit) {
      if (basis !== 'default') skipped.push({ basis, requested: tag });
      continue;
    }
    // A Brazilian contact reading the `pt` variant gets R$ 1.234,50: the requested tag's region.
    const locale = localeFor(regionOf(tag) ? tag : hit.language, input.country);
    return {
      language: hit.language,
      locale,
      reason: { basis, requested: tag, match: hit.match, skipped },
    };
  }
  return undefined;
}

function regionOf(tag: string): string | undefined {
  const canonical = canonicalTag(tag);
  return canonical ? new Intl.Locale(canonical).region : undefined;
}
