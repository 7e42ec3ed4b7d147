import type { CorrectionFile } from '../types.ts';
import { lawDay } from './law-days.ts';
import { SOURCES } from './sources.ts';

const day = lawDay(SOURCES.kgLabourCode);
const newYear = (y: number) =>
  [1, 2, 3, 4, 5, 6].map((d) =>
    d === 1
      ? day(`${y}-01-01`, "New Year's Day", '元旦')
      : day(`${y}-01-0${d}`, 'New Year holidays', '新年假期'),
  );
const may = (y: number) =>
  [1, 2, 3, 4, 5, 6, 7, 8, 9].map((d) => {
    const date = `${y}-05-0${d}`;
    if (d === 1) return day(date, 'Labour Day', '劳动节');
    if (d === 5) return day(date, 'Constitution Day', '宪法日');
    if (d === 9) return day(date, 'Victory Day', '胜利日');
    return day(date, 'May holidays', '五月假期');
  });
const fixed = (y: number) => [
  day(`${y}-01-07`, 'Orthodox Christmas', '东正教圣诞节'),
  day(`${y}-03-08`, "International Women's Day", '国际妇女节'),
  day(`${y}-03-21`, 'Nooruz', '诺鲁孜节'),
  day(`${y}-08-31`, 'Independence Day', '独立日'),
];

/**
 * Kyrgyzstan: date-holidays has no data, so the Labour Code of 2025's holidays are shipped here:
 * New Year holidays 1–6 Jan and May holidays 1–9 May (no transfer to Saturdays any more), the
 * fixed days, and Orozo ait / Kurman ait. 23 Feb, 7 Apr and 7–8 Nov stay working days under the
 * 2025 code. The Cabinet's extension of 8–9 Jan 2026 covers state bodies only, so it is not here.
 */
export const KG_2026: CorrectionFile = {
  country: 'KG',
  year: 2026,
  reviewed: '2026-12-01',
  corrections: [
    ...newYear(2026),
    ...fixed(2026),
    ...may(2026),
    day('2026-03-20', 'Orozo ait (Eid al-Fitr)', '开斋节'),
    day('2026-05-27', 'Kurman ait (Eid al-Adha)', '宰牲节'),
  ],
};

export const KG_2027: CorrectionFile = {
  country: 'KG',
  year: 2027,
  reviewed: '2026-12-01',
  corrections: [
    ...newYear(2027),
    ...fixed(2027),
    ...may(2027),
    day('2027-03-09', 'Orozo ait (Eid al-Fitr)', '开斋节', true),
    day('2027-05-16', 'Kurman ait (Eid al-Adha)', '宰牲节', true),
  ],
};
