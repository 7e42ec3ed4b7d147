import type { CorrectionFile } from '../types.ts';
import { SOURCES } from './sources.ts';

const revolutionDay = (date: string) => ({
  kind: 'span' as const,
  date,
  name: { en: 'Zanzibar Revolution Day', zh: '桑给巴尔革命日' },
  source: SOURCES.tzPublicHolidaysAct,
});

/** Tanzania: Zanzibar Revolution Day (12 January) is a national public holiday; the library lacks it. */
export const TZ_2026: CorrectionFile = {
  country: 'TZ',
  year: 2026,
  reviewed: '2026-12-01',
  corrections: [revolutionDay('2026-01-12')],
};

export const TZ_2027: CorrectionFile = {
  country: 'TZ',
  year: 2027,
  reviewed: '2026-12-01',
  corrections: [revolutionDay('2027-01-12')],
};
