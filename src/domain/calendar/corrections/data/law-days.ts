import type { Citation, Correction } from '../types.ts';

/**
 * A day the law closes that the library leaves out (kind `span`). For the countries date-holidays
 * has no data for at all (Kyrgyzstan, Iraq, Oman, Kuwait) these rows are the whole holiday table.
 * `estimated`: an Islamic date the law fixes in the Hijri calendar; the Gregorian day is the
 * calculated one (as the second source has it) and the official day follows the moon sighting,
 * so the name says so in both languages.
 */
export const lawDay =
  (source: Citation) =>
  (date: string, en: string, zh: string, estimated = false): Correction => ({
    kind: 'span',
    date,
    name: estimated ? { en: `${en} (estimated date)`, zh: `${zh}（预计日期）` } : { en, zh },
    source,
  });
