import type { Citation, CorrectionFile } from '../types.ts';
import { SOURCES } from './sources.ts';

const special = (date: string, en: string, zh: string, source: Citation) => ({
  kind: 'span' as const,
  date,
  name: { en: `${en} (special non-working day)`, zh: `${zh}（特别非工作日）` },
  source,
});

/**
 * Philippines: the library leaves out the special non-working days, which close offices and
 * most businesses ("no work, no pay"). The recurring ones are in statute (Ninoy Aquino Day, All
 * Saints' Day, the last day of the year, the Immaculate Conception); the others are proclaimed
 * each year (2026: Proclamation No. 1006). 2027's proclamation was not read offline, so its
 * proclaimed days (All Souls' Day, Christmas Eve) stay unresolved.
 */
export const PH_2026: CorrectionFile = {
  country: 'PH',
  year: 2026,
  reviewed: '2026-12-01',
  corrections: [
    special('2026-02-17', 'Chinese New Year', '春节', SOURCES.phProclamation2026),
    special('2026-08-21', 'Ninoy Aquino Day', '尼诺·阿基诺纪念日', SOURCES.phStatute),
    special('2026-11-02', "All Souls' Day", '万灵节', SOURCES.phProclamation2026),
    special('2026-12-08', 'Feast of the Immaculate Conception', '圣母无染原罪节', SOURCES.phImmaculate),
    special('2026-12-24', 'Christmas Eve', '平安夜', SOURCES.phProclamation2026),
    special('2026-12-31', 'Last day of the year', '年末日', SOURCES.phStatute),
  ],
};

export const PH_2027: CorrectionFile = {
  country: 'PH',
  year: 2027,
  reviewed: '2026-12-01',
  corrections: [
    special('2027-11-01', "All Saints' Day", '诸圣节', SOURCES.phStatute),
    special('2027-12-08', 'Feast of the Immaculate Conception', '圣母无染原罪节', SOURCES.phImmaculate),
    special('2027-12-31', 'Last day of the year', '年末日', SOURCES.phStatute),
  ],
};
