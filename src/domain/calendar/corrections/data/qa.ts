import type { CorrectionFile } from '../types.ts';
import { SOURCES } from './sources.ts';

const sportsDay = (date: string) => ({
  kind: 'span' as const,
  date,
  name: { en: 'National Sports Day', zh: '国家体育日' },
  source: SOURCES.qaSportsDay,
});

/** Qatar: National Sports Day (second Tuesday of February) is a public holiday; the library lacks it. */
export const QA_2026: CorrectionFile = {
  country: 'QA',
  year: 2026,
  reviewed: '2026-12-01',
  corrections: [sportsDay('2026-02-10')],
};

export const QA_2027: CorrectionFile = {
  country: 'QA',
  year: 2027,
  reviewed: '2026-12-01',
  corrections: [sportsDay('2027-02-09')],
};
