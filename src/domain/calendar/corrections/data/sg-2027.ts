import type { CorrectionFile } from '../types.ts';
import { SOURCES } from './sources.ts';

const source = SOURCES.sgPublicHolidays2027;

/**
 * Singapore 2027: the Ministry of Manpower's list of 2027 public holidays puts Hari Raya Puasa
 * on 10 March and Hari Raya Haji on Monday 17 May, a day after the library's calculation, and has
 * Vesak Day on 20 May, which the library lacks.
 */
export const SG_2027: CorrectionFile = {
  country: 'SG',
  year: 2027,
  reviewed: '2026-12-01',
  corrections: [
    {
      kind: 'moved',
      date: '2027-03-10',
      from: '2027-03-09',
      name: { en: 'Hari Raya Puasa', zh: '开斋节' },
      source,
    },
    {
      kind: 'moved',
      date: '2027-05-17',
      from: '2027-05-16',
      name: { en: 'Hari Raya Haji', zh: '哈芝节' },
      source,
    },
    { kind: 'span', date: '2027-05-20', name: { en: 'Vesak Day', zh: '卫塞节' }, source },
  ],
};
