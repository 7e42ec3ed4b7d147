import { getAllCountries } from 'countries-and-timezones';
import { whereAlpha3 } from 'iso-3166-1';

// Names as people write them in spreadsheets: English, Chinese and each market's own language,
// from CLDR through Intl.DisplayNames, so no hand-kept list can drift.
const LANGUAGES = [
  'en',
  'zh-Hans',
  'zh-Hant',
  'de',
  'fr',
  'es',
  'pt',
  'it',
  'nl',
  'ru',
  'kk',
  'uk',
  'pl',
  'tr',
  'ar',
  'fa',
  'ja',
  'ko',
  'vi',
  'th',
  'id',
  'ms',
  'hi',
];

const key = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '');

let lookup: Map<string, string> | null = null;

function table(): Map<string, string> {
  if (lookup) return lookup;
  lookup = new Map();
  const codes = Object.keys(getAllCountries());
  for (const lang of LANGUAGES) {
    const names = new Intl.DisplayNames([lang], { type: 'region' });
    for (const code of codes) {
      const name = names.of(code);
      if (name && name !== code && !lookup.has(key(name))) lookup.set(key(name), code);
    }
  }
  // Everyday short forms CLDR does not list as names.
  for (const [alias, code] of Object.entries({
    usa: 'US',
    uk: 'GB',
    uae: 'AE',
    england: 'GB',
    holland: 'NL',
    korea: 'KR',
    southkorea: 'KR',
    russia: 'RU',
    vietnam: 'VN',
    美国: 'US',
    英国: 'GB',
    阿联酋: 'AE',
    韩国: 'KR',
    // Seen in exporters' customer lists (#11): abbreviations, former and colloquial names.
    us: 'US',
    ksa: 'SA',
    saudi: 'SA',
    沙特: 'SA',
    emirates: 'AE',
    greatbritain: 'GB',
    britain: 'GB',
    turkey: 'TR',
    czechrepublic: 'CZ',
    ivorycoast: 'CI',
    republicofkorea: 'KR',
    dprk: 'KP',
    hongkong: 'HK',
    香港: 'HK',
    macau: 'MO',
    macao: 'MO',
    澳门: 'MO',
    burma: 'MM',
    swaziland: 'SZ',
    prc: 'CN',
    mainlandchina: 'CN',
    中国大陆: 'CN',
    russianfederation: 'RU',
  })) {
    lookup.set(key(alias), code);
  }
  return lookup;
}

/** `Germany`, `德国`, `Deutschland`, `de`, `DEU` → `DE`; null when the text names no country. */
export function countryCodeOf(text: string): string | null {
  const trimmed = text.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed)) {
    const code = trimmed.toUpperCase();
    if (code in getAllCountries()) return code;
    // Not an ISO code, but maybe a short form people write: UK.
  }
  const named = table().get(key(trimmed));
  if (named) return named;
  // ISO alpha-3 as customs and ERP exports write it: DEU, BRA, KAZ.
  if (/^[A-Za-z]{3}$/.test(trimmed)) return whereAlpha3(trimmed.toUpperCase())?.alpha2 ?? null;
  return null;
}
