import type { CorrectionFile } from '../types.ts';
import { SOURCES } from './sources.ts';

const eve = (date: string, en: string, zh: string) => ({
  kind: 'half-day' as const,
  date,
  closesAt: '13:00',
  name: { en: `${en} eve (arife), from 13:00`, zh: `${zh}前夕（13:00 起放假）` },
  source: SOURCES.trHolidays,
});
const notADayOff = (date: string, en: string, zh: string) => ({
  kind: 'abolished' as const,
  date,
  name: { en: `${en} ends the day before`, zh: `${zh}假期前一天结束` },
  source: SOURCES.trHolidays,
});

/**
 * Türkiye: Law No. 2429 gives Ramazan Bayramı 3½ days and Kurban Bayramı 4½ days, each from
 * 13:00 on the eve, and Republic Day from 13:00 on 28 October. The library adds a day to each
 * bayram and has no half days.
 */
export const TR_2026: CorrectionFile = {
  country: 'TR',
  year: 2026,
  reviewed: '2026-11-30',
  corrections: [
    eve('2026-03-19', 'Ramazan Bayramı', '开斋节'),
    notADayOff('2026-03-23', 'Ramazan Bayramı', '开斋节'),
    eve('2026-05-26', 'Kurban Bayramı', '宰牲节'),
    eve('2026-10-28', 'Republic Day', '共和国日'),
  ],
};

export const TR_2027: CorrectionFile = {
  country: 'TR',
  year: 2027,
  reviewed: '2026-11-30',
  corrections: [
    eve('2027-03-08', 'Ramazan Bayramı', '开斋节'),
    notADayOff('2027-03-12', 'Ramazan Bayramı', '开斋节'),
    eve('2027-05-15', 'Kurban Bayramı', '宰牲节'),
    notADayOff('2027-05-20', 'Kurban Bayramı', '宰牲节'),
    eve('2027-10-28', 'Republic Day', '共和国日'),
  ],
};
