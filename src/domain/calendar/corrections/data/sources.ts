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
  kgLabourCode: {
    short: 'Labour Code of the Kyrgyz Republic of 23 Jan 2025',
    title:
      'Эмгек кодекси / Трудовой кодекс Кыргызской Республики of 23 January 2025: non-working holidays 1–6 Jan (New Year holidays), 7 Jan, 8 Mar, 21 Mar, 1–9 May (1 May, 5 May Constitution Day, 9 May Victory Day), 31 Aug, Orozo ait and Kurman ait; 23 Feb, 7 Apr and 7–8 Nov are working days; no transfer of days off to Saturdays',
    date: '2025-01-23',
    url: 'https://cbd.minjust.gov.kg/3-45/edition/25298/kg',
    checked:
      'code and address as named in python-holidays (vacanza/holidays, holidays/countries/kyrgyzstan.py, snapshot of 2026-07-23); the list as the Ministry of Labour announced it for 2026 (sayasat.kg, citing vesti.kg) and for 2025 (kabar.kg, 2025-02-04), read in the offline page corpus; the code itself not opened offline. Orozo ait 20 Mar and Kurman ait 27 May 2026 are marked confirmed in python-holidays; the 2027 Islamic days are its estimates',
  },
  iqHolidaysLaw: {
    short: 'Iraq Official Holidays Law No. 12 of 2024',
    title:
      'قانون العطل الرسمية رقم (12) لسنة 2024 (Official Holidays Law No. 12 of 2024), art. 1: Friday and Saturday; 1 Jan, 6 Jan Army Day, 16 Mar, 21 Mar Nowruz, 1 May; 1 Muharram, 10 Muharram (Ashura), 12 Rabi al-Awwal, Eid al-Fitr, Arafah and Eid al-Adha, 18 Dhu al-Hijjah (Ghadir)',
    // The law's own date was not read: this is the Council of Ministers' statement applying
    // art. 1/first/l to 16 March 2026, the latest dated official use of it found.
    date: '2026-03-09',
    url: 'https://natlex.ilo.org/dyn/natlex2/natlex2/files/download/116577/',
    checked:
      'law and its ILO NATLEX copy named in python-holidays (holidays/countries/iraq.py, snapshot of 2026-07-23; the full address there is a web.archive.org capture of the PDF); the list as python-holidays has it, matched with press reports applying the law (Alsumaria 2026-01-18 and 2026-03-09: 1 and 6 Jan, 16 Mar by art. 1/first/l, 21 Mar; Hijri New Year by art. 1/first/b and Ashura by art. 1/first/c in 2024), read in the offline page corpus; the PDF itself not opened offline. Date: the Council of Ministers statement of 2026-03-09. Hijri days are calculated estimates; the Council of Ministers announces each',
  },
  omHolidaysDecree: {
    short: 'Oman Royal Decree 88/2022',
    title:
      'Royal Decree 88/2022 fixing official holidays (state administrative apparatus and private sector): 1 Muharram, 12 Rabi al-Awwal, 27 Rajab, National Day, 11 January (Accession Day), Eid al-Fitr 29 Ramadan – 3 Shawwal, Eid al-Adha 9–12 Dhu al-Hijjah; a holiday on the weekend is compensated by one day',
    date: '2022-12-07',
    url: 'https://decree.om/2022/rd20220088/',
    checked:
      'decree and address named in python-holidays (holidays/countries/oman.py, snapshot of 2026-07-23, via a web.archive.org capture); its article 1 as quoted by Times of Oman (2022-12-08), Muscat Daily (2022-12-07) and the text of the earlier Royal Decree 56/2020 on decree.om (same Eid spans), read in the offline page corpus; decree.om itself not opened offline. Hijri days are calculated estimates',
  },
  omNationalDay: {
    short: 'Oman Royal Decree 15/2025',
    title: 'Royal Decree 15/2025 amending Royal Decree 88/2022: National Day holiday on 20 and 21 November',
    // The decree's own date was not read: this is the date of the report that names it.
    date: '2025-11-09',
    url: 'https://decree.om/2025/rd20250015/',
    checked:
      'decree and address named in python-holidays (holidays/countries/oman.py, capture of 2025-01-21); content as reported by Gulf News on 2025-11-09 (read in the offline page corpus), which also says the 2025 holiday was moved to 26–27 Nov by announcement: the days may move again each year',
  },
  kwLabourLaw: {
    short: 'Kuwait Law No. 6 of 2010 (private-sector labour), art. 68',
    title:
      'Law No. 6 of 2010 concerning Labour in the Private Sector, art. 68 (fully paid official holidays): Hijri New Year 1 day, Isra and Mi’raj 1 day, Eid al-Fitr 3 days, Waqfat Arafat 1 day, Eid al-Adha 3 days, Prophet’s Birthday 1 day, National Day 1 day, Liberation Day 1 day, New Year 1 day',
    date: '2010-02-21',
    url: 'https://www.kuwaittimes.com/eid-holiday-under-the-labor-law/',
    checked:
      'not named in python-holidays (its Kuwait references are Wikipedia, officeholidays and timeanddate); article 68 as quoted by Kuwait Times (address above) and the law’s header (Kuwait Al-Yawm issue 963, 21 Feb 2010) from a copy on scribd, read in the offline page corpus. The Kuwait Times quote omits Liberation Day; the qppstudio report of the gazetting (2010-02-22) and an FAQ of togetherkw.org list it, so it is included. Hijri days are calculated estimates (the second source’s)',
  },
} satisfies Record<string, Citation>;
