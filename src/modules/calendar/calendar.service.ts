import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { contactWindows, type ContactDay } from '../../domain/calendar/contact-windows.ts';
import { addDays, isValidDate } from '../../domain/calendar/dates.ts';
import { explainDay, explainShift } from '../../domain/calendar/explain.ts';
import { regionsOf, type ReaderLanguage } from '../../domain/calendar/holidays.ts';
import { inSlowSeason, slowSeasons } from '../../domain/calendar/slow-seasons.ts';
import { localParts } from '../../domain/calendar/zoned-time.ts';
import type { Scope } from '../../domain/scope.ts';
import { AppError, fieldError } from '../../http/errors.ts';
import { countryNames } from '../countries/country-facts.ts';
import { checkCountry } from '../countries/countries.service.ts';
import { countrySettings } from '../countries/country-settings.service.ts';
import { customerRecords } from '../customers/customer-records.service.ts';
import { userRecords } from '../users/user-records.service.ts';
import { workspaces } from '../workspaces/workspaces.service.ts';
import { calendarRepository } from './calendar.repository.ts';
import type { CalendarProvider } from '../countries/calendar.provider.ts';

export class CalendarService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly calendars: CalendarProvider,
  ) {}

  async nextBusinessDay(
    scope: Scope,
    rawCountry: string,
    from: string,
    region: string | null,
    lang: ReaderLanguage,
  ) {
    const country = checkCountry(rawCountry, '/querystring/country');
    if (!isValidDate(from))
      throw AppError.validation([fieldError('/querystring/from', 'invalid_date')]);
    const calendar = await this.calendars.calendar(
      this.db,
      scope.workspaceId,
      country,
      region,
      lang,
    );
    const { date, skipped } = calendar.nextBusinessDay(from);
    return {
      country,
      region,
      from,
      date,
      skipped,
      explanation: explainShift(skipped, date, countryNames(country)),
    };
  }

  /** One day in a country (and region): open or closed, closing time, and why, with sources. */
  async day(
    scope: Scope,
    rawCountry: string,
    date: string,
    region: string | null,
    lang: ReaderLanguage,
  ) {
    const country = checkCountry(rawCountry, '/querystring/country');
    if (!isValidDate(date))
      throw AppError.validation([fieldError('/querystring/date', 'invalid_date')]);
    const calendar = await this.calendars.calendar(
      this.db,
      scope.workspaceId,
      country,
      region,
      lang,
    );
    const status = calendar.status(date);
    return { country, region, ...status, explanation: explainDay(status, countryNames(country)) };
  }

  private async homeParty(workspaceId: string, lang: ReaderLanguage) {
    const ws = await workspaces.find(this.db, workspaceId);
    if (!ws) throw AppError.notFound('Workspace');
    return {
      ws,
      party: {
        calendar: await this.calendars.calendar(this.db, workspaceId, ws.home_country, null, lang),
        timeZone: ws.home_time_zone,
        hours: { start: ws.home_work_start, end: ws.home_work_end },
      },
    };
  }

  /** Where the customer is today, and when both sides are at work over the next business days. */
  async contactWindows(
    scope: Scope,
    customerId: string,
    days: number,
    lang: ReaderLanguage,
    sentZone?: string,
    now = new Date(),
  ) {
    const customer = await customerRecords.findVisible(this.db, scope, customerId);
    if (!customer) throw AppError.notFound('Customer');
    if (!customer.time_zone) {
      throw AppError.conflict(
        `${customer.name} has no time zone: the zone data does not know ${customer.country}, so choose one on the customer first`,
      );
    }
    const { ws, party: office } = await this.homeParty(scope.workspaceId, lang);
    // Office hours and holidays are the home office's; the clock is the user's own.
    const zone = await userRecords.viewerTimeZone(this.db, scope, sentZone, ws.home_time_zone);
    const home = { ...office, timeZone: zone };
    const settings = await countrySettings(this.db, scope.workspaceId, customer.country);
    const calendar = await this.calendars.calendar(
      this.db,
      scope.workspaceId,
      customer.country,
      customer.region,
      lang,
    );
    const hours =
      settings?.work_start && settings.work_end
        ? { start: settings.work_start, end: settings.work_end }
        : { start: '09:00', end: '18:00' };
    const local = localParts(now, customer.time_zone);
    const seasons = slowSeasons(customer.country, Number(local.date.slice(0, 4)), home.calendar);
    const windows: ContactDay[] = contactWindows(
      home,
      { calendar, timeZone: customer.time_zone, hours },
      now,
      days,
    );
    return {
      customer: {
        id: customer.id,
        country: customer.country,
        region: customer.region,
        regionName: customer.region
          ? (regionsOf(customer.country, lang)[customer.region] ?? null)
          : null,
        timeZone: customer.time_zone,
        timeZoneSource: customer.time_zone_source,
        hours,
      },
      home: { country: ws.home_country, timeZone: zone, hours: home.hours },
      now: { utc: now.toISOString(), customer: local, home: localParts(now, zone) },
      today: calendar.status(local.date),
      slowSeason: inSlowSeason(seasons, local.date) ?? null,
      days: windows,
    };
  }

  /** Holidays in the next `days` days in the countries of the caller's customers, with how many each affects. */
  async upcomingHolidays(scope: Scope, days: number, lang: ReaderLanguage, now = new Date()) {
    const markets = await calendarRepository.customerMarkets(this.db, scope);
    const today = now.toISOString().slice(0, 10);
    const until = addDays(today, days - 1);
    const items = new Map<
      string,
      {
        date: string;
        country: string;
        countryName: { en: string; zh: string };
        name: string;
        localName: string;
        source: 'library' | 'workspace' | 'correction';
        regions: string[];
        regionNames: string[];
        customers: number;
      }
    >();
    for (const m of markets) {
      const calendar = await this.calendars.calendar(
        this.db,
        scope.workspaceId,
        m.country,
        m.region || null,
        lang,
      );
      const national = await this.calendars.calendar(
        this.db,
        scope.workspaceId,
        m.country,
        null,
        lang,
      );
      for (const day of calendar.holidaysInRange(today, until)) {
        const nationwide = new Set(
          national.status(day.date).reasons.map((r) => ('name' in r ? r.name : '')),
        );
        for (const r of day.reasons) {
          const closes =
            r.kind === 'holiday' ||
            r.kind === 'workspace-holiday' ||
            (r.kind === 'correction' && r.closes);
          if (!closes) continue;
          const regional = !nationwide.has(r.name);
          const key = `${day.date}|${m.country}|${r.name}`;
          const item = items.get(key) ?? {
            date: day.date,
            country: m.country,
            countryName: countryNames(m.country),
            name: r.name,
            localName: r.kind === 'holiday' ? r.localName : r.name,
            source:
              r.kind === 'holiday'
                ? 'library'
                : r.kind === 'correction'
                  ? 'correction'
                  : 'workspace',
            regions: [],
            regionNames: [],
            customers: 0,
          };
          item.customers += m.customers;
          // Only a regional holiday (Epiphany in Bavaria) lists the regions it closes.
          if (regional && m.region && !item.regions.includes(m.region)) {
            item.regions.push(m.region);
            item.regionNames.push(regionsOf(m.country, lang)[m.region] ?? m.region);
          }
          items.set(key, item);
        }
      }
    }
    return {
      from: today,
      to: until,
      items: [...items.values()].sort(
        (a, b) => a.date.localeCompare(b.date) || b.customers - a.customers,
      ),
    };
  }
}
