import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { BusinessCalendar } from '../../domain/calendar/business-calendar.ts';
import {
  regionsOf,
  type HolidayType,
  type ReaderLanguage,
} from '../../domain/calendar/holidays.ts';
import {
  calendarDaysRepository,
  countrySettingsRepository,
} from '../countries/countries.repository.ts';
import { workspacesRepository } from '../workspaces/workspaces.repository.ts';

/**
 * Builds each workspace's calendar per country and region once (library holidays, weekend and the
 * workspace's own days) and keeps it until the workspace changes its calendar data.
 */
export class CalendarProvider {
  private readonly cache = new Map<string, Promise<BusinessCalendar>>();

  constructor(private readonly db: Kysely<DB>) {}

  calendar(
    workspaceId: string,
    country: string,
    rawRegion: string | null = null,
    language: ReaderLanguage = 'en',
  ): Promise<BusinessCalendar> {
    // A free-text region the holiday data does not know falls back to the national calendar.
    const region = rawRegion && rawRegion in regionsOf(country) ? rawRegion : null;
    const key = `${workspaceId}|${country}|${region ?? ''}|${language}`;
    let hit = this.cache.get(key);
    if (!hit) {
      hit = this.build(workspaceId, country, region, language);
      this.cache.set(key, hit);
      hit.catch(() => this.cache.delete(key));
    }
    return hit;
  }

  /** Drops the workspace's cached calendars (all of them, or one country's). */
  invalidate(workspaceId: string, country?: string): void {
    for (const key of this.cache.keys()) {
      if (key.startsWith(`${workspaceId}|${country ? `${country}|` : ''}`)) this.cache.delete(key);
    }
  }

  private async build(
    workspaceId: string,
    country: string,
    region: string | null,
    language: ReaderLanguage,
  ): Promise<BusinessCalendar> {
    const [ws, settings, days] = await Promise.all([
      workspacesRepository.find(this.db, workspaceId),
      countrySettingsRepository.find(this.db, workspaceId, country),
      calendarDaysRepository.list(this.db, workspaceId, country),
    ]);
    return new BusinessCalendar(country, region, {
      closedTypes: ws ? (JSON.parse(ws.closed_holiday_types) as HolidayType[]) : ['public'],
      closedNames: ws ? (JSON.parse(ws.closed_holiday_names) as string[]) : [],
      overrides: days
        .filter((d) => d.region === '' || d.region === region)
        .map((d) => ({
          date: d.date,
          kind: d.kind,
          name: language === 'en' ? (d.name_en ?? d.name) : d.name,
        })),
      replaceLibraryYears: settings ? (JSON.parse(settings.replaced_years) as number[]) : [],
      language,
    });
  }
}
