import type { CorrectionFile } from '../types.ts';
import { lawDay } from './law-days.ts';
import { SOURCES } from './sources.ts';

const day = lawDay(SOURCES.omHolidaysDecree);
const nationalDay = lawDay(SOURCES.omNationalDay);
const islamic = (days: [string, string, string][]) =>
  days.map(([date, en, zh]) => day(date, en, zh, true));

/**
 * Oman: date-holidays has no data, so Royal Decree 88/2022's holidays are shipped here: Eid
 * al-Fitr from 29 Ramadan to 3 Shawwal, Eid al-Adha 9–12 Dhu al-Hijjah, Hijri New Year, the
 * Prophet's Birthday, Isra and Mi'raj, the Accession Day and (Decree 15/2025) National Day on
 * 20–21 November. The decree compensates a holiday that falls on the weekend with one day, but
 * which day is announced each year, so no compensation day is shipped (see the docs).
 */
export const OM_2026: CorrectionFile = {
  country: 'OM',
  year: 2026,
  reviewed: '2026-12-01',
  corrections: [
    day('2026-01-11', "Sultan's Accession Day", '苏丹登基日'),
    nationalDay('2026-11-20', 'National Day', '国庆日'),
    nationalDay('2026-11-21', 'National Day', '国庆日'),
    ...islamic([
      ['2026-01-16', "Isra and Mi'raj", '登霄节'],
      ['2026-03-18', 'Eid al-Fitr', '开斋节'],
      ['2026-03-19', 'Eid al-Fitr', '开斋节'],
      ['2026-03-20', 'Eid al-Fitr', '开斋节'],
      ['2026-03-21', 'Eid al-Fitr', '开斋节'],
      ['2026-03-22', 'Eid al-Fitr', '开斋节'],
      ['2026-05-26', 'Eid al-Adha (Day of Arafah)', '宰牲节（阿拉法特日）'],
      ['2026-05-27', 'Eid al-Adha', '宰牲节'],
      ['2026-05-28', 'Eid al-Adha', '宰牲节'],
      ['2026-05-29', 'Eid al-Adha', '宰牲节'],
      ['2026-06-16', 'Islamic New Year', '伊斯兰新年'],
      ['2026-08-25', "Prophet's Birthday", '圣纪节'],
    ]),
  ],
};

export const OM_2027: CorrectionFile = {
  country: 'OM',
  year: 2027,
  reviewed: '2026-12-01',
  corrections: [
    day('2027-01-11', "Sultan's Accession Day", '苏丹登基日'),
    nationalDay('2027-11-20', 'National Day', '国庆日'),
    nationalDay('2027-11-21', 'National Day', '国庆日'),
    ...islamic([
      ['2027-01-05', "Isra and Mi'raj", '登霄节'],
      ['2027-03-08', 'Eid al-Fitr', '开斋节'],
      ['2027-03-09', 'Eid al-Fitr', '开斋节'],
      ['2027-03-10', 'Eid al-Fitr', '开斋节'],
      ['2027-03-11', 'Eid al-Fitr', '开斋节'],
      ['2027-05-15', 'Eid al-Adha (Day of Arafah)', '宰牲节（阿拉法特日）'],
      ['2027-05-16', 'Eid al-Adha', '宰牲节'],
      ['2027-05-17', 'Eid al-Adha', '宰牲节'],
      ['2027-05-18', 'Eid al-Adha', '宰牲节'],
      ['2027-06-06', 'Islamic New Year', '伊斯兰新年'],
      ['2027-08-14', "Prophet's Birthday", '圣纪节'],
      ['2027-12-25', "Isra and Mi'raj", '登霄节'],
    ]),
  ],
};
