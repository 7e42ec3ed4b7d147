import { describe, expect, it } from 'vitest';
import {
  addMonths,
  earliestExpiry,
  normalisePassportNumber,
  passportProblems,
  retainedUntil,
  type PassportInput,
} from './passport.ts';
import { VISA_LETTER_TEXT, visaLetterLanguage } from './visa-letter-text.ts';

const good: PassportInput = {
  fullName: 'IVANOV IVAN',
  nationality: 'RU',
  passportNumber: '75 1234567',
  dateOfBirth: '1980-02-29',
  issueDate: '2020-03-01',
  expiryDate: '2030-03-01',
  gender: 'M',
};
// The visit ends on 19 Oct 2026 (venue's clock); entered on 1 Oct 2026.
const check = (patch: Partial<PassportInput>) =>
  passportProblems({ ...good, ...patch }, '2026-10-19', '2026-10-01').map((e) => [e.path, e.code]);

describe('passport rules', () => {
  it.each<[string, Partial<PassportInput>, [string, string][]]>([
    ['valid data', {}, []],
    ['a lower-case number with spaces is kept upper case', { passportNumber: 'ab 12345' }, []],
    ['a number too short', { passportNumber: 'A123' }, [['/passportNumber', 'passport_number']]],
    [
      'a number too long',
      { passportNumber: 'A'.repeat(21) },
      [['/passportNumber', 'passport_number']],
    ],
    [
      'a number with punctuation',
      { passportNumber: 'AB/12345' },
      [['/passportNumber', 'passport_number']],
    ],
    ['a Cyrillic letter', { passportNumber: 'АВ123456' }, [['/passportNumber', 'passport_number']]],
    ['an unknown country', { nationality: 'XX' }, [['/nationality', 'country']]],
    ['a lower-case country', { nationality: 'de' }, []],
    ['an empty name', { fullName: '  ' }, [['/fullName', 'required']]],
    ['no such day', { dateOfBirth: '1981-02-29' }, [['/dateOfBirth', 'invalid_date']]],
    ['not a date', { issueDate: '01/03/2020' }, [['/issueDate', 'invalid_date']]],
    [
      'born in the future',
      { dateOfBirth: '2027-01-01', issueDate: '2027-02-01' },
      [
        ['/dateOfBirth', 'in_future'],
        ['/issueDate', 'in_future'],
      ],
    ],
    ['issued before birth', { issueDate: '1979-01-01' }, [['/issueDate', 'passport_after_birth']]],
    [
      'expires before issue',
      { issueDate: '2020-03-01', expiryDate: '2019-03-01' },
      [
        ['/expiryDate', 'passport_after_issue'],
        ['/expiryDate', 'passport_expiry_too_soon'],
      ],
    ],
    [
      'expires a day short of six months after the visit',
      { expiryDate: '2027-04-18' },
      [['/expiryDate', 'passport_expiry_too_soon']],
    ],
    ['expires exactly six months after the visit', { expiryDate: '2027-04-19' }, []],
    [
      'already expired',
      { expiryDate: '2026-09-30' },
      [['/expiryDate', 'passport_expiry_too_soon']],
    ],
  ])('%s', (_label, patch, expected) => {
    expect(check(patch)).toEqual(expected);
  });

  it('names the first acceptable expiry date in the error', () => {
    const [e] = passportProblems({ ...good, expiryDate: '2027-01-01' }, '2026-10-19', '2026-10-01');
    expect(e?.params).toEqual({ minimum: '2027-04-19' });
  });

  it.each([
    ['2026-10-19', 6, '2027-04-19'],
    ['2026-08-31', 6, '2027-02-28'],
    ['2027-08-31', 6, '2028-02-29'],
    ['2026-12-15', 1, '2027-01-15'],
    ['2026-01-31', -2, '2025-11-30'],
  ])('adds months to %s (+%i) → %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it('asks six months of validity after the visit', () => {
    expect(earliestExpiry('2026-08-31')).toBe('2027-02-28');
  });

  it('keeps the data the retention days after the event’s last day', () => {
    expect(retainedUntil('2026-10-19', 30)).toBe('2026-11-18');
  });

  it('normalises passport numbers', () => {
    expect(normalisePassportNumber(' ab-12 345 ')).toBe('AB12345');
  });
});

describe('visa letter languages', () => {
  it.each([
    ['zh-CN', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['zh-Hans', 'zh-CN'],
    ['zh-TW', 'en'],
    ['pt-BR', 'pt'],
    ['ru', 'ru'],
    ['ar-SA', 'ar'],
    ['es-MX', 'es'],
    ['fr-CA', 'fr'],
    ['vi', 'vi'],
    ['tr', 'tr'],
    ['de', 'en'],
    ['not a tag!', 'en'],
  ])('%s → %s', (asked, chosen) => {
    expect(visaLetterLanguage(asked)).toBe(chosen);
  });

  it('words every sentence in every language, with the same placeholders as English', () => {
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const en = VISA_LETTER_TEXT.en!;
    for (const [lang, text] of Object.entries(VISA_LETTER_TEXT))
      for (const key of Object.keys(en) as (keyof typeof en)[]) {
        const a = text[key];
        const b = en[key];
        if (typeof a === 'string' && typeof b === 'string')
          expect(holes(a), `${lang}.${key}`).toEqual(holes(b));
        else expect(Object.keys(a), `${lang}.${key}`).toEqual(Object.keys(b));
      }
  });
});
