import type { CorrectionFile } from '../types.ts';
import { SOURCES } from './sources.ts';

const christmasEve = (year: number): CorrectionFile => ({
  country: 'DE',
  year,
  reviewed: '2026-11-30',
  corrections: [
    {
      kind: 'half-day',
      date: `${year}-12-24`,
      closesAt: '14:00',
      name: { en: 'Christmas Eve (closes 14:00)', zh: '平安夜（14:00 起休息）' },
      source: SOURCES.deLadenschluss,
    },
  ],
});

/**
 * Germany: 24 December closes at 14:00 by law. 31 December closes early only by custom (banks,
 * offices); no official text was found offline, so it is not a correction (see the docs).
 */
export const DE_2026 = christmasEve(2026);
export const DE_2027 = christmasEve(2027);
