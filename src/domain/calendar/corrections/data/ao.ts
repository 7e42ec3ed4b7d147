import type { CorrectionFile } from '../types.ts';
import { SOURCES } from './sources.ts';

const bridge = (date: string, en: string, zh: string) => ({
  kind: 'substitute' as const,
  date,
  name: { en: `Bridge day for ${en}`, zh: `${zh}桥休日` },
  source: SOURCES.aoHolidaysLaw,
});
const liberation = (date: string) => ({
  kind: 'span' as const,
  date,
  name: { en: 'Southern Africa Liberation Day', zh: '南部非洲解放日' },
  source: SOURCES.aoHolidaysLaw,
});

/**
 * Angola: Law No. 11/18 added Southern Africa Liberation Day (23 March) and makes the Monday
 * before a Tuesday holiday and the Friday after a Thursday holiday days off ("ponte"). The
 * library has neither.
 */
export const AO_2026: CorrectionFile = {
  country: 'AO',
  year: 2026,
  reviewed: '2026-12-01',
  corrections: [
    bridge('2026-01-02', "New Year's Day", '元旦'),
    bridge('2026-02-16', 'Carnival', '狂欢节'),
    liberation('2026-03-23'),
    bridge('2026-09-18', "National Heroes' Day", '国家英雄日'),
  ],
};

export const AO_2027: CorrectionFile = {
  country: 'AO',
  year: 2027,
  reviewed: '2026-12-01',
  corrections: [
    bridge('2027-02-05', 'Liberation Struggle Day (4 Feb)', '武装解放斗争纪念日'),
    bridge('2027-02-08', 'Carnival', '狂欢节'),
    bridge('2027-03-22', 'Southern Africa Liberation Day', '南部非洲解放日'),
    liberation('2027-03-23'),
    bridge('2027-11-01', "All Souls' Day", '万灵节'),
    bridge('2027-11-12', 'Independence Day', '独立日'),
  ],
};
