import type { CorrectionFile } from '../types.ts';
import { SOURCES } from './sources.ts';

/**
 * Egypt 2026: the Prime Minister moves a mid-week national holiday to a Thursday or Sunday by a
 * decision each time (Decision No. 1249 of 2020 allows it). Only the moves whose decision was
 * read are here; the others of 2026–2027 stay unresolved (see the docs).
 */
export const EG_2026: CorrectionFile = {
  country: 'EG',
  year: 2026,
  reviewed: '2026-12-01',
  corrections: [
    {
      kind: 'moved',
      date: '2026-01-29',
      from: '2026-01-25',
      name: {
        en: 'January 25 Revolution and Police Day (moved to Thursday)',
        zh: '一·二五革命纪念日暨警察节（移至周四）',
      },
      source: SOURCES.egJan2026,
    },
  ],
};
