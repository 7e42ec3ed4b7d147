import type { Citation } from '../types.ts';

/**
 * The official texts the corrections cite. Written offline: `checked` says what was checked and
 * how; none of these addresses was opened from this repository's build, so a reviewer with
 * internet access should open each once a year (docs/calendar-accuracy.md, "Method").
 */
export const SOURCES = {
  cn2026: {
    short: '国务院办公厅 2025-11-04 通知 (State Council notice of 2025-11-04)',
    title: '国务院办公厅关于2026年部分节假日安排的通知 (State Council General Office)',
    date: '2025-11-04',
    url: 'https://www.gov.cn/zhengce/',
    checked:
      'full text as carried by Xinhua on 2025-11-04 (e.g. politics.gmw.cn/2025-11/04/content_38391083.htm); address is the gov.cn policy library where State Council notices are published',
  },
  cnRegulation: {
    short: '全国年节及纪念日放假办法 第三条',
    title:
      '全国年节及纪念日放假办法 (National Regulation on Annual Holidays and Memorial Days), art. 3: 妇女节、青年节、儿童节、建军节 are days off for part of the population only',
    date: '2024-11-10',
    url: 'https://www.gov.cn/zhengce/',
    checked:
      'article 3 of the regulation as revised by State Council decision of 2024-11-10 (in force 2025-01-01): 8 March half day for women, 4 May half day for youth 14+, 1 June for children under 14, 1 August for servicemen; not a day off for business; address is the gov.cn policy library',
  },
  krHolidays: {
    short: 'Regulations on Holidays of Government Offices, art. 2',
    title:
      '관공서의 공휴일에 관한 규정 (Regulations on Holidays of Government Offices, Presidential Decree) art. 2 item 4: 설날 전날, 설날, 설날 다음날 (lunar 12/30, 1/1, 1/2)',
    date: '2013-11-05',
    url: 'https://www.law.go.kr/법령/관공서의공휴일에관한규정',
    checked:
      'article text of art. 2 (item 4 Seollal, item 10 election days); 2013-11-05 is the amendment that introduced substitute holidays (art. 3); lunar new year 2026 = 17 Feb, so 16–18 Feb and no substitute day',
  },
  trHolidays: {
    short: 'Law No. 2429',
    title:
      'Ulusal Bayram ve Genel Tatiller Hakkında Kanun, No. 2429: art. 1 Cumhuriyet Bayramı 28 Ekim 13.00’ten itibaren; art. 2 Ramazan Bayramı 3,5 gün, Kurban Bayramı 4,5 gün, arife günü saat 13.00’ten itibaren',
    date: '1981-03-17',
    url: 'https://www.mevzuat.gov.tr/mevzuat?MevzuatNo=2429&MevzuatTur=1&MevzuatTertip=5',
    checked:
      'rule from the law; bayram dates from the Diyanet calendar as the second source has them (1 Şevval 1447 = 20 March 2026, so 19 March from 13:00 and 20–22 March; 23 March works)',
  },
  cyCleanMonday: {
    short: 'Cyprus public holidays (Orthodox Easter − 48 days)',
    title:
      'Republic of Cyprus public holidays: Green Monday (Καθαρά Δευτέρα) 48 days before and Kataklysmos (Whit Monday) 50 days after Orthodox Easter',
    // No act could be consulted offline: the date is the fact the days follow from (Orthodox
    // Easter 2026); 2027 uses the same rule with Easter on 2 May.
    date: '2026-04-12',
    url: 'https://www.gov.cy',
    checked:
      'computed: Orthodox (Julian computus) Easter 2026 = 12 April, 2027 = 2 May; Green Monday 23 Feb 2026 and 15 Mar 2027, Kataklysmos 1 Jun 2026 and 21 Jun 2027; Greece (same rule) is right in the library and the second source agrees; portal page not opened offline',
  },
  uaMartialLaw: {
    short: 'Law No. 2136-IX, art. 6',
    title:
      'Law of Ukraine No. 2136-IX “On the Organisation of Labour Relations under Martial Law”, art. 6 part 6: arts. 67 (part 3–5) and 71–73 of the Labour Code do not apply while martial law lasts',
    date: '2022-03-15',
    url: 'https://zakon.rada.gov.ua/laws/show/2136-20',
    checked:
      'text of art. 6 part 6 as quoted by courts and the State Labour Service; martial law extended by decree through the audit date; a bill to restore holidays (No. 14403, 2026-01) has not passed',
  },
  deLadenschluss: {
    short: 'LadSchlG § 3',
    title:
      'Gesetz über den Ladenschluss (LadSchlG) § 3 Abs. 1 Nr. 3: am 24. Dezember, wenn dieser Tag auf einen Werktag fällt, ab 14 Uhr geschlossen',
    date: '2003-06-02',
    url: 'https://www.gesetze-im-internet.de/ladschlg/__3.html',
    checked:
      'federal rule; the Länder laws that replaced it kept the 24 December 14:00 close; date is the promulgation of the current version',
  },
} satisfies Record<string, Citation>;
