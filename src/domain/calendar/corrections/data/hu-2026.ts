import type { CorrectionFile } from '../types.ts';
import { SOURCES } from './sources.ts';

const source = SOURCES.huWorkdays2026;
const dayOff = (date: string, worked: string) => ({
  kind: 'substitute' as const,
  date,
  name: { en: `Bridge day off (worked on ${worked})`, zh: `桥休日（于 ${worked} 补班）` },
  source,
});
const workingSaturday = (date: string, off: string) => ({
  kind: 'business-saturday' as const,
  date,
  name: { en: `Working Saturday (for the day off on ${off})`, zh: `周六补班（换 ${off} 休息）` },
  source,
});

/**
 * Hungary 2026: the ministerial decree on the 2026 working-day rearrangement swaps three bridge
 * days with Saturdays. The library has neither side of the swaps.
 */
export const HU_2026: CorrectionFile = {
  country: 'HU',
  year: 2026,
  reviewed: '2026-12-01',
  corrections: [
    dayOff('2026-01-02', '2026-01-10'),
    workingSaturday('2026-01-10', '2026-01-02'),
    workingSaturday('2026-08-08', '2026-08-21'),
    dayOff('2026-08-21', '2026-08-08'),
    workingSaturday('2026-12-12', '2026-12-24'),
    dayOff('2026-12-24', '2026-12-12'),
  ],
};
