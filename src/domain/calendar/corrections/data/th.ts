import type { CorrectionFile } from '../types.ts';
import { SOURCES } from './sources.ts';

const added = (date: string, en: string, zh: string) => ({
  kind: 'span' as const,
  date,
  name: { en, zh },
  source: SOURCES.thHolidays,
});
const inLieu = (date: string, en: string, zh: string) => ({
  kind: 'substitute' as const,
  date,
  name: { en: `${en} (in lieu)`, zh: `${zh}（补休）` },
  source: SOURCES.thHolidays,
});

/**
 * Thailand: the library has no in-lieu days (a holiday on a weekend is taken the next working
 * day), no National Labour Day (a day off for the private and financial sectors) and, for 2027,
 * none of the Buddhist lunar holidays. 2 Jan 2026 is a special government holiday the Cabinet
 * added.
 */
export const TH_2026: CorrectionFile = {
  country: 'TH',
  year: 2026,
  reviewed: '2026-12-01',
  corrections: [
    {
      kind: 'span',
      date: '2026-01-02',
      name: { en: 'Special public holiday (New Year bridge)', zh: '特别公共假日（新年桥休）' },
      source: SOURCES.thBridge2026,
    },
    added('2026-05-01', 'National Labour Day', '全国劳动节'),
    inLieu('2026-06-01', 'Visakha Bucha', '卫塞节'),
    inLieu('2026-12-07', "King Bhumibol's Birthday, National Day and Father's Day", '九世王诞辰、国庆日及父亲节'),
  ],
};

export const TH_2027: CorrectionFile = {
  country: 'TH',
  year: 2027,
  reviewed: '2026-12-01',
  corrections: [
    inLieu('2027-02-22', 'Makha Bucha', '万佛节'),
    inLieu('2027-05-03', 'National Labour Day', '全国劳动节'),
    added('2027-05-20', 'Visakha Bucha', '卫塞节'),
    added('2027-07-19', 'Buddhist Lent Day', '守夏节'),
    inLieu('2027-07-20', 'Asarnha Bucha', '三宝节'),
    inLieu('2027-10-25', 'King Chulalongkorn Memorial Day', '五世王纪念日'),
    inLieu('2027-12-06', "King Bhumibol's Birthday, National Day and Father's Day", '九世王诞辰、国庆日及父亲节'),
  ],
};
