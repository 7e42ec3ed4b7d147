import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { daysSince } from '../../domain/calendar/dates.ts';
import { localParts } from '../../domain/calendar/zoned-time.ts';
import { AppError } from '../../domain/errors.ts';
import { goneCold } from '../../domain/relationship/cadence.ts';
import { storedHealth, type HealthStatus } from '../../domain/relationship/health.ts';
import type { Scope } from '../../domain/scope.ts';
import type { CalendarProvider } from '../countries/calendar.provider.ts';
import { countryWorkingHours } from '../countries/country-settings.service.ts';
import { certificateRenewalsDue } from '../sustainability/certificate-renewals.ts';
import { userRecords } from '../users/user-records.service.ts';
import { workspaces } from '../workspaces/workspaces.service.ts';
import { followUpsInboxRepository } from './follow-ups-inbox.repository.ts';
import { followUpsRepository } from './follow-ups.repository.ts';
import type {
  FollowUpQuery,
  InboxFollowUp,
  InboxPage,
  InboxPageQuery,
} from './follow-ups.schemas.ts';
import { InboxClock } from './inbox-clock.ts';
import { inboxPage } from './inbox-page.ts';
import { zoneOf, type PlanningService } from './planning.service.ts';

/** The gone-cold list: the 20 customers silent longest (the card shows 15). */
const COLD_LIMIT = 20;
/**
 * Candidates for it are read longest silent first, a page at a time: the first page twice the
 * list (most of the longest silent are cold), each next one twice the last, up to this many.
 */
const CANDIDATE_PAGE_MAX = 2000;
/** Customers on holiday today, by name: the card's first; the total says how many in all. */
const HOLIDAY_LIMIT = 20;

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

  /** The request's clock: the user's side (home calendar and hours, the user's own zone). */
  async clock(scope: Scope, viewerTimeZone: string | undefined, now: Date): Promise<InboxClock> {
    const ws = await workspaces.find(this.db, scope.workspaceId);
    if (!ws) throw AppError.notFound('Workspace');
    const home = {
      calendar: await this.calendars.calendar(this.db, scope.workspaceId, ws.home_country),
      // the user's own clock; office hours and holidays stay the home office's
      timeZone: await userRecords.viewerTimeZone(this.db, scope, viewerTimeZone, ws.home_time_zone),
      hours: { start: ws.home_work_start, end: ws.home_work_end },
    };
    const hours = await countryWorkingHours(this.db, scope.workspaceId);
    return new InboxClock(this.db, this.calendars, scope.workspaceId, home, hours, now);
  }

  /**
   * Open follow-ups in each customer's own calendar: overdue, today, upcoming. Today's are ordered
   * by when the customer's working day opens, with the next window both sides are at work.
   */
  async list(scope: Scope, query: FollowUpQuery, now = new Date()): Promise<InboxFollowUp[]> {
    const clock = await this.clock(scope, query.timeZone, now);
    const rows = await followUpsRepository.open(this.db, scope, {
      assigneeIds: this.assignees(scope, query.scope),
      customerId: query.customerId,
    });
    const items: { item: InboxFollowUp; sortKey: string }[] = [];
    for (const r of rows) {
      // One customer's list (its page) shows every open follow-up, however far off.
      const bucket = clock.bucket(r, Boolean(query.customerId));
      if (!bucket || (query.due && query.due !== bucket)) continue;
      const item = await clock.item(r, bucket);
      items.push({
        item,
        sortKey: `${bucket === 'upcoming' ? '1' + r.due_date : '0' + (item.nextWindow?.startUtc ?? '9')}|${r.due_date}`,
      });
    }
    items.sort((a, b) => a.sortKey.localeCompare(b.sortKey));
    return items.map(({ item }) => item);
  }

  /**
   * The inbox's due work a page at a time, with exact totals however large the workspace: today's
   * first (by the customer's next window), then overdue (oldest first).
   */
  async page(scope: Scope, query: InboxPageQuery, now = new Date()): Promise<InboxPage> {
    const clock = await this.clock(scope, query.timeZone, now);
    return inboxPage(this.db, clock, scope, this.assignees(scope, query.scope), query);
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
    let pageSize = COLD_LIMIT * 2;
    while (cold.length < COLD_LIMIT) {
      const page = await followUpsInboxRepository.attentionCandidates(this.db, scope, {
        ownerIds: assignees,
        policyIndex: index,
        after,
        limit: pageSize,
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
      if (!last || page.length < pageSize) break;
      pageSize = Math.min(pageSize * 2, CANDIDATE_PAGE_MAX);
      after = { touch: last.last_touch_at ?? '', id: last.id };
    }
    // Read longest silent first, so the first cold found are those silent longest.
    cold.sort((a, b) => (b.daysSilent ?? 1e9) - (a.daysSilent ?? 1e9));

    const onHoliday = [];
    for (const m of await followUpsInboxRepository.attentionMarkets(this.db, scope, assignees))
      if ((await marketOf(m)).holidays.length) onHoliday.push(m);
    const [first, holidayTodayTotal] = await Promise.all([
      followUpsInboxRepository.customersInMarkets(this.db, scope, onHoliday, {
        ownerIds: assignees,
        limit: HOLIDAY_LIMIT,
      }),
      followUpsInboxRepository.countInMarkets(this.db, scope, onHoliday, assignees),
    ]);
    const holidayToday = [];
    for (const c of first) {
      const { local, holidays } = await marketOf(c);
      holidayToday.push({
        customerId: c.id,
        name: c.name,
        country: c.country,
        date: local,
        holidays: [...holidays],
      });
    }
    return { cold: cold.slice(0, COLD_LIMIT), holidayToday, holidayTodayTotal };
  }
}
