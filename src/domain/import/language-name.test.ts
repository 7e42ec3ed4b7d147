import { describe, expect, it } from 'vitest';
import { languageCodeOf, languagesOf } from './language-name.ts';

describe('a contact’s language as a customer list writes it', () => {
  it.each([
    ['German', 'de'],
    ['german', 'de'],
    ['德语', 'de'],
    ['德文', 'de'],
    ['Deutsch', 'de'],
    ['de', 'de'],
    ['DE', 'de'],
    ['de_DE', 'de-DE'],
    ['deu', 'de'],
    ['Español', 'es'],
    ['西班牙语', 'es'],
    ['英文', 'en'],
    ['Chinese', 'zh'],
    ['中文', 'zh'],
    ['简体中文', 'zh-Hans'],
    ['巴西葡萄牙语', 'pt-BR'],
    ['русский', 'ru'],
    ['العربية', 'ar'],
    ['Tiếng Việt', 'vi'],
    ['Farsi', 'fa'],
    ['fr-ca', 'fr-CA'],
  ])('reads %j as %s', (text, code) => {
    expect(languageCodeOf(text)).toBe(code);
  });

  it.each(['Klingonish', 'xx', 'qq-XX', 'German language', '', '123'])(
    'knows no language %j',
    (text) => {
      expect(languageCodeOf(text)).toBeNull();
    },
  );

  it('splits a cell naming several languages and keeps the unknown ones apart', () => {
    expect(languagesOf('English / German')).toEqual({ codes: ['en', 'de'], unknown: [] });
    expect(languagesOf('英语、德语、英文')).toEqual({ codes: ['en', 'de'], unknown: [] });
    expect(languagesOf('English and Elvish')).toEqual({ codes: ['en'], unknown: ['Elvish'] });
  });
});
