import type { CorrectionFile } from '../types.ts';
import { SOURCES } from './sources.ts';

/**
 * Korea 2026: the library puts Seollal one day late (17–19 Feb); the decree says 16–18 Feb. It
 * also leaves out the nationwide local elections of 3 June (art. 2 item 10: election days of
 * elections at the end of a term under the Public Official Election Act art. 34).
 */
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
    {
      kind: 'span',
      date: '2026-06-03',
      name: { en: '9th nationwide local elections', zh: '第九届全国同时地方选举日' },
      source: SOURCES.krHolidays,
    },
  ],
};
