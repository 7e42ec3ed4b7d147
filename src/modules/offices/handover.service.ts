import type { Kysely } from 'kysely';
import type { DB, Office } from '../../db/schema.ts';
import { addDays, isValidDate } from '../../domain/calendar/dates.ts';
import type { ReaderLanguage } from '../../domain/calendar/holidays.ts';
import { localDate } from '../../domain/calendar/zoned-time.ts';
import { assigneeFlag } from '../../domain/offices/assignee-availability.ts';
import type { Site } from '../../domain/offices/site.ts';
import type { Scope } from '../../domain/scope.ts';
import { AppError, fieldError } from '../../http/errors.ts';
import type { CalendarProvider } from '../countries/calendar.provider.ts';
import { relationshipRecords } from '../relationship/relationship-records.service.ts';
import { ticketRecords } from '../tickets/ticket-records.service.ts';
import { workspaces } from '../workspaces/workspaces.service.ts';
import { officesRepository } from './offices.repository.ts';
import type { HandOverOut } from './handover.schemas.ts';
import { reasonLabel } from './planning-view.ts';

/** Tickets read per request at most (the soonest due first). */
const MAX_TICKETS = 2000;

/**
 * Follow-ups and tickets due on a day their assignee cannot take them: the assignee's office is closed (a
 * public holiday, the weekend, a company closing day) or they are on leave. Which follow-ups is
 * the caller's usual follow-up visibility; the flag names the office and why it is closed, and
 * says "on leave" without the leave's kind or reason (those stay with the office's manager).
 */
export class HandOverService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly calendars: CalendarProvider,
  ) {}

  async flags(
    scope: Scope,
    from: string | undefined,
    days: number,
    lang: ReaderLanguage,
  ): Promise<HandOverOut> {
    if (from !== undefined && !isValidDate(from))
      throw AppError.validation([fieldError('/querystring/from', 'invalid_date')]);
    const ws = await workspaces.find(this.db, scope.workspaceId);
    if (!ws) throw AppError.notFound('Workspace');
    const start = from ?? localDate(new Date(), ws.home_time_zone);
    const end = addDays(start, days - 1);
    const due = await relationshipRecords.openFollowUps(this.db, scope, start, end);
    // Tickets by their next due instant, read a day wider on each side (zones) and kept by the
    // assignee's local date below.
    const tickets = await ticketRecords.dueBetween(
      this.db,
      scope,
      `${addDays(start, -1)}T00:00:00.000Z`,
      `${addDays(end, 1)}T23:59:59.999Z`,
      MAX_TICKETS,
    );
    const work = [...due, ...tickets];
    const [people, assigned] = await Promise.all([
      officesRepository.peopleOfUsers(this.db, scope.workspaceId, [
        ...new Set(work.flatMap((w) => (w.assignee_id ? [w.assignee_id] : []))),
      ]),
      officesRepository.peopleByIds(this.db, scope.workspaceId, [
        ...new Set(work.flatMap((w) => (w.assignee_person_id ? [w.assignee_person_id] : []))),
      ]),
    ]);
    // A user in two offices is read from the one they joined first.
    const personOfUser = new Map<string, (typeof people)[number]>();
    for (const p of people)
      if (p.user_id && !personOfUser.has(p.user_id)) personOfUser.set(p.user_id, p);
    const byId = new Map(assigned.map((p) => [p.id, p]));
    // Work done by an office person is planned on that person's calendar, else the user's own.
    const personOf = (w: { assignee_id: string | null; assignee_person_id?: string | null }) =>
      w.assignee_person_id
        ? byId.get(w.assignee_person_id)
        : w.assignee_id
          ? personOfUser.get(w.assignee_id)
          : undefined;
    const officeIds = [...new Set([...people, ...assigned].map((p) => p.office_id))];
    const [offices, leave] = await Promise.all([
      officesRepository.byIds(this.db, scope.workspaceId, officeIds),
      officesRepository.leave(this.db, scope.workspaceId, officeIds, start),
    ]);
    const sites = new Map<string, { office: Office; site: Site }>();
    for (const o of offices) sites.set(o.id, { office: o, site: await this.site(scope, o, lang) });

    const items: HandOverOut['items'] = [];
    const check = (
      w: { assignee_id: string | null; assignee_person_id?: string | null },
      day: ((site: Site) => string) | string,
      what: Pick<
        HandOverOut['items'][number],
        'kind' | 'followUpId' | 'ticketId' | 'ticketNumber' | 'subject' | 'customerId'
      > & { customerName: string },
    ) => {
      const person = personOf(w);
      const at = person && sites.get(person.office_id);
      if (!person || !at) return;
      const dueDate = typeof day === 'string' ? day : day(at.site);
      if (dueDate < start || dueDate > end) return;
      const flag = assigneeFlag(
        {
          site: at.site,
          leave: leave.flatMap((l) =>
            l.person_id === person.id && l.status !== 'rejected'
              ? [{ from: l.from_date, to: l.to_date, status: l.status }]
              : [],
          ),
        },
        dueDate,
      );
      if (!flag) return;
      items.push({
        ...what,
        dueDate,
        assigneeId: w.assignee_id,
        personId: person.id,
        assigneePersonId: w.assignee_person_id ?? null,
        personName: person.name,
        officeId: at.office.id,
        officeName: at.office.name,
        flag: flag.kind,
        leaveStatus: flag.kind === 'on-leave' ? flag.status : null,
        because: flag.kind === 'office-closed' ? [...new Set(flag.reasons.map(reasonLabel))] : [],
      });
    };
    for (const f of due)
      check(f, f.due_date, {
        kind: 'follow-up',
        followUpId: f.id,
        ticketId: null,
        ticketNumber: null,
        subject: null,
        customerId: f.customer_id,
        customerName: f.customer_name,
      });
    // A ticket's day is the one its due instant falls on where its assignee works.
    for (const t of tickets)
      check(t, (site) => localDate(new Date(t.next_due_at!), site.timeZone), {
        kind: 'ticket',
        followUpId: null,
        ticketId: t.id,
        ticketNumber: t.number,
        subject: t.subject,
        customerId: t.customer_id,
        customerName: t.customer_name,
      });
    items.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.kind.localeCompare(b.kind));
    return { from: start, to: end, items };
  }

  private async site(scope: Scope, o: Office, lang: ReaderLanguage): Promise<Site> {
    const closing = JSON.parse(o.closing_days) as { date: string }[];
    return {
      calendar: await this.calendars.calendar(
        this.db,
        scope.workspaceId,
        o.country,
        o.region,
        lang,
      ),
      timeZone: o.time_zone,
      hours: { start: o.work_start, end: o.work_end },
      closingDays: new Set(closing.map((c) => c.date)),
      ramadanHoursLess: o.ramadan_hours_less,
    };
  }
}
