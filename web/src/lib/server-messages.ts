import type { TFunction } from 'i18next';
import { countryName } from './countries.ts';

type Params = Record<string, string | number | readonly string[]>;

/**
 * A server code's params as the reader says them: a country code becomes the country's name in
 * the reader's language, a match-key kind (`domain`, `email` …) its word. Other values are the
 * reader's own data (a phone number, a currency code) and stay as they were sent.
 */
function localParams(params: Params | undefined, t: TFunction): Params {
  const out: Params = { ...params };
  if (typeof out.country === 'string' && /^[A-Z]{2}$/.test(out.country))
    out.country = countryName(out.country, t('messages.locale'));
  if (typeof out.key === 'string')
    out.key = t(`messages.keyKinds.${out.key}`, { defaultValue: out.key });
  return out;
}

/** The sentence for a server error code (`errors.<code>`), the English kept for an unknown code. */
export function sayCode(
  e: { code: string; params?: Params; message: string },
  t: TFunction,
): string {
  return t(`errors.${e.code}`, { ...localParams(e.params, t), defaultValue: e.message });
}
