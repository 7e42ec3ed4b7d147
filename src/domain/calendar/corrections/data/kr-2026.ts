import type { CorrectionFile } from '../types.ts';
import { SOURCES } from './sources.ts';

/** Korea 2026: the library puts Seollal one day late (17–19 Feb); the decree says 16–18 Feb. */
export const KR_2026: CorrectionFile = {
  country: 'KR',
  year: 2026,
  reviewed: '2026-11-30',
  corrections: [
    {
      kind: 'span',
      date: '2026-02-16',
      name: { en: "Seollal (Lunar New Year's Eve)", zh: '春节（除夕）' },
      source: SOURCES.krHolidays,
    },
    {
      kind: 'abolished',
      date: '2026-02-19',
      name: { en: 'Seollal ends on 18 February', zh: '春节假期 2 月 18 日结束' },
      source: SOURCES.krHolidays,
    },
  ],
  unresolved: [],
};
