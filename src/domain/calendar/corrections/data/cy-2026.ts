import type { CorrectionFile } from '../types.ts';
import { SOURCES } from './sources.ts';

/** Cyprus 2026: Green Monday is 23 February (the library has the Tuesday). */
export const CY_2026: CorrectionFile = {
  country: 'CY',
  year: 2026,
  reviewed: '2026-11-30',
  corrections: [
    {
      kind: 'moved',
      date: '2026-02-23',
      from: '2026-02-24',
      name: { en: 'Green Monday (Clean Monday)', zh: '绿色星期一（圣灰星期一）' },
      source: SOURCES.cyCleanMonday,
    },
  ],
  unresolved: [],
};
