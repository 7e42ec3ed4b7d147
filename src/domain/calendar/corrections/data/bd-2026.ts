import type { CorrectionFile } from '../types.ts';
import { SOURCES } from './sources.ts';

const source = SOURCES.bdHolidays2026;
const added = (date: string, en: string, zh: string) => ({
  kind: 'span' as const,
  date,
  name: { en, zh },
  source,
});
const moved = (from: string, date: string, en: string, zh: string) => ({
  kind: 'moved' as const,
  date,
  from,
  name: { en, zh },
  source,
});

/**
 * Bangladesh 2026: the Ministry of Public Administration's list of 2026 holidays has Shab-e-Barat,
 * a third Eid al-Fitr day and the new July Mass Uprising Day, which the library lacks, and the
 * lunar days of Ashura and the Prophet's Birthday one day after the library's calculation. The
 * other differences (Eid al-Adha, the Hindu and Buddhist holidays the second source lacks) are
 * left unresolved.
 */
export const BD_2026: CorrectionFile = {
  country: 'BD',
  year: 2026,
  reviewed: '2026-12-01',
  corrections: [
    added('2026-02-04', "Shab-e-Barat (Mid-Sha'ban)", '拜拉特夜'),
    added('2026-03-23', 'Eid al-Fitr', '开斋节'),
    moved('2026-06-25', '2026-06-26', 'Ashura', '阿舒拉节'),
    added('2026-08-05', 'July Mass Uprising Day', '七月群众起义日'),
    moved('2026-08-25', '2026-08-26', "Prophet's Birthday (Eid-e-Miladunnabi)", '圣纪节'),
  ],
};
