import { describe, expect, it } from 'vitest';
import { campaignLanguages } from './campaign-languages.ts';
import { chooseTemplateLanguage } from './language.ts';

const CONTACT_LANGUAGES = [
  '',
  'de',
  'pt-BR',
  'zh-Hans',
  'zh-TW',
  'fr',
  'not a tag!',
  'ar',
  'en-GB',
];
const COUNTRIES = ['DE', 'BR', 'SA', 'TW', 'FR', 'CN', 'MX', 'US', 'JP', 'CH'];

describe('campaign languages as two tables', () => {
  it.each([
    [['en', 'zh-CN', 'de', 'pt', 'es', 'ar', 'ja'], 'en'],
    [['en', 'de'], 'en'],
    [['en', 'pt-PT', 'zh-Hant'], 'en'],
    [['de'], 'de'],
  ])(
    'chooses what chooseTemplateLanguage chooses for every pair (variants %j)',
    (available, def) => {
      const t = campaignLanguages({
        available,
        workspaceDefault: def,
        contactLanguages: CONTACT_LANGUAGES,
        countries: COUNTRIES,
      });
      for (const contactLanguage of [null, ...CONTACT_LANGUAGES])
        for (const country of COUNTRIES) {
          const expected = chooseTemplateLanguage({
            available,
            contactLanguage,
            country,
            workspaceDefault: def,
          })?.language;
          const got =
            (contactLanguage === null ? undefined : t.byContactLanguage.get(contactLanguage)) ??
            t.byCountry.get(country);
          expect(got, `${contactLanguage} in ${country}`).toBe(expected);
        }
    },
  );

  it('keeps only the contact languages a variant serves', () => {
    const t = campaignLanguages({
      available: ['en', 'de'],
      workspaceDefault: 'en',
      contactLanguages: ['de-AT', 'fr', ''],
      countries: ['FR'],
    });
    expect([...t.byContactLanguage]).toEqual([['de-AT', 'de']]);
    expect([...t.byCountry]).toEqual([['FR', 'en']]);
  });
});
