import type { CorrectionFile } from '../types.ts';
import { lawDay } from './law-days.ts';
import { SOURCES } from './sources.ts';

const day = lawDay(SOURCES.kwLabourLaw);
const fixed = (y: number) => [
  day(`${y}-01-01`, "New Year's Day", '元旦'),
  day(`${y}-02-25`, 'National Day', '国庆日'),
  day(`${y}-02-26`, 'Liberation Day', '解放日'),
];
const islamic = (days: [string, string, string][]) =>
  days.map(([date, en, zh]) => day(date, en, zh, true));

/**
 * Kuwait: date-holidays has no data, so the private-sector labour law's paid official holidays
 * are shipped here (art. 68 of Law No. 6 of 2010). Government offices often get longer breaks
 * by Cabinet decision, announced days before; those are not here.
 */
export const KW_2026: CorrectionFile = {
  country: 'KW',
  year: 2026,
  reviewed: '2026-12-01',
  corrections: [
    ...fixed(2026),
    ...islamic([
      ['2026-01-16', "Isra and Mi'raj", '登霄节'],
      ['2026-03-20', 'Eid al-Fitr', '开斋节'],
      ['2026-03-21', 'Eid al-Fitr', '开斋节'],
      ['2026-03-22', 'Eid al-Fitr', '开斋节'],
      ['2026-05-26', 'Day of Arafah', '阿拉法特日'],
      ['2026-05-27', 'Eid al-Adha', '宰牲节'],
      ['2026-05-28', 'Eid al-Adha', '宰牲节'],
      ['2026-05-29', 'Eid al-Adha', '宰牲节'],
      ['2026-06-16', 'Islamic New Year', '伊斯兰新年'],
      ['2026-08-25', "Prophet's Birthday", '圣纪节'],
    ]),
  ],
};

export const KW_2027: CorrectionFile = {
  country: 'KW',
  year: 2027,
  reviewed: '2026-12-01',
  corrections: [
    ...fixed(2027),
    ...islamic([
      ['2027-01-05', "Isra and Mi'raj", '登霄节'],
      ['2027-03-09', 'Eid al-Fitr', '开斋节'],
      ['2027-03-10', 'Eid al-Fitr', '开斋节'],
      ['2027-03-11', 'Eid al-Fitr', '开斋节'],
      ['2027-05-15', 'Day of Arafah', '阿拉法特日'],
      ['2027-05-16', 'Eid al-Adha', '宰牲节'],
      ['2027-05-17', 'Eid al-Adha', '宰牲节'],
      ['2027-05-18', 'Eid al-Adha', '宰牲节'],
      ['2027-06-06', 'Islamic New Year', '伊斯兰新年'],
      ['2027-08-14', "Prophet's Birthday", '圣纪节'],
      ['2027-12-25', "Isra and Mi'raj", '登霄节'],
    ]),
  ],
};
