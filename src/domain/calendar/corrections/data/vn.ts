import type { CorrectionFile } from '../types.ts';
import { SOURCES } from './sources.ts';

const compensatory = (date: string, en: string, zh: string) => ({
  kind: 'substitute' as const,
  date,
  name: { en: `${en} (compensatory day off)`, zh: `${zh}（补休）` },
  source: SOURCES.vnLabourCode,
});

/**
 * Vietnam: Labour Code 2019 art. 112 gives a compensatory day off on the next working day when a
 * holiday falls on the weekly rest day; the library leaves these out. Which day next to National
 * Day (1 or 3 Sep) is off, and the Tết days, are set by the Prime Minister each year and were not
 * read, so those stay unresolved.
 */
export const VN_2026: CorrectionFile = {
  country: 'VN',
  year: 2026,
  reviewed: '2026-12-01',
  corrections: [compensatory('2026-04-27', "Hung Kings' Commemoration Day", '雄王祭祖日')],
};

export const VN_2027: CorrectionFile = {
  country: 'VN',
  year: 2027,
  reviewed: '2026-12-01',
  corrections: [compensatory('2027-05-03', 'International Labour Day', '国际劳动节')],
};
