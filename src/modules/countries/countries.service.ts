import type { Kysely } from 'kysely';
import type { CountrySettings, DB } from '../../db/schema.ts';
import { isCountryCode } from '../../domain/countries.ts';
import {
  hasHolidayData,
  libraryHolidays,
  regionsOf,
  type ReaderLanguage,
} from '../../domain/calendar/holidays.ts';
import { slowSeasons } from '../../domain/calendar/slow-seasons.ts';
import { calendarAccuracy } from '../../domain/calendar/corrections/for-country.ts';
import { hasShippedHolidays } from '../../domain/calendar/corrections/registry.ts';
import { weekendOf } from '../../domain/calendar/weekend.ts';
import {
  DIMENSIONS,
  emptyScores,
  type Scores,
  type ScoreSource,
} from '../../domain/culture/dimensions.ts';
import { buildPlaybook } from '../../domain/culture/playbook.ts';
import type { Scope } from '../../domain/scope.ts';
import { AppError, fieldError } from '../../http/errors.ts';
import type { CalendarProvider } from './calendar.provider.ts';
import { workspaces } from '../workspaces/workspaces.service.ts';
import {
  ALL_COUNTRIES,
  countryNames,
  defaultCurrency,
  mainLanguages,
  timeZonesOf,
} from './country-facts.ts';
import { calendarDaysRepository, countrySettingsRepository } from './countries.repository.ts';
import type { CountryProfile, HolidayOut } from './countries.schemas.ts';
import { HOFSTEDE_CITATION, hofstedeScores } from './hofstede.dataset.ts';

/** A country code from a path or query: upper-cased, and a 400 naming the field when it is not ISO. */
export function checkCountry(code: string, field = '/code'): string {
  const upper = code.toUpperCase();
  if (!isCountryCode(upper))
    throw AppError.validation([fieldError(field, 'country', { value: code })]);
  return upper;
}

export function mergedScores(
  code: string,
  settings?: CountrySettings,
): { scores: Scores; sources: Record<string, ScoreSource> } {
  const dataset = hofstedeScores().get(code) ?? emptyScores();
  const scores = emptyScores();
  const sources: Record<string, ScoreSource> = {};
  for (const d of DIMENSIONS) {
    const own = settings?.[d];
    if (own !== null && own !== undefined) {
      scores[d] = own;
      sources[d] = 'workspace';
    } else if (dataset[d] !== null) {
      scores[d] = dataset[d];
      sources[d] = 'dataset';
    }
  }
  return { scores, sources };
}

export class CountriesService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly calendars: CalendarProvider,
  ) {}

  async list(scope: Scope) {
    const settings = new Map(
      (await countrySettingsRepository.list(this.db, scope.workspaceId)).map((s) => [s.country, s]),
    );
    const ownDays = new Set(
      (await calendarDaysRepository.list(this.db, scope.workspaceId)).map((d) => d.country),
    );
    return ALL_COUNTRIES.map((code) => ({
      code,
      name: countryNames(code),
      hasHolidays: hasHolidayData(code) || hasShippedHolidays(code) || ownDays.has(code),
      hofstedeScores: Object.keys(mergedScores(code, settings.get(code)).sources).length,
      workspaceOverrides: settings.has(code) || ownDays.has(code),
    }));
  }

  /** The regions the holiday data knows for a country, named in the reader's language. */
  regions(rawCode: string, lang: ReaderLanguage) {
    const code = checkCountry(rawCode);
    return {
      country: code,
      items: Object.entries(regionsOf(code, lang))
        .map(([region, name]) => ({ code: region, name }))
        .sort((a, b) => a.name.localeCompare(b.name, lang === 'zh' ? 'zh-CN' : 'en')),
    };
  }

  /** A region code named in the reader's language; null when there is none or the data lacks it. */
  regionName(code: string, region: string | null, lang: ReaderLanguage): string | null {
    return region ? (regionsOf(code, lang)[region] ?? null) : null;
  }

  async holidays(
    scope: Scope,
    rawCode: string,
    year: number,
    region: string | null,
    lang: ReaderLanguage,
  ): Promise<HolidayOut[]> {
    const code = checkCountry(rawCode);
    const calendar = await this.calendars.calendar(this.db, scope.workspaceId, code, region, lang);
    const settings = await countrySettingsRepository.find(this.db, scope.workspaceId, code);
    const replaced = settings
      ? (JSON.parse(settings.replaced_years) as number[]).includes(year)
      : false;
    const library: HolidayOut[] = replaced
      ? []
      : libraryHolidays(code, region, year, lang).map((h) => ({
          ...h,
          closed: calendar
            .status(h.date)
            .reasons.some((r) => r.kind === 'holiday' && r.localName === h.localName),
          source: 'library' as const,
        }));
    const own: HolidayOut[] = (await calendarDaysRepository.list(this.db, scope.workspaceId, code))
      .filter((d) => d.date.startsWith(String(year)) && (d.region === '' || d.region === region))
      .map((d) => ({
        id: d.id,
        date: d.date,
        name: lang === 'en' ? (d.name_en ?? d.name) : d.name,
        localName: d.name,
        type: d.kind === 'holiday' ? 'workspace' : 'working_day',
        closed: d.kind === 'holiday',
        source: 'workspace' as const,
      }));
    // Days a cited correction adds or opens (an abolished library day already shows as open).
    const official = settings ? settings.official_schedule !== 0 : true;
    const corrected: HolidayOut[] = calendarAccuracy(code, year)
      .corrections.filter((c) => c.kind !== 'abolished' && (official || !c.schedule))
      // A schedule day the library already closes (Spring Festival) is listed once.
      .filter((c) => !library.some((h) => h.date === c.date && h.closed) || c.kind === 'half-day')
      .map((c) => {
        const status = calendar.status(c.date);
        const name = `${lang === 'zh' ? c.name.zh : c.name.en} — ${c.source.short}`;
        return {
          date: c.date,
          name,
          localName: name,
          type:
            c.kind === 'half-day'
              ? 'half_day'
              : c.kind === 'business-saturday'
                ? 'working_day'
                : 'correction',
          closed: !status.working,
          source: 'correction' as const,
        };
      });
    return [...library, ...corrected, ...own].sort((a, b) => a.date.localeCompare(b.date));
  }

  async profile(
    scope: Scope,
    rawCode: string,
    year: number,
    lang: ReaderLanguage,
  ): Promise<CountryProfile> {
    const code = checkCountry(rawCode);
    const ws = await workspaces.find(this.db, scope.workspaceId);
    const settings = await countrySettingsRepository.find(this.db, scope.workspaceId, code);
    const { scores, sources } = mergedScores(code, settings);
    const holidays = await this.holidays(scope, code, year, null, lang);
    const home = ws
      ? await this.calendars.calendar(this.db, scope.workspaceId, ws.home_country, null, lang)
      : undefined;
    return {
      code,
      name: countryNames(code),
      languages: mainLanguages(code),
      currency: defaultCurrency(code),
      timeZones: timeZonesOf(code),
      weekend: weekendOf(code),
      businessHours:
        settings?.work_start && settings.work_end
          ? { start: settings.work_start, end: settings.work_end, source: 'workspace' }
          : { start: '09:00', end: '18:00', source: 'default' },
      hofstede: scores,
      hofstedeSources: sources,
      hofstedeCitation: HOFSTEDE_CITATION,
      notes: settings?.notes ?? null,
      regions: regionsOf(code, lang),
      coverage: {
        // A country the library lacks can still have a cited table for the year (Kyrgyzstan).
        holidays: hasHolidayData(code) || hasShippedHolidays(code, year),
        hofstede: Object.keys(sources).length,
        workspaceDays: holidays.filter((h) => h.source === 'workspace').length,
      },
      year,
      holidays,
      slowSeasons: slowSeasons(code, year, code === ws?.home_country ? undefined : home),
      workingWeekend: settings
        ? (JSON.parse(settings.working_weekend) as { weekday: number; until: string }[])
        : [],
      calendarAccuracy: {
        ...calendarAccuracy(code, year),
        officialSchedule: settings ? settings.official_schedule !== 0 : true,
      },
    };
  }

  async compare(scope: Scope, rawA: string, rawB: string) {
    const a = checkCountry(rawA, '/querystring/a');
    const b = checkCountry(rawB, '/querystring/b');
    const [sa, sb] = await Promise.all([
      countrySettingsRepository.find(this.db, scope.workspaceId, a),
      countrySettingsRepository.find(this.db, scope.workspaceId, b),
    ]);
    const ma = mergedScores(a, sa);
    const mb = mergedScores(b, sb);
    return {
      a: { code: a, name: countryNames(a), hofstede: ma.scores, sources: ma.sources },
      b: { code: b, name: countryNames(b), hofstede: mb.scores, sources: mb.sources },
      citation: HOFSTEDE_CITATION,
      playbook: buildPlaybook({ code: a, scores: ma.scores }, { code: b, scores: mb.scores }),
    };
  }
}
