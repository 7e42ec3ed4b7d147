import type { Executor } from '../../db/dialect.ts';
import {
  BusinessCalendar,
  type WorkingWeekendDay,
} from '../../domain/calendar/business-calendar.ts';
import {
  regionsOf,
  type HolidayType,
  type ReaderLanguage,
} from '../../domain/calendar/holidays.ts';
import { calendarDaysRepository, countrySettingsRepository } from './countries.repository.ts';
import { workspaces } from '../workspaces/workspaces.service.ts';

/**
 * Builds each workspace's calendar per country and region once (library holidays, weekend and the
 * workspace's own days) and keeps it until the workspace changes its calendar data. A calendar
 * is read through the executor the caller passes: inside a transaction that is the transaction
 * (on SQLite it holds the only connection, so reading beside it would wait for itself).
 */
export class CalendarProvider {
  private readonly cache = new Map<
    string,
    { calendar: Promise<BusinessCalendar>; readBy: Executor; ready: boolean }
  >();

  calendar(
    db: Executor,
    workspaceId: string,
    country: string,
    rawRegion: string | null = null,
    language: ReaderLanguage = 'en',
  ): Promise<BusinessCalendar> {
    // A free-text region the holiday data does not know falls back to the national calendar.
    const region = rawRegion && rawRegion in regionsOf(country) ? rawRegion : null;
    const key = `${workspaceId}|${country}|${region ?? ''}|${language}`;
    const hit = this.cache.get(key);
    // A calendar still being read through another executor is not waited for: on SQLite that
    // executor may need the connection this caller's transaction holds, and both would wait.
    if (hit && (hit.ready || hit.readBy === db)) return hit.calendar;
    const entry = {
      calendar: this.build(db, workspaceId, country, region, language),
      readBy: db,
      ready: false,
    };
    this.cache.set(key, entry);
    void entry.calendar.then(
      () => (entry.ready = true),
      () => this.cache.get(key) === entry && this.cache.delete(key),
    );
    return entry.calendar;
  }

  /** Drops the workspace's cached calendars (all of them, or one country's). */
  invalidate(workspaceId: string, country?: string): void {
    for (const key of this.cache.keys()) {
      if (key.startsWith(`${workspaceId}|${country ? `${country}|` : ''}`)) this.cache.delete(key);
    }
  }

  private async build(
    db: Executor,
    workspaceId: string,
    country: string,
    region: string | null,
    language: ReaderLanguage,
  ): Promise<BusinessCalendar> {
    const [ws, settings, days] = await Promise.all([
      workspaces.find(db, workspaceId),
      countrySettingsRepository.find(db, workspaceId, country),
      calendarDaysRepository.list(db, workspaceId, country),
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
      // Shipped official schedules apply unless this workspace turned the country's off.
      officialSchedule: settings ? settings.official_schedule !== 0 : true,
      workingWeekend: settings ? (JSON.parse(settings.working_weekend) as WorkingWeekendDay[]) : [],
      language,
    });
  }
}
