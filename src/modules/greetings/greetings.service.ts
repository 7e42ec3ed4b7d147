import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { addDays, eachDay } from '../../domain/calendar/dates.ts';
import { libraryHolidays } from '../../domain/calendar/holidays.ts';
import { localParts } from '../../domain/calendar/zoned-time.ts';
import { AppError } from '../../domain/errors.ts';
import {
  festivalOccasions,
  personalOccasions,
  type GreetingsInput,
  type Occasion,
} from '../../domain/greetings/greetings.ts';
import type { Scope } from '../../domain/scope.ts';
import type { CalendarProvider } from '../countries/calendar.provider.ts';
import { countryNames } from '../countries/country-facts.ts';
import { customerRecords } from '../customers/customer-records.service.ts';
import { workspaces } from '../workspaces/workspaces.service.ts';
import type { GreetingOut, GreetingsOut, GreetingsQuery } from './greetings.schemas.ts';

/** Birthdays and anniversaries listed at most (the rest is `truncated`). */
const PERSONAL_LIMIT = 300;
const SAMPLE = 5;

type Brief = { id: string; name: string; native_name: string | null };
const brief = (c: Brief) => ({ id: c.id, name: c.name, nativeName: c.native_name });

/**
 * The MM-DD days of a window. A 29 Feb birthday is greeted on 28 Feb in other years, so 02-29 is
 * asked for whenever 28 Feb is in the window (the domain drops it again where it does not fall).
 */
export function monthDays(from: string, to: string): string[] {
  const days = eachDay(from, to).map((d) => d.slice(5));
  return days.includes('02-28') && !days.includes('02-29') ? [...days, '02-29'] : days;
}

export class GreetingsService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly calendars: CalendarProvider,
    private readonly now: () => Date,
  ) {}

  /** The calendar and its holidays of one country around a window: what the domain reads. */
  private async input(
    workspaceId: string,
    country: string,
    from: string,
    to: string,
    more: Partial<GreetingsInput> = {},
  ): Promise<GreetingsInput> {
    const calendar = await this.calendars.calendar(this.db, workspaceId, country);
    const years = [...new Set([from, to].map((d) => Number(d.slice(0, 4))))];
    return {
      from,
      to,
      country,
      countryName: countryNames(country),
      holidays: years
        .flatMap((y) => libraryHolidays(country, null, y))
        .filter((h) => h.date >= addDays(from, -14) && h.date <= to),
      customer: { foundedOn: null, customerSince: null },
      contacts: [],
      isBusinessDay: (d: string) => calendar.isBusinessDay(d),
      ...more,
    };
  }

  /**
   * One customer's occasions in a window, by the same rules as the calendar: what a greeting
   * mail checks its occasion against, so only an occasion the calendar would list is greeted.
   */
  async occasionsOf(
    workspaceId: string,
    customer: { country: string; founded_on: string | null; customer_since: string | null },
    contacts: GreetingsInput['contacts'],
    from: string,
    to: string,
  ): Promise<Occasion[]> {
    const more = {
      customer: { foundedOn: customer.founded_on, customerSince: customer.customer_since },
      contacts,
    };
    const input = await this.input(workspaceId, customer.country, from, to, more);
    return [...festivalOccasions(input), ...personalOccasions(input)];
  }

  async list(scope: Scope, query: GreetingsQuery): Promise<GreetingsOut> {
    const ws = await workspaces.find(this.db, scope.workspaceId);
    if (!ws) throw AppError.notFound('Workspace');
    // Today at the home office: the day the team plans from.
    const from = localParts(this.now(), ws.home_time_zone).date;
    const to = addDays(from, (query.days ?? 30) - 1);
    const input = (country: string, more: Partial<GreetingsInput> = {}) =>
      this.input(scope.workspaceId, country, from, to, more);
    const out = (o: Occasion, country: string, extra: Partial<GreetingOut>): GreetingOut => ({
      key: o.key,
      date: o.date,
      greetOn: o.greetOn,
      title: o.title,
      hints: o.hints,
      country,
      countryName: countryNames(country),
      customerCount: 1,
      customers: [],
      contact: o.contactId ? { id: o.contactId, name: o.contactName ?? '' } : null,
      years: o.years ?? null,
      ...extra,
    });

    const items: GreetingOut[] = [];
    const records = customerRecords.greetingDates;
    for (const { country, customers } of await records.countries(this.db, scope)) {
      const found = festivalOccasions(await input(country));
      if (!found.length) continue;
      const sample = (await records.sample(this.db, scope, country, SAMPLE)).map(brief);
      for (const o of found)
        items.push(out(o, country, { customerCount: customers, customers: sample }));
    }

    const days = monthDays(from, to);
    const dated = await records.yearly(this.db, scope, days, PERSONAL_LIMIT);
    const born = await records.birthdays(this.db, scope, days, PERSONAL_LIMIT);
    for (const c of dated) {
      const customer = { foundedOn: c.founded_on, customerSince: c.customer_since };
      for (const o of personalOccasions(await input(c.country, { customer })))
        items.push(out(o, c.country, { customers: [brief(c)] }));
    }
    for (const b of born) {
      const name = [b.first_name, b.last_name].filter(Boolean).join(' ');
      const contacts = [{ id: b.contact_id, name, birthday: b.birthday }];
      for (const o of personalOccasions(await input(b.country, { contacts })))
        items.push(out(o, b.country, { customers: [brief(b)] }));
    }
    items.sort((a, b) => a.greetOn.localeCompare(b.greetOn) || a.date.localeCompare(b.date));
    return {
      from,
      to,
      items,
      truncated: dated.length === PERSONAL_LIMIT || born.length === PERSONAL_LIMIT,
    };
  }
}
