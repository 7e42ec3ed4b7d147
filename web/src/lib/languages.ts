import { displayName } from './display-names.ts';

// Languages our users' customers speak, with the regional variants that matter in writing
// (pt-BR vs pt-PT, es-MX vs es-ES, zh-Hans vs zh-Hant). The API takes any BCP 47 code; a contact
// saved with another keeps it as an option.
// prettier-ignore
const CODES = [
  'ar', 'bg', 'bn', 'cs', 'da', 'de', 'el', 'en', 'en-GB', 'en-US', 'es', 'es-419', 'es-ES',
  'es-MX', 'et', 'fa', 'fi', 'fil', 'fr', 'fr-CA', 'ha', 'he', 'hi', 'hr', 'hu', 'hy', 'id', 'it',
  'ja', 'ka', 'kk', 'km', 'ko', 'lo', 'lt', 'lv', 'mn', 'ms', 'my', 'nb', 'ne', 'nl', 'pa', 'pl',
  'ps', 'pt', 'pt-BR', 'pt-PT', 'ro', 'ru', 'si', 'sk', 'sl', 'sr', 'sv', 'sw', 'ta', 'th', 'tr',
  'uk', 'ur', 'uz', 'vi', 'yo', 'zh', 'zh-Hans', 'zh-Hant', 'zu',
];

export interface LanguageOption {
  value: string;
  label: string;
  /** matched by the search box: the name in the reader's language and in English, and the code */
  search: string;
}

/** Languages for a picker, named in the reader's language ("葡萄牙语（巴西）" for pt-BR). */
export function languageOptions(locale: string, current?: string | null): LanguageOption[] {
  const codes = current && !CODES.includes(current) ? [...CODES, current] : CODES;
  return codes
    .map((code) => {
      const name = displayName('language', code, locale);
      return {
        value: code,
        label: name === code ? code : `${name} · ${code}`,
        search: `${name} ${displayName('language', code, 'en')} ${code}`.toLowerCase(),
      };
    })
    .sort((a, b) => a.label.localeCompare(b.label, locale));
}
