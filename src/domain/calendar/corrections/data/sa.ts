import type { CorrectionFile } from '../types.ts';
import { SOURCES } from './sources.ts';

const inLieu = (date: string, en: string, zh: string) => ({
  kind: 'substitute' as const,
  date,
  name: { en: `${en} (day in lieu of a weekend day)`, zh: `${zh}（周末补休）` },
  source: SOURCES.saEidHolidays,
});

/**
 * Saudi Arabia: an Eid holiday day that falls on the Friday–Saturday weekend is given back on
 * the next working day; the library has the Eid days but not these.
 */
export const SA_2026: CorrectionFile = {
  country: 'SA',
  year: 2026,
  reviewed: '2026-12-01',
  corrections: [
    inLieu('2026-03-23', 'Eid al-Fitr', '开斋节'),
    inLieu('2026-03-24', 'Eid al-Fitr', '开斋节'),
    inLieu('2026-05-31', 'Eid al-Adha', '宰牲节'),
  ],
};

export const SA_2027: CorrectionFile = {
  country: 'SA',
  year: 2027,
  reviewed: '2026-12-01',
  corrections: [
    inLieu('2027-03-14', 'Eid al-Fitr', '开斋节'),
    inLieu('2027-05-19', 'Eid al-Adha', '宰牲节'),
  ],
};
