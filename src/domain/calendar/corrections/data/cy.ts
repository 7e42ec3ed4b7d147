import type { CorrectionFile } from '../types.ts';
import { SOURCES } from './sources.ts';

const greenMonday = (date: string, from: string) => ({
  kind: 'moved' as const,
  date,
  from,
  name: { en: 'Green Monday (Clean Monday)', zh: '绿色星期一（洁净星期一）' },
  source: SOURCES.cyCleanMonday,
});
const kataklysmos = (date: string) => ({
  kind: 'span' as const,
  date,
  name: { en: 'Kataklysmos (Orthodox Whit Monday)', zh: '洪水节（东正教圣灵降临节次日）' },
  source: SOURCES.cyCleanMonday,
});

/** Cyprus: the library puts Green Monday on the Tuesday and leaves out Kataklysmos. */
export const CY_2026: CorrectionFile = {
  country: 'CY',
  year: 2026,
  reviewed: '2026-11-30',
  corrections: [greenMonday('2026-02-23', '2026-02-24'), kataklysmos('2026-06-01')],
};

export const CY_2027: CorrectionFile = {
  country: 'CY',
  year: 2027,
  reviewed: '2026-11-30',
  corrections: [greenMonday('2027-03-15', '2027-03-16'), kataklysmos('2027-06-21')],
};
