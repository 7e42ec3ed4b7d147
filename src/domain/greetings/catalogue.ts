import type { Bilingual } from '../culture/dimensions.ts';

/** The festivals and days Chuhai suggests greeting a customer on. */
export type FestivalKey =
  | 'lunar-new-year'
  | 'mid-autumn'
  | 'eid-al-fitr'
  | 'eid-al-adha'
  | 'ramadan-start'
  | 'diwali'
  | 'holi'
  | 'christmas'
  | 'orthodox-christmas'
  | 'new-year'
  | 'nowruz'
  | 'songkran'
  | 'national-day';

export type PersonalKey = 'birthday' | 'founding-anniversary' | 'relationship-anniversary';
export type OccasionKey = FestivalKey | PersonalKey;

export interface OccasionInfo {
  title: Bilingual;
  /** days before the occasion to greet: wishes should arrive before offices close */
  leadDays: number;
  /** what to do and avoid (product judgement, kept as data and documented in docs/greetings.md) */
  guidance: Bilingual[];
}

const c = (en: string, zh: string): Bilingual => ({ en, zh });

export const OCCASIONS: Record<OccasionKey, OccasionInfo> = {
  'lunar-new-year': {
    title: c('Lunar New Year', '春节 / 农历新年'),
    leadDays: 3,
    guidance: [
      c(
        'Send New Year wishes a few days before: offices close for about a week and mail waits until they reopen.',
        '节前几天发送新春祝福：对方通常放假约一周，邮件要等复工后才会处理。',
      ),
      c(
        'Red and gold cards are lucky; avoid white or black cards and the number 4.',
        '贺卡以红色、金色为宜；避免白色或黑色，也避开数字 4。',
      ),
    ],
  },
  'mid-autumn': {
    title: c('Mid-Autumn Festival', '中秋节'),
    leadDays: 2,
    guidance: [
      c(
        'Mid-Autumn wishes before the festival; mooncakes only for close partners.',
        '节前送上中秋祝福；关系密切的客户可以送月饼。',
      ),
    ],
  },
  'eid-al-fitr': {
    title: c('Eid al-Fitr', '开斋节'),
    leadDays: 1,
    guidance: [
      c(
        'Greet with "Eid Mubarak" on the eve or the first day; business pauses for several days.',
        '节前一天或当天以 “Eid Mubarak（节日吉庆）” 问候；节日期间商务往来会暂停数天。',
      ),
      c(
        'Gifts without alcohol or pork; sweets or dates are customary.',
        '礼品不要含酒或猪肉，甜点、椰枣较为常见。',
      ),
    ],
  },
  'eid-al-adha': {
    title: c('Eid al-Adha', '宰牲节（古尔邦节）'),
    leadDays: 1,
    guidance: [
      c(
        'Greet with "Eid al-Adha Mubarak" on the eve or the first day; many take the whole week off.',
        '节前一天或当天以 “Eid al-Adha Mubarak” 问候；很多人整周休假。',
      ),
    ],
  },
  'ramadan-start': {
    title: c('Start of Ramadan', '斋月开始'),
    leadDays: 0,
    guidance: [
      c(
        'Wish "Ramadan Kareem" at its start; during the month avoid lunch invitations and call in the morning.',
        '斋月开始时致以 “Ramadan Kareem（斋月吉祥）”；斋月期间不要邀约午餐，电话尽量安排在上午。',
      ),
    ],
  },
  diwali: {
    title: c('Diwali', '排灯节'),
    leadDays: 1,
    guidance: [
      c(
        'Wish "Happy Diwali" the day before; boxes of sweets or dry fruit are the customary gift, leather is not.',
        '节前一天祝 “Happy Diwali（排灯节快乐）”；习惯送甜点或干果礼盒，不要送皮革制品。',
      ),
    ],
  },
  holi: {
    title: c('Holi', '洒红节'),
    leadDays: 0,
    guidance: [
      c(
        'A short "Happy Holi" is welcome; no gift is expected.',
        '简短祝一句 “Happy Holi” 即可，无需送礼。',
      ),
    ],
  },
  christmas: {
    title: c('Christmas', '圣诞节'),
    leadDays: 5,
    guidance: [
      c(
        'Send season’s greetings in the week before; many offices close until the New Year.',
        '圣诞前一周发送节日问候；很多公司会一直放假到新年。',
      ),
    ],
  },
  'orthodox-christmas': {
    title: c('Orthodox Christmas', '东正教圣诞节'),
    leadDays: 1,
    guidance: [
      c(
        'Orthodox Christmas is on 7 January: greet then, not on 25 December.',
        '东正教圣诞节在 1 月 7 日，应在此时而不是 12 月 25 日致意。',
      ),
    ],
  },
  'new-year': {
    title: c('New Year', '元旦'),
    leadDays: 2,
    guidance: [
      c(
        'A New Year greeting suits every market, also where Christmas is not observed.',
        '新年问候适合所有市场，包括不过圣诞节的地方。',
      ),
    ],
  },
  nowruz: {
    title: c('Nowruz', '诺鲁孜节（波斯新年）'),
    leadDays: 1,
    guidance: [
      c(
        'Wish "Nowruz Mubarak" before the holiday; it opens a week or more of holidays.',
        '节前以 “Nowruz Mubarak（新年快乐）” 问候；之后往往是一周以上的假期。',
      ),
    ],
  },
  songkran: {
    title: c('Songkran (Thai New Year)', '宋干节（泰国新年）'),
    leadDays: 1,
    guidance: [
      c(
        'Wish a happy Thai New Year before 13 April; offices close for several days.',
        '4 月 13 日前祝泰历新年快乐；办公室会休息数天。',
      ),
    ],
  },
  'national-day': {
    title: c('National day', '国庆日'),
    leadDays: 0,
    guidance: [
      c(
        'A short congratulation on their national day is appreciated; keep politics out of it.',
        '在对方国庆日简短致贺即可，不谈政治。',
      ),
    ],
  },
  birthday: {
    title: c('Birthday', '生日'),
    leadDays: 0,
    guidance: [
      c('Congratulate on the day, personally and briefly.', '生日当天简短、个人化地祝贺。'),
    ],
  },
  'founding-anniversary': {
    title: c('Company anniversary', '公司成立周年'),
    leadDays: 0,
    guidance: [c('Congratulate the company on its anniversary.', '祝贺对方公司成立周年。')],
  },
  'relationship-anniversary': {
    title: c('Anniversary of working together', '合作周年'),
    leadDays: 0,
    guidance: [c('Thank them for the years of working together.', '感谢对方多年来的合作。')],
  },
};

/**
 * Which of the country calendar's holidays (by the library's English name) are an occasion to
 * greet. Substitute days and "holidays" spans are the same occasion; the first day counts.
 */
export const HOLIDAY_PATTERNS: [FestivalKey, RegExp][] = [
  [
    'lunar-new-year',
    /^(Spring Festival|Chinese New Year|Korean New Year|Vietnamese New Year|Lunar New Year)$/,
  ],
  ['mid-autumn', /^(Mid-Autumn Festival|Korean Thanksgiving)$/],
  ['eid-al-fitr', /Eid al-Fitr|^Id el Fitr$|Hari Raya Puasa/],
  ['eid-al-adha', /Eid al-Adha|^Id el Kabir$|Hari Raya Haji/],
  ['diwali', /^(Diwali|Deepavali)$/],
  ['christmas', /^Christmas Day$/],
  ['new-year', /^New Year's Day$/],
  ['nowruz', /^(Nowruz|Nauryz|Navruz|Nevruz)$/],
  ['songkran', /^Songkran/],
  [
    'national-day',
    /^(National Day|National Holiday|Independence Day|Republic Day|Russia Day|Founding Day|National Foundation Day|Malaysia Day|Pakistan Day)$/,
  ],
];

/**
 * Hindu festivals the country calendar does not carry for India and Nepal (they are gazetted
 * yearly): Diwali (Lakshmi Puja, the new moon of Kartika) and Holi (the full moon of Phalguna),
 * as published in the Indian almanacs. A workspace corrects a date by its own holiday entry.
 */
export const HINDU_FESTIVALS: { key: 'diwali' | 'holi'; countries: string[]; dates: string[] }[] = [
  {
    key: 'diwali',
    countries: ['IN', 'NP'],
    dates: ['2025-10-20', '2026-11-08', '2027-10-29', '2028-10-17'],
  },
  {
    key: 'holi',
    countries: ['IN', 'NP'],
    dates: ['2025-03-14', '2026-03-04', '2027-03-22', '2028-03-11'],
  },
];
