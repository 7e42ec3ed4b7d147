import { ramadan, slowSeasonMarkets } from '../calendar/slow-seasons.ts';

/**
 * The team-building and recognition calendar of an office: its country's festivals (from the
 * calendar data the caller passes, so workspace overrides count), Ramadan where it is observed,
 * and each person's work anniversary. Each occasion carries a guidance key; the advice itself is
 * in the web's two languages (an iftar during Ramadan rather than a team lunch, and so on).
 */
export type OccasionKind =
  | 'ramadan'
  | 'eid'
  | 'lunar-new-year'
  | 'mid-autumn'
  | 'christmas'
  | 'new-year'
  | 'nowruz'
  | 'diwali'
  | 'national-day'
  | 'public-holiday'
  | 'work-anniversary';

export interface Occasion {
  kind: OccasionKind;
  date: string;
  /** last day, for periods (Ramadan) */
  end?: string;
  /** the holiday's name as given, or the person's name for an anniversary */
  name: string;
  /** full years, for a work anniversary */
  years?: number;
}

export interface HolidayInput {
  date: string;
  /** English name: the classification reads it */
  name: string;
  type: string;
}

const KINDS: [OccasionKind, RegExp][] = [
  // The Islamic new year is a public holiday, not a new-year party.
  ['public-holiday', /(islamic|hijri|muharram)/i],
  ['eid', /\b(eid|id al|hari raya|kurban|ramazan bayram|arafat)/i],
  ['ramadan', /ramadan/i],
  ['lunar-new-year', /(lunar new year|spring festival|chinese new year|tết|seollal)/i],
  ['mid-autumn', /mid-autumn/i],
  ['christmas', /christmas/i],
  ['new-year', /new year/i],
  ['nowruz', /(nowruz|nauryz|navruz|novruz)/i],
  ['diwali', /(diwali|deepavali)/i],
  ['national-day', /(national day|independence|republic day|unity day|constitution day)/i],
];

export function classifyHoliday(name: string): OccasionKind {
  for (const [kind, re] of KINDS) if (re.test(name)) return kind;
  return 'public-holiday';
}

/** Occasions from `from` to `to` (inclusive local dates), in date order. */
export function teamOccasions(input: {
  country: string;
  holidays: readonly HolidayInput[];
  people: readonly { name: string; startDate: string }[];
  from: string;
  to: string;
}): Occasion[] {
  const { from, to } = input;
  const out: Occasion[] = [];
  const seen = new Set<string>();
  for (const h of input.holidays) {
    if (h.date < from || h.date > to || h.type === 'working_day') continue;
    const kind = classifyHoliday(h.name);
    // "First day of Ramadan": Ramadan is added below as the whole month where it is observed.
    if (kind === 'ramadan') continue;
    // A festival of several days (Eid, Golden Week) is one occasion, on its first day.
    const key = `${kind}:${h.name}`;
    if (kind !== 'public-holiday' && seen.has(key)) continue;
    seen.add(key);
    out.push({ kind, date: h.date, name: h.name });
  }
  if (slowSeasonMarkets.RAMADAN.has(input.country)) {
    const years = new Set([Number(from.slice(0, 4)), Number(to.slice(0, 4))]);
    for (const y of years)
      for (const r of ramadan(y))
        if (
          r.end >= from &&
          r.start <= to &&
          !out.some((o) => o.kind === 'ramadan' && o.date === r.start)
        )
          out.push({ kind: 'ramadan', date: r.start, end: r.end, name: 'Ramadan' });
  }
  for (const p of input.people) {
    const month = p.startDate.slice(5);
    for (const y of new Set([from.slice(0, 4), to.slice(0, 4)])) {
      // Someone who started on 29 February is celebrated on the 28th in other years.
      const leap = new Date(Date.UTC(Number(y), 1, 29)).getUTCMonth() === 1;
      const date = `${y}-${month === '02-29' && !leap ? '02-28' : month}`;
      const years = Number(y) - Number(p.startDate.slice(0, 4));
      if (years >= 1 && date >= from && date <= to)
        out.push({ kind: 'work-anniversary', date, name: p.name, years });
    }
  }
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.kind.localeCompare(b.kind));
}
