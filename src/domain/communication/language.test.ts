import { describe, expect, it } from 'vitest';
import { chooseTemplateLanguage, matchVariant } from './language.ts';

const ALL = ['en', 'zh-CN', 'de', 'pt', 'es', 'ar', 'ja'];

describe('template language: contact, then country, then workspace default', () => {
  it.each([
    // contact, country, variants, default → language, locale, basis, match, skipped steps
    ['pt-BR', 'BR', ALL, 'en', 'pt', 'pt-BR', 'contact', 'variant', 0],
    ['de', 'CH', ALL, 'en', 'de', 'de-CH', 'contact', 'exact', 0],
    ['de', 'DE', ALL, 'en', 'de', 'de-DE', 'contact', 'exact', 0],
    [null, 'DE', ALL, 'en', 'de', 'de-DE', 'country', 'exact', 0],
    [null, 'BR', ALL, 'en', 'pt', 'pt-BR', 'country', 'exact', 0],
    [null, 'SA', ALL, 'en', 'ar', 'ar-SA', 'country', 'exact', 0],
    [null, 'MX', ALL, 'en', 'es', 'es-MX', 'country', 'exact', 0],
    [null, 'JP', ALL, 'zh-CN', 'ja', 'ja-JP', 'country', 'exact', 0],
    // zh-Hans, zh and zh-CN are one script: all served by zh-CN
    ['zh-Hans', 'SG', ALL, 'en', 'zh-CN', 'zh-CN', 'contact', 'variant', 0],
    ['zh', 'MY', ALL, 'en', 'zh-CN', 'zh-CN', 'contact', 'variant', 0],
    [null, 'CN', ALL, 'en', 'zh-CN', 'zh-CN', 'country', 'variant', 0],
    // zh-TW (Traditional) is never served by Simplified: Taiwan's language is zh too → default
    ['zh-TW', 'TW', ALL, 'en', 'en', 'en', 'default', 'exact', 2],
    // pt-BR contact with only a pt-PT variant: same language and script, another region
    ['pt-BR', 'BR', ['en', 'pt-PT'], 'en', 'pt-PT', 'pt-BR', 'contact', 'variant', 0],
    // a French contact in Germany with no fr variant: their country's language
    ['fr', 'DE', ['en', 'de'], 'en', 'de', 'de-DE', 'country', 'exact', 1],
    // nothing matches before the default
    ['fr', 'FR', ['en', 'de'], 'en', 'en', 'en', 'default', 'exact', 2],
    // a malformed preference is skipped, not fatal
    ['not a tag!', 'ES', ALL, 'en', 'es', 'es-ES', 'country', 'exact', 1],
  ])(
    'contact %s in %s → %s',
    (contact, country, available, def, language, locale, basis, match, skipped) => {
      const choice = chooseTemplateLanguage({
        available,
        contactLanguage: contact,
        country,
        workspaceDefault: def,
      });
      expect(choice).toMatchObject({ language, locale, reason: { basis, match } });
      expect(choice?.reason.skipped).toHaveLength(skipped);
    },
  );

  it('never uses the sender: the input has no place for their UI language', () => {
    const choice = chooseTemplateLanguage({
      available: ['en', 'zh-CN'],
      contactLanguage: null,
      country: 'US',
      workspaceDefault: 'zh-CN',
    });
    expect(choice?.language).toBe('en');
  });

  it('returns nothing when not even the default has a variant', () => {
    expect(
      chooseTemplateLanguage({
        available: ['de'],
        contactLanguage: 'fr',
        country: 'FR',
        workspaceDefault: 'en',
      }),
    ).toBeUndefined();
  });

  it.each([
    ['pt-BR', ['pt', 'pt-BR', 'pt-PT'], 'pt-BR', 'exact'],
    ['pt-BR', ['pt-PT', 'pt'], 'pt', 'variant'],
    ['pt-PT', ['pt'], 'pt', 'variant'],
    ['zh-CN', ['zh-Hant', 'zh-Hans'], 'zh-Hans', 'variant'],
    ['zh-HK', ['zh-Hans', 'zh-TW'], 'zh-TW', 'variant'],
    ['EN-us', ['en'], 'en', 'variant'],
    ['en-US', ['en-US'], 'en-US', 'exact'],
  ])('%s among %j → %s', (requested, available, language, match) => {
    expect(matchVariant(requested, available)).toEqual({ language, match });
  });

  it.each([
    ['zh-TW', ['zh-CN', 'zh-Hans']],
    ['sr-Latn', ['sr']],
    ['xx-???', ['en']],
  ])('%s among %j → none', (requested, available) => {
    expect(matchVariant(requested, available)).toBeUndefined();
  });
});
