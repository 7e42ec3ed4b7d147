import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIELD_ERRORS, type FieldErrorCode } from '../../src/domain/field-errors.ts';
import { en } from '../../web/src/i18n/en.ts';
import { zhCN } from '../../web/src/i18n/zh-CN.ts';
import { translateRowError } from '../../web/src/lib/row-problems.ts';

// Every code the server can send (src/domain/field-errors.ts) has a sentence in both languages,
// naming only params the server sends; the Chinese one is Chinese. `invalid` and `row_problem`
// carry the server's own words (schema messages, import rows stored before codes existed).
const OWN_WORDS = new Set<FieldErrorCode>(['invalid', 'row_problem']);
const CODES = (Object.keys(FIELD_ERRORS) as FieldErrorCode[]).filter((c) => !OWN_WORDS.has(c));
/** three or more English words in a row: a sentence the reader was not meant to get */
const ENGLISH_RUN = /[A-Za-z]{2,}(?:[\s,;:]+[A-Za-z]{2,}){2,}/;

const sentences = (d: { errors: Record<string, string> }) => d.errors;
const placeholders = (s: string) =>
  [...s.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1] as string).sort();
const serverParams = (c: FieldErrorCode) =>
  [...FIELD_ERRORS[c].matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);

let zh: TFunction;
beforeAll(async () => {
  const i18n = i18next.createInstance();
  await i18n.init({
    resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
    lng: 'zh-CN',
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
  });
  zh = i18n.t;
});

describe('server message codes in both languages', () => {
  it.each(CODES)('%s has an English and a Chinese sentence', (code) => {
    const e = sentences(en)[code];
    const z = sentences(zhCN)[code];
    expect(e, `errors.${code} in en`).toBeTruthy();
    expect(z, `errors.${code} in zh-CN`).toMatch(/[\u4e00-\u9fff]/);
    for (const p of [...placeholders(e ?? ''), ...placeholders(z ?? '')])
      expect(serverParams(code), `${code} names {{${p}}}`).toContain(p);
  });

  it.each(CODES)('%s reads without an English sentence in the Chinese UI', (code) => {
    const params = Object.fromEntries(
      serverParams(code).map((p) => [p, p === 'country' ? 'DE' : 'X1']),
    );
    const said = translateRowError({ code, params, message: FIELD_ERRORS[code] }, zh);
    expect(said).not.toMatch(ENGLISH_RUN);
  });

  it('names a phone’s country and a duplicate’s key in Chinese', () => {
    expect(
      translateRowError(
        { code: 'not_phone_for', params: { value: '12', country: 'DE' }, message: '' },
        zh,
      ),
    ).toBe('“12”不是德国的电话号码');
    expect(
      translateRowError(
        { code: 'duplicate_outside_scope', params: { key: 'domain' }, message: '' },
        zh,
      ),
    ).toContain('域名相同');
  });

  it('has a label for every audit field in both languages', () => {
    expect(Object.keys(zhCN.messages.fields).sort()).toEqual(
      Object.keys(en.messages.fields).sort(),
    );
    for (const label of Object.values(zhCN.messages.fields)) expect(label).not.toMatch(ENGLISH_RUN);
  });
});
