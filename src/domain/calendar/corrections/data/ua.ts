import type { CorrectionFile } from '../types.ts';
import { SOURCES } from './sources.ts';

const working = (date: string, holiday: string, zh: string) => ({
  kind: 'abolished' as const,
  date,
  name: {
    en: `${holiday}: a working day, martial law suspends public holidays and transferred days off`,
    zh: `${zh}：工作日（战时状态暂停公共假日及调休）`,
  },
  source: SOURCES.uaMartialLaw,
});

/**
 * Ukraine: under martial law public holidays are working days and no day off is transferred
 * (Law No. 2136-IX art. 6 part 6). Each weekday the library closes is listed; weekends stay
 * weekends. If martial law ends, delete the rows from its end date on.
 */
export const UA_2026: CorrectionFile = {
  country: 'UA',
  year: 2026,
  reviewed: '2026-11-30',
  corrections: [
    working('2026-01-01', 'New Year', '元旦'),
    working('2026-01-02', 'New Year', '元旦'),
    working('2026-03-09', "International Women's Day (substitute)", '国际妇女节（补休）'),
    working('2026-04-13', 'Orthodox Easter (substitute)', '东正教复活节（补休）'),
    working('2026-05-01', 'Labour Day', '劳动节'),
    working('2026-05-11', 'Victory Day (substitute)', '胜利日（补休）'),
    working('2026-06-01', 'Pentecost (substitute)', '圣灵降临节（补休）'),
    working('2026-06-29', 'Constitution Day (substitute)', '宪法日（补休）'),
    working('2026-07-15', 'Statehood Day', '国家地位日'),
    working('2026-08-24', 'Independence Day', '独立日'),
    working('2026-10-01', 'Defenders of Ukraine Day', '乌克兰保卫者日'),
    working('2026-12-25', 'Christmas Day', '圣诞节'),
  ],
};

export const UA_2027: CorrectionFile = {
  country: 'UA',
  year: 2027,
  reviewed: '2026-11-30',
  corrections: [
    working('2027-01-01', 'New Year', '元旦'),
    working('2027-01-04', 'New Year (substitute)', '元旦（补休）'),
    working('2027-03-08', "International Women's Day", '国际妇女节'),
    working('2027-05-03', 'Orthodox Easter (substitute)', '东正教复活节（补休）'),
    working('2027-05-04', 'Labour Day (substitute)', '劳动节（补休）'),
    working('2027-05-10', 'Victory Day (substitute)', '胜利日（补休）'),
    working('2027-06-21', 'Pentecost (substitute)', '圣灵降临节（补休）'),
    working('2027-06-28', 'Constitution Day', '宪法日'),
    working('2027-07-15', 'Statehood Day', '国家地位日'),
    working('2027-08-24', 'Independence Day', '独立日'),
    working('2027-10-01', 'Defenders of Ukraine Day', '乌克兰保卫者日'),
    working('2027-12-27', 'Christmas Day (substitute)', '圣诞节（补休）'),
  ],
};
