import { addDays, isValidDate } from '../calendar/dates.ts';
import type { HolidayType } from '../calendar/holidays.ts';
import { ramadan, slowSeasonMarkets } from '../calendar/slow-seasons.ts';
import type { Bilingual } from '../culture/dimensions.ts';
import {
  HINDU_FESTIVALS,
  HOLIDAY_PATTERNS,
  OCCASIONS,
  type FestivalKey,
  type OccasionKey,
} from './catalogue.ts';

export interface CountryHoliday {
  date: string;
  englishName: string;
  type: HolidayType;
}

export interface GreetingsInput {
  /** the window, both included, as dates on the customer's own calendar */
  from: string;
  to: string;
  country: string;
  countryName: Bilingual;
  /** the country calendar's holidays from two weeks before `from` to `to` */
  holidays: CountryHoliday[];
  customer: { foundedOn: string | null; customerSince: string | null };
  contacts: { id: string; name: string; birthday: string | null }[];
  /** the customer's calendar: wishes sent ahead of a closed day move to the working day before */
  isBusinessDay?: (date: string) => boolean;
}

export interface Hint {
  text: Bilingual;
  source: Bilingual;
}

export interface Occasion {
  key: OccasionKey;
  /** the day itself */
  date: string;
  /** when to send the greeting: before offices close, on a working day, never before `from` */
  greetOn: string;
  title: Bilingual;
  hints: Hint[];
  contactId?: string;
  contactName?: string;
  /** whole years, for anniversaries */
  years?: number;
}

const GUIDE: Bilingual = { en: 'Chuhai greeting guide', zh: '出海问候指南' };
// Holidays a market closes for; observances (Christmas in Japan) are not the customer's festival.
const CLOSED_TYPES = new Set<HolidayType>(['public', 'bank']);

function festivalOf(h: CountryHoliday): FestivalKey | null {
  if (!CLOSED_TYPES.has(h.type)) return null;
  const name = h.englishName.replace(/ \(substitute day\)$/, '');
  for (const [key, pattern] of HOLIDAY_PATTERNS)
    if (pattern.test(name))
      return key === 'christmas' && h.date.endsWith('-01-07') ? 'orthodox-christmas' : key;
  return null;
}

function occasion(
  input: GreetingsInput,
  key: OccasionKey,
  date: string,
  why: Hint,
  extra: Partial<Occasion> = {},
): Occasion {
  const info = OCCASIONS[key];
  // Wishes sent ahead must reach an open office, so they move to the working day before; a
  // national day or a birthday is congratulated on the day itself, closed or not.
  let greetOn = addDays(date, -info.leadDays);
  for (let i = 0; info.leadDays > 0 && i < 14 && input.isBusinessDay?.(greetOn) === false; i++)
    greetOn = addDays(greetOn, -1);
  if (greetOn < input.from) greetOn = input.from;
  return {
    key,
    date,
    greetOn,
    title: info.title,
    hints: [why, ...info.guidance.map((text) => ({ text, source: GUIDE }))],
    ...extra,
  };
}

/** The festivals of the customer's own calendar in the window: first day of each. */
function festivals(input: GreetingsInput): Occasion[] {
  const out: Occasion[] = [];
  const lastSeen = new Map<FestivalKey, string>();
  const source: Bilingual = {
    en: `Public holiday in ${input.countryName.en} (country calendar)`,
    zh: `${input.countryName.zh}公共假日（国家日历）`,
  };
  for (const h of [...input.holidays].sort((a, b) => a.date.localeCompare(b.date))) {
    const key = festivalOf(h);
    if (!key) continue;
    const previous = lastSeen.get(key);
    lastSeen.set(key, h.date);
    // A span (Eid, the Spring Festival week, a substitute day) is one occasion: its first day.
    if (previous && previous >= addDays(h.date, -10)) continue;
    if (h.date < input.from || h.date > input.to) continue;
    const text = { en: `${h.englishName}: ${h.date}`, zh: `${OCCASIONS[key].title.zh}：${h.date}` };
    out.push(occasion(input, key, h.date, { text, source }));
  }
  return out;
}

function ramadanStarts(input: GreetingsInput): Occasion[] {
  if (!slowSeasonMarkets.RAMADAN.has(input.country)) return [];
  const years = new Set([Number(input.from.slice(0, 4)), Number(input.to.slice(0, 4))]);
  const source: Bilingual = {
    en: 'Umm al-Qura calendar; a market that keeps Ramadan (Chuhai market list)',
    zh: '乌姆库拉历；该市场守斋月（出海市场清单）',
  };
  return [...years]
    .flatMap((y) => ramadan(y).map((s) => s.start))
    .filter((d, i, all) => all.indexOf(d) === i && d >= input.from && d <= input.to)
    .map((d) =>
      occasion(input, 'ramadan-start', d, {
        text: { en: `Ramadan begins about ${d}`, zh: `斋月约于 ${d} 开始` },
        source,
      }),
    );
}

function hinduFestivals(input: GreetingsInput, already: Set<OccasionKey>): Occasion[] {
  const source: Bilingual = {
    en: 'Indian almanac date (Chuhai festival table)',
    zh: '印度历书日期（出海节日表）',
  };
  return HINDU_FESTIVALS.filter((f) => f.countries.includes(input.country) && !already.has(f.key))
    .flatMap((f) => f.dates.map((d) => ({ key: f.key, d })))
    .filter(({ d }) => d >= input.from && d <= input.to)
    .map(({ key, d }) =>
      occasion(input, key, d, {
        text: { en: `${OCCASIONS[key].title.en}: ${d}`, zh: `${OCCASIONS[key].title.zh}：${d}` },
        source,
      }),
    );
}

/** MM-DD (29 Feb allowed) or a real YYYY-MM-DD: a birthday with or without its year. */
export function isYearlyDate(value: string): boolean {
  if (/^\d{2}-\d{2}$/.test(value)) return isValidDate(`2024-${value}`);
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && isValidDate(value);
}

/** The yearly return of a date (YYYY-MM-DD or MM-DD) inside the window, 29 Feb → 28 Feb. */
export function yearlyIn(
  value: string,
  from: string,
  to: string,
): { date: string; years: number | null }[] {
  const m = /^(?:(\d{4})-)?(\d{2})-(\d{2})$/.exec(value);
  if (!m) return [];
  const since = m[1] ? Number(m[1]) : null;
  const out: { date: string; years: number | null }[] = [];
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) {
    let date = `${y}-${m[2]}-${m[3]}`;
    if (!isValidDate(date) && m[2] === '02' && m[3] === '29') date = `${y}-02-28`;
    if (!isValidDate(date) || date < from || date > to) continue;
    if (since !== null && y <= since) continue;
    out.push({ date, years: since === null ? null : y - since });
  }
  return out;
}

function personal(input: GreetingsInput): Occasion[] {
  const out: Occasion[] = [];
  const record = (key: OccasionKey, value: string | null, source: Bilingual, extra = {}) => {
    for (const { date, years } of value ? yearlyIn(value, input.from, input.to) : []) {
      const text: Bilingual =
        years === null
          ? { en: `${OCCASIONS[key].title.en}: ${date}`, zh: `${OCCASIONS[key].title.zh}：${date}` }
          : {
              en: `${OCCASIONS[key].title.en}: ${years} year${years === 1 ? '' : 's'} on ${date}`,
              zh: `${OCCASIONS[key].title.zh}：${date} 满 ${years} 年`,
            };
      out.push(
        occasion(input, key, date, { text, source }, { ...extra, ...(years ? { years } : {}) }),
      );
    }
  };
  record('founding-anniversary', input.customer.foundedOn, {
    en: 'Founding date on the customer record',
    zh: '客户资料中的成立日期',
  });
  record('relationship-anniversary', input.customer.customerSince, {
    en: '“Customer since” on the customer record',
    zh: '客户资料中的合作起始日期',
  });
  for (const c of input.contacts)
    record(
      'birthday',
      c.birthday,
      { en: 'Birthday on the contact record', zh: '联系人资料中的生日' },
      { contactId: c.id, contactName: c.name },
    );
  return out;
}

/**
 * The occasions to greet one customer on in a window: the festivals of **their** country's
 * calendar (a festival the market does not keep yields nothing: no Christmas card to Riyadh),
 * Ramadan's start where it is kept, Diwali and Holi in India, and the company's, the
 * relationship's and the contacts' own dates. Each carries when to greet and hints with sources.
 */
export function greetingOccasions(input: GreetingsInput): Occasion[] {
  return byGreetingDay([...festivalOccasions(input), ...personalOccasions(input)]);
}

/** The country's festivals only (the same for every customer there). */
export function festivalOccasions(input: GreetingsInput): Occasion[] {
  const found = festivals(input);
  const keys = new Set(found.map((o) => o.key));
  return byGreetingDay([...found, ...ramadanStarts(input), ...hinduFestivals(input, keys)]);
}

/** The customer's and its contacts' own dates only. */
export function personalOccasions(input: GreetingsInput): Occasion[] {
  return byGreetingDay(personal(input));
}

function byGreetingDay(list: Occasion[]): Occasion[] {
  return list.sort(
    (a, b) =>
      a.greetOn.localeCompare(b.greetOn) ||
      a.date.localeCompare(b.date) ||
      a.key.localeCompare(b.key),
  );
}
