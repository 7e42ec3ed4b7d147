import type { CorrectionFile } from '../types.ts';
import { SOURCES } from './sources.ts';

/**
 * Iran 2026: the government declared seven days of public holiday from 1 March 2026 (with 40
 * days of national mourning). A one-off closure no holiday library can compute. Iran's lunar
 * holidays, a day apart between the two sources, are left unresolved (see the docs).
 */
export const IR_2026: CorrectionFile = {
  country: 'IR',
  year: 2026,
  reviewed: '2026-12-01',
  corrections: [1, 2, 3, 4, 5, 6, 7].map((d) => ({
    kind: 'span' as const,
    date: `2026-03-0${d}`,
    name: { en: 'Public holiday (national mourning)', zh: '公共假日（全国哀悼）' },
    source: SOURCES.irMourning2026,
  })),
};
