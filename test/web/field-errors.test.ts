import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { fieldError } from '../../src/domain/field-errors.ts';
import { translateFieldError } from '../../web/src/lib/field-errors.ts';
import { en } from '../../web/src/i18n/en.ts';
import { zhCN } from '../../web/src/i18n/zh-CN.ts';

// The web says the server's field errors by code, with their params, in the reader's language.
const t: Record<'en' | 'zh-CN', TFunction> = {} as never;

beforeAll(async () => {
  for (const lng of ['en', 'zh-CN'] as const) {
    const i18n = i18next.createInstance();
    await i18n.init({
      resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
      lng,
      fallbackLng: 'en',
      interpolation: { escapeValue: false },
    });
    t[lng] = i18n.t;
  }
});

describe('field errors in the reader’s language', () => {
  it.each([
    [fieldError('/name', 'required'), 'This field is required', '此项为必填项'],
    [
      fieldError('/stage', 'one_of', { values: ['lead', 'prospect', 'customer'] }),
      'Must be one of lead, prospect, or customer',
      '只能是 lead、prospect或customer',
    ],
    [
      fieldError('/name', 'max_length', { limit: 2000 }),
      'Must be at most 2,000 characters',
      '最多 2,000 个字符',
    ],
    [
      fieldError('/region', 'region', { value: 'ZZ', country: 'DE' }),
      '“ZZ” is not a region of Germany',
      '“ZZ”不是德国的地区',
    ],
    [fieldError('/email', 'taken'), 'Already taken', '已被占用'],
  ])('%j', (error, english, chinese) => {
    expect(translateFieldError(error, t.en)).toBe(english);
    expect(translateFieldError(error, t['zh-CN'])).toBe(chinese);
  });

  it('keeps the server’s English for a code this web does not know, and for uncoded errors', () => {
    const newer = { path: '/x', code: 'made_up_later', message: 'is something new' };
    expect(translateFieldError(newer, t['zh-CN'])).toBe('is something new');
    const old = { path: '/x', code: 'invalid', message: 'is in the future' };
    expect(translateFieldError(old, t['zh-CN'])).toBe('is in the future');
    expect(translateFieldError({ path: '/x', message: 'no code at all' }, t.en)).toBe(
      'no code at all',
    );
  });

  it('re-says a row problem with the import shapes', () => {
    const error = fieldError('/items/0/currency', 'row_problem', {
      problem: '"EURO" is not an ISO 4217 currency code',
    });
    expect(translateFieldError(error, t['zh-CN'])).toContain('EURO');
    expect(translateFieldError(error, t['zh-CN'])).not.toContain('ISO 4217 currency code');
  });
});
