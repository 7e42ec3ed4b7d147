import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { contactWindows } from '../../domain/calendar/contact-windows.ts';
import { addDays, daysSince } from '../../domain/calendar/dates.ts';
import { localParts, type LocalParts } from '../../domain/calendar/zoned-time.ts';
import { AppError } from '../../domain/errors.ts';
import { goneCold } from '../../domain/relationship/cadence.ts';
import { storedHealth, type HealthStatus } from '../../domain/relationship/health.ts';
import type { Scope } from '../../domain/scope.ts';
import type { CalendarProvider } from '../countries/calendar.provider.ts';
import { countryWorkingHours } from '../countries/country-settings.service.ts';
import { certificateRenewalsDue } from '../sustainability/certificate-renewals.ts';
import { userRecords } from '../users/user-records.service.ts';
import { workspaces } from '../workspaces/workspaces.service.ts';
import { toFollowUpOut } from './follow-ups.mapper.ts';
import { followUpsRepository, type OpenFollowUpRow } from './follow-ups.repository.ts';
import type { FollowUpQuery, InboxFollowUp } from './follow-ups.schemas.ts';
import { zoneOf, type PlanningService } from './planning.service.ts';

const UPCOMING_DAYS = 14;
/** The gone-cold list: the 200 customers silent longest. */
const COLD_LIMIT = 200;
/** Candidates for it are read in pages of this many, longest silent first. */
const CANDIDATE_PAGE = 2000;
/** Customers on holiday today, by name: enough for the card and its "show all". */
const HOLIDAY_LIMIT = 1000;

/** What follow-ups of customers in one country, region and time zone have in common. */
interface Market {
  zone: string;
  local: LocalParts;
  /** the last date still listed as upcoming */
  upcomingUntil: string;
  /** the next window when both sides are at work (computed on first use) */
  window: () => Promise<InboxFollowUp['nextWindow']>;
  /** the window, once computed */
  known?: { window: InboxFollowUp['nextWindow'] };
}

/** Today's work: follow-ups by bucket in each customer's calendar, customers gone cold or on holiday. */
export class InboxService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly calendars: CalendarProvider,
    private readonly planning: PlanningService,
  ) {}

  private assignees(scope: Scope, which: FollowUpQuery['scope']): string[] | undefined {
    if (which === 'mine' || which === undefined) return [scope.userId];
    return scope.visibleOwnerIds === 'all' ? undefined : scope.visibleOwnerIds;
  }

  /**
   * Open follow-ups in each customer's own calendar: overdue, today, upcoming. Today's are ordered
   * by when the customer's working day opens, with the next window both sides are at work.
   */
  async list(scope: Scope, query: FollowUpQuery, now = new Date()): Promise<InboxFollowUp[]> {
    const ws = await workspaces.find(this.db, scope.workspaceId);
    if (!ws) throw AppError.notFound('Workspace');
    const home = {
      calendar: await this.calendars.calendar(this.db, scope.workspaceId, ws.home_country),
      // the user's own clock; office hours and holidays stay the home office's
      timeZone: await userRecords.viewerTimeZone(this.db, scope, query.timeZone, ws.home_time_zone),
      hours: { start: ws.home_work_start, end: ws.home_work_end },
    };
    const rows = await followUpsRepository.open(this.db, scope, {
      assigneeIds: this.assignees(scope, query.scope),
      customerId: query.customerId,
    });
    const hours = await countryWorkingHours(this.db, scope.workspaceId);
    // Customers of one market and zone share their clock, calendar and next window: each is
    // computed once per request, not once per follow-up (an admin's inbox has up to 2,000).
    const markets = new Map<string, Market>();
    const market = (r: OpenFollowUpRow): Market => {
      const zone = zoneOf({ time_zone: r.customer_time_zone, country: r.customer_country });
      const key = `${r.customer_country}|${r.customer_region ?? ''}|${zone}`;
      let m = markets.get(key);
      if (!m) {
        let window: Promise<InboxFollowUp['nextWindow']> | undefined;
        const nextWindow = async (): Promise<InboxFollowUp['nextWindow']> => {
          const customer = {
            calendar: await this.calendars.calendar(
              this.db,
              scope.workspaceId,
              r.customer_country,
              r.customer_region,
            ),
            timeZone: zone,
            hours: hours.get(r.customer_country) ?? { start: '09:00', end: '18:00' },
          };
          // Today's overlap may be over while the customer's day is not: the next window is then
          // on a later working day, so look a few days ahead.
          const w = contactWindows(home, customer, now, 3).find((d) => d.windows.length)
            ?.windows[0];
          return w
            ? { startUtc: w.startUtc, endUtc: w.endUtc, home: w.home, customer: w.customer }
            : null;
        };
        const local = localParts(now, zone);
        m = {
          zone,
          local,
          upcomingUntil: addDays(local.date, UPCOMING_DAYS),
          window: () =>
            (window ??= nextWindow().then((w) => {
              if (m) m.known = { window: w };
              return w;
            })),
        };
        markets.set(key, m);
      }
      return m;
    };
    const items: { item: InboxFollowUp; sortKey: string }[] = [];
    for (const r of rows) {
      const m = market(r);
      const { zone, local, upcomingUntil } = m;
      const bucket: InboxFollowUp['bucket'] | null =
        r.due_date < local.date
          ? 'overdue'
          : r.due_date === local.date
            ? 'today'
            : // One customer's list (its page) shows every open follow-up, however far off.
              query.customerId || r.due_date <= upcomingUntil
              ? 'upcoming'
              : null;
      if (!bucket || (query.due && query.due !== bucket)) continue;
      // Awaiting only a market's first window: 2,000 awaits were a fifth of this loop.
      const window =
        bucket === 'upcoming' ? null : (m.known ?? { window: await m.window() }).window;
      items.push({
        // Added to the mapper's object, not spread into a new one: V8 builds a spread of 16
        // properties slowly and leaves an object that serialises 2.5× slower (9 ms per inbox).
        item: Object.assign(toFollowUpOut(r), {
          customerToday: local.date,
          customerTime: local.time,
          timeZone: zone,
          bucket,
          nextWindow: window,
        }),
        sortKey: `${bucket === 'upcoming' ? '1' + r.due_date : '0' + (window?.startUtc ?? '9')}|${r.due_date}`,
      });
    }
    items.sort((a, b) => a.sortKey.localeCompare(b.sortKey));
    return items.map(({ item }) => item);
  }

  /** Certificates to renew (or expired) for the inbox's owners; admins also get the ownerless. */
  certificates(scope: Scope, which: FollowUpQuery['scope'], now = new Date()) {
    return certificateRenewalsDue(
      this.db,
      this.calendars,
      scope,
      this.assignees(scope, which),
      now,
    );
  }

  /**
   * Customers gone cold (no touch within their cadence; never contacted and the first contact
   * overdue), the 200 silent longest, and customers with a holiday today. Complete at any size:
   * candidates are read longest silent first, page by page, until 200 are cold or none are left;
   * holidays are found per market, then the customers in the markets that have one.
   */
  async attention(scope: Scope, which: FollowUpQuery['scope'], now = new Date()) {
    const assignees = this.assignees(scope, which);
    const { rules, index } = await this.planning.policySet(this.db, scope.workspaceId);
    // One local date and holiday list per country, region and zone, not per customer.
    const markets = new Map<string, { local: string; holidays: string[] }>();
    const marketOf = async (c: {
      country: string;
      region: string | null;
      time_zone: string | null;
    }) => {
      const zone = zoneOf(c);
      const key = `${c.country}|${c.region ?? ''}|${zone}`;
      let market = markets.get(key);
      if (!market) {
        const local = localParts(now, zone).date;
        const status = (
          await this.calendars.calendar(this.db, scope.workspaceId, c.country, c.region)
        ).status(local);
        const holidays = status.reasons.flatMap((r) =>
          r.kind === 'holiday' || r.kind === 'workspace-holiday' ? [r.name] : [],
        );
        market = { local, holidays };
        markets.set(key, market);
      }
      return market;
    };

    const cold: {
      customerId: string;
      name: string;
      country: string;
      lastTouchAt: string | null;
      cadenceDays: number;
      daysSilent: number | null;
      healthScore: number | null;
      healthStatus: HealthStatus;
    }[] = [];
    let after: { touch: string; id: string } | undefined;
    while (cold.length < COLD_LIMIT) {
      const page = await followUpsRepository.attentionCandidates(this.db, scope, {
        ownerIds: assignees,
        policyIndex: index,
        after,
        limit: CANDIDATE_PAGE,
      });
      for (const c of page) {
        const days = rules[c.policy]?.days ?? 30;
        const silent = c.last_touch_at ? daysSince(c.last_touch_at, now) : null;
        const isCold = goneCold({
          contacted: c.last_outbound_at !== null,
          plannedDate: c.planned_date ?? null,
          today: (await marketOf(c)).local,
          daysSilent: silent,
          cadenceDays: days,
        });
        if (!isCold) continue;
        const health = storedHealth(c.stage, c.health_score);
        cold.push({
          customerId: c.id,
          name: c.name,
          country: c.country,
          lastTouchAt: c.last_touch_at,
          cadenceDays: days,
          daysSilent: silent,
          healthScore: health.score,
          healthStatus: health.status,
        });
      }
      const last = page[page.length - 1];
      if (!last || page.length < CANDIDATE_PAGE) break;
      after = { touch: last.last_touch_at ?? '', id: last.id };
    }
    // Read longest silent first, so the first 200 cold are the 200 silent longest.
    cold.sort((a, b) => (b.daysSilent ?? 1e9) - (a.daysSilent ?? 1e9));

    const onHoliday = [];
    for (const m of await followUpsRepository.attentionMarkets(this.db, scope, assignees))
      if ((await marketOf(m)).holidays.length) onHoliday.push(m);
    const holidayToday = [];
    for (const c of await followUpsRepository.customersInMarkets(this.db, scope, onHoliday, {
      ownerIds: assignees,
      limit: HOLIDAY_LIMIT,
    })) {
      const { local, holidays } = await marketOf(c);
      holidayToday.push({
        customerId: c.id,
        name: c.name,
        country: c.country,
        date: local,
        holidays: [...holidays],
      });
    }
    return { cold: cold.slice(0, COLD_LIMIT), holidayToday };
  }
}
