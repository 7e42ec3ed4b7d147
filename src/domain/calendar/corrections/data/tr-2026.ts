import type { CorrectionFile } from '../types.ts';
import { SOURCES } from './sources.ts';

/** Türkiye 2026: Ramazan Bayramı is 20–22 March with the eve from 13:00; not 23 March. */
export const TR_2026: CorrectionFile = {
  country: 'TR',
  year: 2026,
  reviewed: '2026-11-30',
  corrections: [
    {
      kind: 'half-day',
      date: '2026-03-19',
      closesAt: '13:00',
      name: { en: 'Ramazan Bayramı eve (arife)', zh: '开斋节前夕（半天）' },
      source: SOURCES.trHolidays,
    },
    {
      kind: 'abolished',
      date: '2026-03-23',
      name: { en: 'Ramazan Bayramı ends on 22 March', zh: '开斋节假期 3 月 22 日结束' },
      source: SOURCES.trHolidays,
    },
  ],
  unresolved: [],
};
