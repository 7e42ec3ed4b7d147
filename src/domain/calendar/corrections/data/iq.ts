import type { CorrectionFile } from '../types.ts';
import { lawDay } from './law-days.ts';
import { SOURCES } from './sources.ts';

const day = lawDay(SOURCES.iqHolidaysLaw);
const fixed = (y: number) => [
  day(`${y}-01-01`, "New Year's Day", '元旦'),
  day(`${y}-01-06`, 'Army Day', '建军节'),
  day(`${y}-03-16`, 'Commemoration of the crimes of the Baath regime', '复兴党罪行纪念日'),
  day(`${y}-03-21`, 'Nowruz', '诺鲁孜节'),
  day(`${y}-05-01`, 'Labour Day', '劳动节'),
];
const islamic = (days: [string, string, string][]) =>
  days.map(([date, en, zh]) => day(date, en, zh, true));

/**
 * Iraq: date-holidays has no data, so the holidays of the Official Holidays Law No. 12 of 2024
 * for everyone are shipped here. The Hijri days are the calculated dates; the Council of
 * Ministers announces each. Christian, Yazidi and Sabian-Mandaean holidays are for their
 * communities only and are not closed for everyone.
 */
export const IQ_2026: CorrectionFile = {
  country: 'IQ',
  year: 2026,
  reviewed: '2026-12-01',
  corrections: [
    ...fixed(2026),
    ...islamic([
      ['2026-03-20', 'Eid al-Fitr', '开斋节'],
      ['2026-03-21', 'Eid al-Fitr', '开斋节'],
      ['2026-03-22', 'Eid al-Fitr', '开斋节'],
      ['2026-05-26', 'Day of Arafah', '阿拉法特日'],
      ['2026-05-27', 'Eid al-Adha', '宰牲节'],
      ['2026-05-28', 'Eid al-Adha', '宰牲节'],
      ['2026-05-29', 'Eid al-Adha', '宰牲节'],
      ['2026-06-04', 'Eid al-Ghadir', '盖迪尔节'],
      ['2026-06-16', 'Islamic New Year', '伊斯兰新年'],
      ['2026-06-25', 'Ashura', '阿舒拉节'],
      ['2026-08-25', "Prophet's Birthday", '圣纪节'],
    ]),
  ],
};

export const IQ_2027: CorrectionFile = {
  country: 'IQ',
  year: 2027,
  reviewed: '2026-12-01',
  corrections: [
    ...fixed(2027),
    ...islamic([
      ['2027-03-09', 'Eid al-Fitr', '开斋节'],
      ['2027-03-10', 'Eid al-Fitr', '开斋节'],
      ['2027-03-11', 'Eid al-Fitr', '开斋节'],
      ['2027-05-15', 'Day of Arafah', '阿拉法特日'],
      ['2027-05-16', 'Eid al-Adha', '宰牲节'],
      ['2027-05-17', 'Eid al-Adha', '宰牲节'],
      ['2027-05-18', 'Eid al-Adha', '宰牲节'],
      ['2027-05-24', 'Eid al-Ghadir', '盖迪尔节'],
      ['2027-06-06', 'Islamic New Year', '伊斯兰新年'],
      ['2027-06-15', 'Ashura', '阿舒拉节'],
      ['2027-08-14', "Prophet's Birthday", '圣纪节'],
    ]),
  ],
};
