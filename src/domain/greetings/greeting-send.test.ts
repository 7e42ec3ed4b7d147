import { describe, expect, it } from 'vitest';
import { chooseTemplateLanguage } from '../communication/language.ts';
import { OCCASIONS, type OccasionKey } from './catalogue.ts';
import { greetingSendTime } from './greeting-send.ts';
import { GREETING_LANGUAGES, greetingText } from './greeting-texts.ts';

describe('when a greeting email leaves', () => {
  it.each([
    // day, zone, now → instant, their clock, moved
    [
      '2026-12-24',
      'Europe/Berlin',
      '2026-12-01T02:00:00Z',
      '2026-12-24T08:30:00.000Z',
      '2026-12-24 09:30',
      false,
    ],
    // Summer time: Berlin is UTC+2.
    [
      '2026-07-01',
      'Europe/Berlin',
      '2026-06-01T00:00:00Z',
      '2026-07-01T07:30:00.000Z',
      '2026-07-01 09:30',
      false,
    ],
    [
      '2026-12-10',
      'Asia/Riyadh',
      '2026-12-01T02:00:00Z',
      '2026-12-10T06:30:00.000Z',
      '2026-12-10 09:30',
      false,
    ],
    [
      '2026-12-10',
      'Asia/Kolkata',
      '2026-12-01T02:00:00Z',
      '2026-12-10T04:00:00.000Z',
      '2026-12-10 09:30',
      false,
    ],
    // Their morning is over (Riyadh 10:00): tomorrow's 09:30, not now in their working day's end.
    [
      '2026-12-01',
      'Asia/Riyadh',
      '2026-12-01T07:00:00Z',
      '2026-12-02T06:30:00.000Z',
      '2026-12-02 09:30',
      true,
    ],
    // The day passed, their morning still ahead (Riyadh 08:00): today's 09:30.
    [
      '2026-11-28',
      'Asia/Riyadh',
      '2026-12-01T05:00:00Z',
      '2026-12-01T06:30:00.000Z',
      '2026-12-01 09:30',
      true,
    ],
    // Already the next day in Auckland while it is still the greeting day at home.
    [
      '2026-12-01',
      'Pacific/Auckland',
      '2026-12-01T02:00:00Z',
      '2026-12-01T20:30:00.000Z',
      '2026-12-02 09:30',
      true,
    ],
    // Exactly 09:30 is not "ahead": the next morning.
    [
      '2026-12-24',
      'Europe/Berlin',
      '2026-12-24T08:30:00Z',
      '2026-12-25T08:30:00.000Z',
      '2026-12-25 09:30',
      true,
    ],
    // The night summer time begins in Berlin (29 March 2026, 02:00 → 03:00): still 09:30 local.
    [
      '2026-03-29',
      'Europe/Berlin',
      '2026-03-01T00:00:00Z',
      '2026-03-29T07:30:00.000Z',
      '2026-03-29 09:30',
      false,
    ],
  ])('%s in %s at %s → %s', (day, zone, now, at, local, moved) => {
    const send = greetingSendTime(day, zone, new Date(now));
    expect(send.at.toISOString()).toBe(at);
    expect(`${send.local.date} ${send.local.time}`).toBe(local);
    expect(send.moved).toBe(moved);
  });
});

describe('the built-in greeting texts', () => {
  const keys = Object.keys(OCCASIONS) as OccasionKey[];

  it('has a subject and wishes for every occasion in every language', () => {
    for (const language of GREETING_LANGUAGES)
      for (const key of keys) {
        const t = greetingText(language, key, { name: 'Ana' }, { name: 'Li Wei' });
        expect(t.subject.length, `${language} ${key}`).toBeGreaterThan(2);
        expect(t.body).toContain('Ana');
        expect(t.body.trim().endsWith('Li Wei')).toBe(true);
      }
  });

  it('names only the occasion itself: no Christmas in Eid wishes, no Chinese New Year', () => {
    for (const language of GREETING_LANGUAGES) {
      for (const key of ['eid-al-fitr', 'eid-al-adha', 'ramadan-start'] as const) {
        const t = greetingText(language, key, { name: 'Omar' }, { name: null });
        expect(`${t.subject} ${t.body}`).not.toMatch(
          /christmas|navidad|natal|noël|weihnacht|рожде|圣诞|ميلاد/i,
        );
      }
      const lunar = greetingText(language, 'lunar-new-year', { name: 'Lan' }, { name: null });
      expect(`${lunar.subject} ${lunar.body}`).not.toMatch(
        /chinese|china|chino|chinois|chinesisch|китай|中国|الصين/i,
      );
    }
  });

  it.each([
    ['de', 'DE', 'de'],
    [null, 'SA', 'ar'],
    [null, 'BR', 'pt'],
    ['zh-Hans', 'CN', 'zh-CN'],
    [null, 'VN', 'en'],
    ['fa', 'IR', 'en'],
  ])('a contact speaking %s in %s reads %s (as templates choose)', (spoken, country, language) => {
    const choice = chooseTemplateLanguage({
      available: [...GREETING_LANGUAGES],
      contactLanguage: spoken,
      country,
      workspaceDefault: 'en',
    });
    expect(choice?.language).toBe(language);
  });
});
