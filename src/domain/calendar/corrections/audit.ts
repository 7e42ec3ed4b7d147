import { BusinessCalendar } from '../business-calendar.ts';
import { eachDay, isoWeekday, toDay } from '../dates.ts';
import { hasHolidayData } from '../holidays.ts';

/** The checked-in second source (scripts/calendar-second-source.py), one entry per country. */
export interface SecondSource {
  source: string;
  version: string;
  years: number[];
  countries: Record<
    string,
    {
      weekend: number[];
      holidays: Record<string, string>;
      workingWeekends: string[];
      halfDays: Record<string, string>;
    }
  >;
}

export interface Disagreement {
  date: string;
  engine: 'closed' | 'open';
  secondSource: 'closed' | 'open';
  /** the second source's holiday name, if it has one that day */
  name: string | null;
}

export interface CountryAudit {
  country: string;
  compared: number;
  agreements: number;
  /** days where a reviewed correction changed the library's answer */
  correctionsApplied: number;
  /** days where the two still disagree */
  disagreements: Disagreement[];
  /** the second source's weekend, when it is not the engine's (CLDR) weekend */
  otherWeekend: number[] | null;
  /** half days (closing early) each source has, and the dates both have */
  halfDays: { engine: number; secondSource: number; both: number };
}

const state = (closed: boolean) => (closed ? 'closed' : 'open');

/**
 * Compares the engine with the second source on every day of the source's years. Both answers
 * use the engine's weekend (CLDR): which days make the week is a business-week choice, not a
 * holiday fact, and is reported apart (`otherWeekend`, e.g. Hong Kong's Sunday-only week).
 */
export function auditCountry(country: string, source: SecondSource): CountryAudit {
  const other = source.countries[country];
  if (!other) throw new Error(`the second source has no ${country}`);
  const engine = new BusinessCalendar(country);
  const library = new BusinessCalendar(country, null, { corrections: false });
  const working = new Set(other.workingWeekends);
  const first = Math.min(...source.years);
  const last = Math.max(...source.years);
  let compared = 0;
  let correctionsApplied = 0;
  const halfDays = { engine: 0, secondSource: 0, both: 0 };
  const disagreements: Disagreement[] = [];
  for (const date of eachDay(`${first}-01-01`, `${last}-12-31`)) {
    compared++;
    const weekend = engine.weekend.includes(isoWeekday(toDay(date)));
    const otherClosed = date in other.holidays || (weekend && !working.has(date));
    const engineClosed = !engine.isBusinessDay(date);
    if (engineClosed !== !library.isBusinessDay(date)) correctionsApplied++;
    const engineHalf = engine.status(date).closesAt !== undefined;
    const otherHalf = date in other.halfDays;
    halfDays.engine += Number(engineHalf);
    halfDays.secondSource += Number(otherHalf);
    halfDays.both += Number(engineHalf && otherHalf);
    if (engineClosed !== otherClosed)
      disagreements.push({
        date,
        engine: state(engineClosed),
        secondSource: state(otherClosed),
        name: other.holidays[date] ?? null,
      });
  }
  const sameWeekend = other.weekend.join() === engine.weekend.join();
  return {
    country,
    compared,
    agreements: compared - disagreements.length,
    correctionsApplied,
    disagreements,
    otherWeekend: sameWeekend ? null : other.weekend,
    halfDays,
  };
}

/** The checked-in list (unresolved.json): the second source it was made against, and the days. */
export interface UnresolvedList {
  secondSource: string;
  countries: KnownUnresolved;
}

/** The disagreements nobody could settle, per country. */
export type KnownUnresolved = Record<
  string,
  {
    date: string;
    engine: 'closed' | 'open';
    secondSource: 'closed' | 'open';
    secondSourceName: string | null;
    searched: string;
  }[]
>;

/** What was searched for a day before it was listed as unresolved (the default note). */
export function searchedNote(country: string, name: string | null): string {
  if (country === 'CN')
    return 'Searched (2026-11-30, offline page corpus) for 国务院办公厅关于2027年部分节假日安排的通知: not found; the 2027 schedule is added as corrections once its text is at hand';
  if (!hasHolidayData(country))
    return `date-holidays has no data for ${country} (the engine knows its weekend only; the country page says so and workspaces add their own days); not searched further: no official list could be consulted offline`;
  if (name && /estimated/i.test(name))
    return 'Islamic date that both sources estimate; the official day follows the moon sighting and is announced days before. Not searched: no announcement could be consulted offline';
  return 'Not searched beyond the two sources: no gazette or ministry page could be consulted offline (2026-11-30), so the library’s answer is kept';
}
