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
    url: 'https://natlex.ilo.org/dyn/natlex2/natlex2/files/download/116577/قانون%20العطل%20الرسمية%20-%20Copy%20-%20Copy_396.pdf',
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
  twHolidays: {
    short: 'Taiwan 2025 holidays amendment (Decree No. 11400053171)',
    title:
      'Taiwan’s rules on memorial days and holidays as amended in 2025 (Decree No. 11400053171): 孔子誕辰紀念日 28 Sep, 臺灣光復暨金門古寧頭大捷紀念日 25 Oct and 行憲紀念日 25 Dec days off from 2025; 勞動節 and the day before 農曆除夕 days off for all from 2026; a holiday on Saturday is observed the Friday before, on Sunday the Monday after (rule of Ministry of Interior Order No. 1030182404)',
    // The act's own date was not read: this is the date of the archive capture of the
    // Ministry of Justice news item that python-holidays cites for it.
    date: '2025-06-02',
    url: 'https://law.moj.gov.tw/News/newsdetail.aspx?msgid=191745',
    checked:
      'decree number, address and rules as in python-holidays (holidays/countries/taiwan.py, snapshot of 2026-07-23), which checks 2026 against the DGPA work calendar for 2026 (dgpa.gov.tw, captured 2026-04-07); the act and the DGPA calendar not opened offline. 2027 days follow from the same rules; the DGPA 2027 calendar was not consulted',
  },
  phStatute: {
    short: 'Philippines Revised Administrative Code, Book I ch. 7 (as amended)',
    title:
      'Executive Order No. 292 (Revised Administrative Code of 1987), Book I chapter 7, regular holidays and nationwide special days, as amended (Republic Acts No. 9256, 9492 and others): the recurring nationwide special days include Ninoy Aquino Day (21 Aug), All Saints’ Day (1 Nov) and the last day of the year (31 Dec)',
    date: '2007-07-24',
    url: 'https://www.officialgazette.gov.ph/2007/07/24/republic-act-no-9492/',
    checked:
      'acts and addresses named in python-holidays (holidays/countries/philippines.py, snapshot of 2026-07-23, via web.archive.org captures); the days as it models them; the texts not opened offline. Date: RA 9492 as dated in its Official Gazette address',
  },
  phImmaculate: {
    short: 'Republic Act No. 10966',
    title:
      'Republic Act No. 10966: 8 December (Feast of the Immaculate Conception of Mary) a special non-working holiday in the entire country',
    date: '2017-12-28',
    url: 'https://www.officialgazette.gov.ph/2017/12/28/republic-act-no-10966/',
    checked:
      'act and address named in python-holidays (holidays/countries/philippines.py, snapshot of 2026-07-23, via a web.archive.org capture); the act not opened offline',
  },
  phProclamation2026: {
    short: 'Philippines Proclamation No. 1006, s. 2025',
    title:
      'Proclamation No. 1006, s. 2025: regular holidays and special (non-working) days for 2026 (Chinese New Year 17 Feb, All Souls’ Day 2 Nov, Christmas Eve 24 Dec)',
    date: '2025-09-03',
    url: 'https://archive.org/details/20250903-proc-1006-frm',
    checked:
      'proclamation and address named in python-holidays (holidays/countries/philippines.py, snapshot of 2026-07-23) as the source of its 2026 special days; the days as it has them; the proclamation itself not opened offline. Date from the archived file name',
  },
  irMourning2026: {
    short: 'Iran Council of Ministers decision of 2026-03-01',
    title:
      'هیئت دولت: ۴۰ روز عزای عمومی، ۷ روز تعطیل عمومی (Council of Ministers: 40 days of national mourning and 7 days of public holiday from 1 March 2026)',
    date: '2026-03-01',
    url: 'https://www.tasnimnews.ir/en/news/2026/03/01/3528137/',
    checked:
      'reports by Tasnim News (English) and Aban Online of 2026-03-01 as named (archive.today captures of 2026-03-02) in python-holidays (holidays/countries/iran.py, snapshot of 2026-07-23), which has 1–7 March 2026 as public holidays; the reports themselves not opened offline',
  },
  thHolidays: {
    short: 'Thailand Holidays Acts and Cabinet resolutions on in-lieu days',
    title:
      'Thai public holidays: the Holidays Acts (ratchakitcha.soc.go.th), the Cabinet resolutions of B.E. 2544 (2001) and 2547 (2004) resuming in-lieu days (a holiday on Saturday or Sunday is taken the next working day), National Labour Day (1 May, private and financial sectors), and the Buddhist lunar holidays (Makha, Visakha, Asarnha Bucha, Buddhist Lent) as the Office of National Buddhism sets them',
    // No single act carries all of these; this is the archive capture of the 2001 resolution
    // that python-holidays cites for the in-lieu rule (the resolution's own date not read).
    date: '2025-04-28',
    url: 'https://resolution.soc.go.th/?prep_id=99159317',
    checked:
      'references named in python-holidays (holidays/countries/thailand.py, snapshot of 2026-07-23); days as it computes them (in-lieu rule, Thai lunar calendar for 2027); none of the texts opened offline; the 2027 Cabinet holiday calendar not read',
  },
  thBridge2026: {
    short: 'Secretariat of the Cabinet, special government holiday 2 Jan 2026',
    title:
      'สำนักเลขาธิการคณะรัฐมนตรี: วันหยุดราชการเพิ่มเป็นกรณีพิเศษ ประจำปี 2569 — วันศุกร์ที่ 2 มกราคม 2569 (state enterprises, the Bank of Thailand and the Ministry of Labour to follow for their sectors)',
    date: '2025-11-06',
    url: 'https://mgronline.com/uptodate/detail/9680000106109',
    checked:
      'report of 2025-11-06 (MGR Online, address above) on the Secretariat of the Cabinet’s confirmation, and reports of 2025-12-02 and 2025-12-23 (Thai PBS/Thaiger, Kapook) that it stands, read in the offline page corpus; python-holidays has the day as a bridge public holiday; the resolution itself not opened offline',
  },
  aoHolidaysLaw: {
    short: 'Angola Law No. 11/18',
    title:
      'Lei n.º 11/18 (Lei dos Feriados Nacionais e Datas de Celebração Nacional): adds 23 March, Dia da Libertação da África Austral; a holiday on Tuesday makes the Monday before, on Thursday the Friday after, a day off (ponte)',
    // The law's own date was not read; python-holidays applies it from this date.
    date: '2018-09-10',
    url: 'https://equadros.gov.ao/documents/40468/0/Lei_no_11-18+(1).pdf',
    checked:
      'law and address named in python-holidays (holidays/countries/angola.py, snapshot of 2026-07-23, via a web.archive.org capture; also siac.gv.ao/downloads/181029-Lei-Feriados.pdf), which applies the bridge rule from 2018-09-10; the PDF not opened offline',
  },
  egJan2026: {
    short: 'Egypt Prime Minister’s decision of 2026-01-18',
    title:
      'قرار رئيس مجلس الوزراء: الخميس 29 يناير 2026 إجازة رسمية مدفوعة الأجر (ministries, public and private sector) بدلاً من الأحد 25 يناير 2026، بمناسبة عيد ثورة 25 يناير وعيد الشرطة',
    date: '2026-01-18',
    url: 'https://www.masrawy.com/news/news_egypt/details/2026/1/18/2927481/',
    checked:
      'decision as reported on 2026-01-18 by Masrawy (address above) and Vetogate, and by Al-Masry Al-Youm with the enabling Decision No. 1249 of 2020, read in the offline page corpus; the Official Gazette text not opened. python-holidays (holidays/countries/egypt.py) moves the day the same way by rule',
  },
  bdHolidays2026: {
    short: 'Bangladesh MoPA list of 2026 holidays',
    title:
      '২০২৬ খ্রিষ্টাব্দের ছুটির তালিকার প্রজ্ঞাপন (Ministry of Public Administration notification of the 2026 public and general holidays)',
    // The notification's own date was not read: this is the date of the archive capture that
    // python-holidays cites for it.
    date: '2026-05-09',
    url: 'https://mopa.gov.bd/pages/public-holiday/',
    checked:
      'notification named (web.archive.org capture of 2026-05-09) in python-holidays (holidays/countries/bangladesh.py, snapshot of 2026-07-23), whose 2026 Islamic dates are marked confirmed from it; days as python-holidays has them; the notification itself not opened offline',
  },
  qaSportsDay: {
    short: 'Hukoomi (Qatar government portal): National Sport Day',
    title:
      'Qatar National Sport Day, the second Tuesday of February, an official holiday (Hukoomi, the Qatar government portal)',
    // The page's own date was not read: this is the date of the archive capture that
    // python-holidays cites for it.
    date: '2025-04-17',
    url: 'https://hukoomi.gov.qa/en/national-sport-day',
    checked:
      'page named (web.archive.org capture of 2025-04-17) in python-holidays (holidays/countries/qatar.py, snapshot of 2026-07-23), which has the day as a public holiday from 2012; the page not opened offline',
  },
  huWorkdays2026: {
    short: 'Hungary NGM Decree 10/2025 (2026 working-day rearrangement)',
    title:
      '10/2025 NGM rendelet (Ministry for National Economy decree on the 2026 work schedule): 2 Jan, 21 Aug and 24 Dec rest days, worked on Saturdays 10 Jan, 8 Aug and 12 Dec',
    // The decree's own date was not read: this is the date of the archive capture that
    // python-holidays cites for it.
    date: '2025-05-26',
    url: 'https://jogkodex.hu/jsz/2025_10_ngm_rendelet_5591314',
    checked:
      'decree and address named (web.archive.org capture of 2025-05-26) in python-holidays (holidays/countries/hungary.py, snapshot of 2026-07-23); the three swaps as it has them; the decree not opened offline',
  },
  uzDaysOff2026: {
    short: 'Uzbekistan decree on days off for 2025–2026 (lex.uz 7938920)',
    title:
      'Uzbekistan: decree on additional days off and transfers of days off for 2025–2026 (2 Jan, 28–29 May, 31 Aug 2026 additional days off; 31 Dec 2026 off, 12 Dec 2026 worked)',
    // The decree's own date was not read: this is the date of the archive capture that
    // python-holidays cites for it.
    date: '2025-12-27',
    url: 'https://lex.uz/docs/-7938920',
    checked:
      'decree and address named (web.archive.org capture of 2025-12-27) in python-holidays (holidays/countries/uzbekistan.py, snapshot of 2026-07-23); the days as it has them; the decree not opened offline',
  },
  vnLabourCode: {
    short: 'Vietnam Labour Code 2019, art. 112',
    title:
      'Bộ luật Lao động 2019 (Labour Code 2019), art. 112: public holidays (New Year, Tết, Hung Kings, 30 Apr, 1 May, National Day 2 Sep and one adjacent day); a holiday on the weekly rest day is compensated on the next working day',
    // The code's own date was not read: this is the date of the archive capture that
    // python-holidays cites for it.
    date: '2025-01-08',
    url: 'https://vbpl.vn/TW/pages/vbpqen-toanvan.aspx?ItemID=11135',
    checked:
      'code, article and address (English text, web.archive.org capture) named in python-holidays (holidays/countries/vietnam.py, snapshot of 2026-07-23), whose rules give the same days; the code not opened offline',
  },
  sgPublicHolidays2027: {
    short: 'Singapore MOM, public holidays 2027',
    title:
      'Ministry of Manpower: public holidays for 2027 (Holidays Act 1998): Hari Raya Puasa 10 Mar, Hari Raya Haji 17 May, Vesak Day 20 May',
    // The announcement's own date was not read: this is the date of the archive capture that
    // python-holidays cites for the MOM page.
    date: '2026-06-18',
    url: 'https://mom.gov.sg/employment-practices/public-holidays',
    checked:
      'MOM page named (web.archive.org capture of 2026-06-18) in python-holidays (holidays/countries/singapore.py, snapshot of 2026-07-23), which marks its 2027 Hari Raya Puasa, Hari Raya Haji and Vesak dates as confirmed; the page itself not opened offline',
  },
  saEidHolidays: {
    short: 'Saudi Labour Law executive regulations, art. 24 (HRSD)',
    title:
      'Ministry of Human Resources and Social Development: Eid al-Fitr 2026 for the private and non-profit sectors, four days from the end of work on 29 Ramadan (Wed 18 March 2026); under art. 24 of the Labour Law’s executive regulations a holiday day that falls on the weekly rest day is compensated',
    date: '2026-03-05',
    url: 'https://arynews.tv/saudi-arabia-announces-eid-al-fitr-holidays-for-private-and-non-profit-sectors',
    checked:
      'HRSD announcement as reported by ARY News on 2026-03-05 (address above), and the yearly announcements citing art. 24 para. 2 (Zawya 2025-03-12), read in the offline page corpus; python-holidays (saudi_arabia.py) gives the same compensation days by rule. The regulations themselves not opened; Eid al-Adha 2026 and the 2027 days follow the same rule from Umm al-Qura dates, not from an announcement',
  },
  tzPublicHolidaysAct: {
    short: 'Tanzania Public Holidays Act',
    title:
      'The Public Holidays Act (Tanzania, text as of 2025, National Printing Services): schedule of public holidays including Mapinduzi ya Zanzibar (Zanzibar Revolution Day), 12 January',
    // The act's own date was not read: this is the date of the archive capture that
    // python-holidays cites for the consolidated text.
    date: '2025-07-26',
    url: 'https://www.nps.go.tz/uploads/documents/sw-1751397436-THE%20PUBLIC%20HOLIDAYS%20ACT.pdf',
    checked:
      'act and address named (web.archive.org capture of 2025-07-26) in python-holidays (holidays/countries/tanzania.py, snapshot of 2026-07-23), which has 12 January as a public holiday for the whole country; the PDF not opened offline',
  },
  aeUnifiedHolidays: {
    short: 'UAE Cabinet, unified official holidays',
    title:
      'UAE Cabinet decree of March 2019 unifying public- and private-sector official holidays, and the yearly lists that follow it: New Year, Eid al-Fitr (29 Ramadan – 3 Shawwal), Arafat Day (9 Dhu al-Hijjah), Eid al-Adha (10–12 Dhu al-Hijjah), Hijri New Year, the Prophet’s Birthday, National Day 2–3 December; Isra and Mi’raj no longer listed',
    date: '2019-03-05',
    url: 'https://gulfnews.com/uae/uae-cabinet-approves-national-holidays-for-public-and-private-sector-1.1572516124110',
    checked:
      'reports read in the offline page corpus: Gulf News 2019-10-31 (address above: the 2019–2020 list, decree issued in March), Teller Report (decree of 5 March; Isra and Mi’raj and the first of Ramadan not on the list) and Gulf News 2022-11-27 (2023 list, National Day 2–3 Dec); python-holidays (united_arab_emirates.py) drops Isra and Mi’raj from 2019. The 2026 and 2027 Cabinet lists were not read; the decree text itself not opened',
  },
} satisfies Record<string, Citation>;
