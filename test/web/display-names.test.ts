import { describe, expect, it } from 'vitest';
import { displayName } from '../../web/src/lib/display-names.ts';
import { languageNames } from '../../web/src/lib/format.ts';

describe('names in the reader’s language', () => {
  it.each([
    ['region', 'DE', 'zh-CN', '德国'],
    ['region', 'DE', 'en', 'Germany'],
    ['language', 'de', 'zh-CN', '德语'],
    ['language', 'pt-BR', 'en', 'Brazilian Portuguese'],
    ['currency', 'EUR', 'zh-CN', '欧元'],
    ['region', 'not a code', 'en', 'not a code'],
  ] as const)('%s %s in %s is %s', (type, code, locale, name) => {
    expect(displayName(type, code, locale)).toBe(name);
  });

  it('lists languages with the separator of the reader’s language', () => {
    expect(languageNames(['de', 'en'], 'zh-CN')).toBe('德语、英语');
    expect(languageNames(['de', 'en'], 'en')).toBe('German, English');
  });
});
