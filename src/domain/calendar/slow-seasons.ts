import type { BusinessCalendar } from './business-calendar.ts';
import { addDays, fromDay, toDay } from './dates.ts';

export type SlowSeasonKind = 'ramadan' | 'christmas' | 'august' | 'lunar-new-year' | 'home-holiday';

/** A stretch of low responsiveness: not closed, but replies are slow and decisions wait. */
export interface SlowSeason {
  kind: SlowSeasonKind;
  start: string;
  end: string;
  /** for home-holiday: the holiday names inside the stretch */
  names?: string[];
}

// Market lists are product judgement, kept here as data: majority-Muslim markets for Ramadan,
// Christian-majority markets for the Christmas–New Year lull, the European August shutdown,
// and the markets that stop for the Lunar New Year.
const RAMADAN = new Set(
  'AE AF AZ BD BH BN DJ DZ EG GM GN ID IQ IR JO KG KM KW KZ LB LY MA ML MR MV MY NE OM PK PS QA SA SD SN SO SY TJ TM TN TR UZ YE'.split(
    ' ',
  ),
);
const CHRISTMAS = new Set(
  'AD AG AM AR AT AU BB BE BG BO BR BS BZ CA CH CL CO CR CY CZ DE DK DM DO EC EE ES FI FJ FR GB GD GE GR GT GY HN HR HU IE IS IT JM KE LC LI LT LU LV MC MD ME MK MT MX MZ NA NI NL NO NZ PA PE PG PH PL PT PY RO RS RU SE SI SK SM SR SV TT UA US UY VA VC VE ZA ZM ZW'.split(
    ' ',
  ),
);
const AUGUST = new Set('AD BE CY ES FR GR HR IT LU MC MT PT SI SM'.split(' '));
const LUNAR_NEW_YEAR = new Set('BN CN HK ID KR MO MY SG TW VN'.split(' '));

export const slowSeasonMarkets = { RAMADAN, CHRISTMAS, AUGUST, LUNAR_NEW_YEAR };

const islamic = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', {
  timeZone: 'UTC',
  month: 'numeric',
});
const chinese = new Intl.DateTimeFormat('en-u-ca-chinese', {
  timeZone: 'UTC',
  month: 'numeric',
  day: 'numeric',
});
const ramadanCache = new Map<number, SlowSeason[]>();
const lnyCache = new Map<number, string>();

function part(f: Intl.DateTimeFormat, day: number, type: string): number {
  return Number(
    f.formatToParts(new Date(day * 86_400_000 + 43_200_000)).find((p) => p.type === type)?.value,
  );
}

/** Ramadan (month 9 of the Umm al-Qura calendar) stretches that touch the year. */
export function ramadan(year: number): SlowSeason[] {
  const hit = ramadanCache.get(year);
  if (hit) return hit;
  const out: SlowSeason[] = [];
  let start: number | null = null;
  for (let d = toDay(`${year - 1}-12-01`); d <= toDay(`${year + 1}-01-31`); d++) {
    const inRamadan = part(islamic, d, 'month') === 9;
    if (inRamadan && start === null) start = d;
    if (!inRamadan && start !== null) {
      out.push({ kind: 'ramadan', start: fromDay(start), end: fromDay(d - 1) });
      start = null;
    }
  }
  const touching = out.filter((s) => s.end >= `${year}-01-01` && s.start <= `${year}-12-31`);
  ramadanCache.set(year, touching);
  return touching;
}

// Official dates (Purple Mountain Observatory / Hong Kong Observatory). ICU's astronomical
// approximation puts 2027 on 7 Feb because that new moon falls minutes before midnight in Beijing.
const OFFICIAL_LUNAR_NEW_YEAR: Record<number, string> = {
  2024: '2024-02-10',
  2025: '2025-01-29',
  2026: '2026-02-17',
  2027: '2027-02-06',
  2028: '2028-01-26',
  2029: '2029-02-13',
  2030: '2030-02-03',
};

/** First day of the first month of the Chinese calendar in a Gregorian year. */
export function lunarNewYear(year: number): string {
  const official = OFFICIAL_LUNAR_NEW_YEAR[year];
  if (official) return official;
  const hit = lnyCache.get(year);
  if (hit) return hit;
  for (let d = toDay(`${year}-01-19`); d <= toDay(`${year}-02-22`); d++) {
    if (part(chinese, d, 'month') === 1 && part(chinese, d, 'day') === 1) {
      lnyCache.set(year, fromDay(d));
      return fromDay(d);
    }
  }
  throw new Error(`no Lunar New Year found in ${year}`);
}

/** Runs of three or more closed days that contain a holiday: the home team is away too. */
export function longHolidays(calendar: BusinessCalendar, year: number): SlowSeason[] {
  const out: SlowSeason[] = [];
  let run: string[] = [];
  const flush = () => {
    const names = [
      ...new Set(
        run.flatMap((d) =>
          calendar
            .status(d)
            .reasons.flatMap((r) =>
              r.kind === 'holiday' || r.kind === 'workspace-holiday' ? [r.name] : [],
            ),
        ),
      ),
    ];
    if (run.length >= 3 && names.length > 0)
      out.push({
        kind: 'home-holiday',
        start: run[0] ?? '',
        end: run[run.length - 1] ?? '',
        names,
      });
    run = [];
  };
  for (let d = toDay(`${year}-01-01`); d <= toDay(`${year}-12-31`); d++) {
    const date = fromDay(d);
    if (calendar.isBusinessDay(date)) flush();
    else run.push(date);
  }
  flush();
  return out;
}

/** The slow seasons of a market in a year, plus the home office's own long holidays. */
export function slowSeasons(country: string, year: number, home?: BusinessCalendar): SlowSeason[] {
  const out: SlowSeason[] = [];
  if (RAMADAN.has(country)) out.push(...ramadan(year));
  if (CHRISTMAS.has(country)) {
    out.push({ kind: 'christmas', start: `${year - 1}-12-24`, end: `${year}-01-01` });
    out.push({ kind: 'christmas', start: `${year}-12-24`, end: `${year + 1}-01-01` });
  }
  if (AUGUST.has(country))
    out.push({ kind: 'august', start: `${year}-08-01`, end: `${year}-08-31` });
  if (LUNAR_NEW_YEAR.has(country)) {
    const lny = lunarNewYear(year);
    out.push({ kind: 'lunar-new-year', start: addDays(lny, -7), end: addDays(lny, 15) });
  }
  if (home) out.push(...longHolidays(home, year));
  return out
    .filter((s) => s.end >= `${year}-01-01` && s.start <= `${year}-12-31`)
    .sort((a, b) => a.start.localeCompare(b.start));
}

export function inSlowSeason(seasons: SlowSeason[], date: string): SlowSeason | undefined {
  return seasons.find((s) => s.start <= date && date <= s.end);
}
