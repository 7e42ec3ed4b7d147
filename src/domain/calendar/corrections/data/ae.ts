import type { CorrectionFile } from '../types.ts';
import { SOURCES } from './sources.ts';

const source = SOURCES.aeUnifiedHolidays;
const notAHoliday = (date: string, en: string, zh: string) => ({
  kind: 'abolished' as const,
  date,
  name: { en: `${en}: not an official holiday`, zh: `${zh}：非法定假日` },
  source,
});
const nationalDay = (date: string) => ({
  kind: 'span' as const,
  date,
  name: { en: 'National Day (second day)', zh: '国庆日（第二天）' },
  source,
});

/**
 * United Arab Emirates: since the Cabinet unified public- and private-sector holidays (2019) the
 * list has no Isra and Mi'raj and no first day of Ramadan, which the library closes, and National
 * Day runs 2–3 December, of which the library has only the 2nd. Arafat Day (9 Dhu al-Hijjah) is
 * on the list; its 2026 date is the calculated one.
 */
export const AE_2026: CorrectionFile = {
  country: 'AE',
  year: 2026,
  reviewed: '2026-12-01',
  corrections: [
    notAHoliday('2026-01-16', "Isra and Mi'raj", '登霄节'),
    notAHoliday('2026-02-18', 'First day of Ramadan', '斋月首日'),
    {
      kind: 'span',
      date: '2026-05-26',
      name: { en: 'Arafat Day (estimated date)', zh: '阿拉法特日（预计日期）' },
      source,
    },
    nationalDay('2026-12-03'),
  ],
};

export const AE_2027: CorrectionFile = {
  country: 'AE',
  year: 2027,
  reviewed: '2026-12-01',
  corrections: [
    notAHoliday('2027-01-05', "Isra and Mi'raj", '登霄节'),
    notAHoliday('2027-02-08', 'First day of Ramadan', '斋月首日'),
    nationalDay('2027-12-03'),
    notAHoliday('2027-12-25', "Isra and Mi'raj", '登霄节'),
  ],
};
