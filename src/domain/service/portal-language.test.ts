import { describe, expect, it } from 'vitest';
import { PORTAL_LABEL_KEYS, PORTAL_LABELS, PORTAL_LANGUAGES } from './portal-labels.ts';
import {
  acceptedLanguages,
  guessCountry,
  countryWish,
  directionOf,
  portalLanguage,
  publicStatus,
} from './portal-language.ts';

describe('portal language', () => {
  it.each([
    [['es-MX'], 'es'],
    [['pt-BR'], 'pt'],
    [['zh-Hans'], 'zh-CN'],
    [['zh'], 'zh-CN'],
    [['zh-TW', 'en'], 'en'],
    [[null, 'fr-CA'], 'fr'],
    [['xx', 'ar-SA'], 'ar'],
    [[undefined, countryWish('VN')], 'vi'],
    [[countryWish('ID')], 'id'],
    [[countryWish('BR')], 'pt'],
    [[countryWish('NL')], 'en'],
    [[], 'en'],
  ])('%j → %s', (wishes, language) => {
    expect(portalLanguage(wishes)).toBe(language);
  });

  it.each([
    ['es-MX,es;q=0.9,en;q=0.5', ['es-MX', 'es', 'en']],
    ['en;q=0.2, de', ['de', 'en']],
    ['*, fr;q=0', []],
    [undefined, []],
  ])('reads Accept-Language %s', (header, tags) => {
    expect(acceptedLanguages(header)).toEqual(tags);
  });

  it('writes Arabic right to left, the others left to right', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('ja')).toBe('ltr');
  });

  it.each([
    ['new', 'received'],
    ['open', 'in_progress'],
    ['pending_customer', 'waiting_for_you'],
    ['pending_third_party', 'in_progress'],
    ['on_hold', 'in_progress'],
    ['solved', 'solved'],
    ['closed', 'closed'],
  ] as const)('tells status %s as %s', (status, shown) => {
    expect(publicStatus(status)).toBe(shown);
  });

  it('has every label in every language, none left in English by mistake', () => {
    for (const lang of PORTAL_LANGUAGES) {
      const labels = PORTAL_LABELS[lang];
      expect(Object.keys(labels).sort()).toEqual([...PORTAL_LABEL_KEYS].sort());
      for (const key of PORTAL_LABEL_KEYS) expect(labels[key].trim()).not.toBe('');
      if (lang !== 'en')
        // "Status", "Email" are the same word in some languages; whole sentences never are.
        expect(labels.closedNote).not.toBe(PORTAL_LABELS.en.closedNote);
    }
  });
});

describe('guessCountry', () => {
  it.each([
    ['ana@ferreteria-lopez.es', null, 'ES'],
    ['joao@silva.com.br', 'pt', 'BR'],
    ['bob@acme.co.uk', null, 'GB'],
    ['dev@startup.io', 'de', 'DE'],
    ['maria@gmail.com', 'es', 'ES'],
    ['maria@gmail.com', 'pt', 'BR'],
    ['x@y.com', null, null],
    ['x@y.com', 'not a tag!', null],
  ])('%s (%s) → %s', (email, language, country) => {
    expect(guessCountry(email, language)).toBe(country);
  });
});
