import type { CorrectionFile } from '../types.ts';
import { SOURCES } from './sources.ts';

const added = (date: string, en: string, zh: string) => ({
  kind: 'span' as const,
  date,
  name: { en, zh },
  source: SOURCES.twHolidays,
});
const observed = (date: string, en: string, zh: string) => ({
  kind: 'substitute' as const,
  date,
  name: { en: `${en} (observed)`, zh: `${zh}（补假）` },
  source: SOURCES.twHolidays,
});

/**
 * Taiwan: the 2025 act on memorial days and holidays made Confucius' Birthday (28 Sep), Taiwan
 * Restoration Day (25 Oct) and Constitution Day (25 Dec) days off from 2025, and Labour Day and
 * the day before Lunar New Year's Eve days off for everyone from 2026. A holiday on Saturday is
 * observed the Friday before, on Sunday the Monday after. The library has neither.
 */
export const TW_2026: CorrectionFile = {
  country: 'TW',
  year: 2026,
  reviewed: '2026-12-01',
  corrections: [
    observed('2026-02-27', 'Peace Memorial Day', '和平纪念日'),
    observed('2026-04-03', "Children's Day", '儿童节'),
    added('2026-05-01', 'Labour Day', '劳动节'),
    added('2026-09-28', "Confucius' Birthday (Teachers' Day)", '孔子诞辰纪念日（教师节）'),
    observed('2026-10-09', 'National Day', '国庆日'),
    observed('2026-10-26', 'Taiwan Restoration Day', '台湾光复纪念日'),
    added('2026-12-25', 'Constitution Day', '行宪纪念日'),
  ],
};

export const TW_2027: CorrectionFile = {
  country: 'TW',
  year: 2027,
  reviewed: '2026-12-01',
  corrections: [
    added('2027-02-04', "The day before Lunar New Year's Eve", '农历除夕前一日'),
    observed('2027-04-06', "Children's Day", '儿童节'),
    observed('2027-04-30', 'Labour Day', '劳动节'),
    added('2027-09-28', "Confucius' Birthday (Teachers' Day)", '孔子诞辰纪念日（教师节）'),
    added('2027-10-25', 'Taiwan Restoration Day', '台湾光复纪念日'),
    observed('2027-12-24', 'Constitution Day', '行宪纪念日'),
  ],
};
