import { addDays, eachDay } from '../calendar/dates.ts';
import { lunarNewYear, ramadan, slowSeasonMarkets } from '../calendar/slow-seasons.ts';
import { overlapDays, siteDay, type Site } from './site.ts';

export type StallKind =
  'august' | 'christmas' | 'ramadan' | 'lunar-new-year' | 'golden-week' | 'nowruz';

export interface StallPeriod {
  kind: StallKind;
  start: string;
  end: string;
}

// Product judgement kept as data. August: the southern European shutdown only (the course
// material's "summer"), not all of Europe. Golden Week: China's two long weeks. Nowruz: the
// countries that close for the Persian new year.
const SOUTHERN_EUROPE = new Set('AD CY ES FR GR HR IT MC MT PT SI SM'.split(' '));
const GOLDEN_WEEK = new Set(['CN']);
const NOWRUZ = new Set('AF AZ IR KG KZ TJ TM UZ'.split(' '));
const NOWRUZ_NAMES = /nowruz|nauryz|navruz|novruz|nooruz|norooz|navro/i;

function nowruz(site: Site | null, year: number): StallPeriod {
  // The holiday's own dates where the calendar has them (Kazakhstan: 21–24 March in 2026).
  const named = site
    ? eachDay(`${year}-03-15`, `${year}-03-31`).filter((d) =>
        siteDay(site, d).reasons.some((r) =>
          r.kind === 'holiday'
            ? NOWRUZ_NAMES.test(r.name) || NOWRUZ_NAMES.test(r.localName)
            : r.kind === 'workspace-holiday' && NOWRUZ_NAMES.test(r.name),
        ),
      )
    : [];
  if (named.length > 0)
    return { kind: 'nowruz', start: named[0] ?? '', end: named[named.length - 1] ?? '' };
  return { kind: 'nowruz', start: `${year}-03-20`, end: `${year}-03-24` };
}

/** The known stall periods of an office's country that touch a year. */
export function stallPeriods(
  country: string,
  year: number,
  site: Site | null = null,
): StallPeriod[] {
  const out: StallPeriod[] = [];
  if (SOUTHERN_EUROPE.has(country))
    out.push({ kind: 'august', start: `${year}-08-01`, end: `${year}-08-31` });
  if (slowSeasonMarkets.CHRISTMAS.has(country)) {
    out.push({ kind: 'christmas', start: `${year - 1}-12-24`, end: `${year}-01-01` });
    out.push({ kind: 'christmas', start: `${year}-12-24`, end: `${year + 1}-01-01` });
  }
  if (slowSeasonMarkets.RAMADAN.has(country))
    out.push(
      ...ramadan(year).map((r) => ({ kind: 'ramadan' as const, start: r.start, end: r.end })),
    );
  if (slowSeasonMarkets.LUNAR_NEW_YEAR.has(country)) {
    const lny = lunarNewYear(year);
    out.push({ kind: 'lunar-new-year', start: addDays(lny, -7), end: addDays(lny, 15) });
  }
  if (GOLDEN_WEEK.has(country)) {
    out.push({ kind: 'golden-week', start: `${year}-05-01`, end: `${year}-05-05` });
    out.push({ kind: 'golden-week', start: `${year}-10-01`, end: `${year}-10-07` });
  }
  if (NOWRUZ.has(country)) out.push(nowruz(site, year));
  return out
    .filter((s) => s.end >= `${year}-01-01` && s.start <= `${year}-12-31`)
    .sort((a, b) => a.start.localeCompare(b.start));
}

export interface LeaveSpan {
  personId: string;
  from: string;
  to: string;
}

export interface StallWarning extends StallPeriod {
  /** people with leave inside the period */
  peopleAway: number;
  /** the most people away on one day of it */
  peakAway: number;
  peakDate: string | null;
  headcount: number;
}

/**
 * The stall periods that touch `from`–`to`, each with how many of the office's people have
 * leave inside it: the manager sees "Ramadan: 3 of 5 away on 19 March" before it happens.
 */
export function stallWarnings(
  country: string,
  site: Site | null,
  from: string,
  to: string,
  leave: readonly LeaveSpan[],
  headcount: number,
): StallWarning[] {
  const years = new Set([Number(from.slice(0, 4)), Number(to.slice(0, 4))]);
  const seen = new Set<string>();
  const out: StallWarning[] = [];
  for (const year of years) {
    for (const p of stallPeriods(country, year, site)) {
      const key = `${p.kind}:${p.start}`;
      if (seen.has(key) || p.end < from || p.start > to) continue;
      seen.add(key);
      const inside = leave.filter((l) => overlapDays(l, { from: p.start, to: p.end }) > 0);
      let peakAway = 0;
      let peakDate: string | null = null;
      for (const date of eachDay(p.start, p.end)) {
        const away = new Set(
          inside.filter((l) => l.from <= date && date <= l.to).map((l) => l.personId),
        ).size;
        if (away > peakAway) [peakAway, peakDate] = [away, date];
      }
      out.push({
        ...p,
        peopleAway: new Set(inside.map((l) => l.personId)).size,
        peakAway,
        peakDate,
        headcount,
      });
    }
  }
  return out.sort((a, b) => a.start.localeCompare(b.start));
}
