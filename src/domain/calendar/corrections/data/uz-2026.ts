import type { CorrectionFile } from '../types.ts';
import { SOURCES } from './sources.ts';

const source = SOURCES.uzDaysOff2026;
const extra = (date: string) => ({
  kind: 'substitute' as const,
  date,
  name: { en: 'Additional day off (presidential decree)', zh: '额外休息日（总统令）' },
  source,
});

/**
 * Uzbekistan 2026: additional days off and one transfer by the decree on days off for 2025–2026
 * (2 Jan, 28–29 May after Eid al-Adha, 31 Aug before Independence Day; 31 Dec off with Saturday
 * 12 Dec worked). The library has none of them.
 */
export const UZ_2026: CorrectionFile = {
  country: 'UZ',
  year: 2026,
  reviewed: '2026-12-01',
  corrections: [
    extra('2026-01-02'),
    extra('2026-05-28'),
    extra('2026-05-29'),
    extra('2026-08-31'),
    {
      kind: 'business-saturday',
      date: '2026-12-12',
      name: { en: 'Working Saturday (for the day off on 31 Dec)', zh: '周六补班（换 12 月 31 日休息）' },
      source,
    },
    {
      kind: 'substitute',
      date: '2026-12-31',
      name: { en: 'Day off (transferred from 12 Dec)', zh: '休息日（由 12 月 12 日调来）' },
      source,
    },
  ],
};
