import type { CorrectionFile } from '../types.ts';
import { SOURCES } from './sources.ts';

const partial = (date: string, en: string, zh: string) => ({
  kind: 'abolished' as const,
  date,
  name: { en: `${en}: a day off for part of the population only`, zh: `${zh}：仅部分人群放假` },
  source: SOURCES.cnRegulation,
});

/**
 * China 2027: the library closes the partial-population days for everyone. The State Council's
 * 2027 schedule was not available offline when this was reviewed; those days are unresolved.
 */
export const CN_2027: CorrectionFile = {
  country: 'CN',
  year: 2027,
  reviewed: '2026-11-30',
  corrections: [
    partial('2027-03-08', "International Women's Day", '妇女节'),
    partial('2027-06-01', "Children's Day", '儿童节'),
  ],
};
