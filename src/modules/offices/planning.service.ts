import type { Kysely } from 'kysely';
import type { DB, Office } from '../../db/schema.ts';
import { addDays } from '../../domain/calendar/dates.ts';
import type { ReaderLanguage } from '../../domain/calendar/holidays.ts';
import { localDate } from '../../domain/calendar/zoned-time.ts';
import { leadershipPlaybook } from '../../domain/offices/leadership-playbook.ts';
import { planMeeting, type Attendee } from '../../domain/offices/meeting-planner.ts';
import type { Site } from '../../domain/offices/site.ts';
import type { Scope } from '../../domain/scope.ts';
import { AppError, fieldError } from '../../http/errors.ts';
import type { CalendarProvider } from '../countries/calendar.provider.ts';
import { mergedScores } from '../countries/countries.service.ts';
import { countrySettings } from '../countries/country-settings.service.ts';
import { HOFSTEDE_CITATION } from '../countries/hofstede.dataset.ts';
import { workspaces } from '../workspaces/workspaces.service.ts';
import { officesRepository } from './offices.repository.ts';
import type { OfficesService } from './offices.service.ts';
import { checkFrom, groupBy, leanPlan, officePlan } from './planning-view.ts';
import type { MeetingBody } from './planning.schemas.ts';

export { reasonLabel } from './planning-view.ts';

export class OfficePlanningService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly calendars: CalendarProvider,
    private readonly offices: OfficesService,
  ) {}

  private async hq(scope: Scope, lang: ReaderLanguage) {
    const ws = await workspaces.find(this.db, scope.workspaceId);
    if (!ws) throw AppError.notFound('Workspace');
    const site: Site = {
      calendar: await this.calendars.calendar(
        this.db,
        scope.workspaceId,
        ws.home_country,
        null,
        lang,
      ),
      timeZone: ws.home_time_zone,
      hours: { start: ws.home_work_start, end: ws.home_work_end },
    };
    return { country: ws.home_country, site };
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

  /** Who works when in one office over `days` days from `from`, next to headquarters. */
  async planning(
    scope: Scope,
    officeId: string,
    from: string | undefined,
    days: number,
    lang: ReaderLanguage,
  ) {
    checkFrom(from);
    const office = await this.offices.find(this.db, scope, officeId);
    const [hq, site] = await Promise.all([this.hq(scope, lang), this.site(scope, office, lang)]);
    const start = from ?? localDate(new Date(), hq.site.timeZone);
    const end = addDays(start, days - 1);
    const [people, leave] = await Promise.all([
      officesRepository.planningPeople(this.db, scope.workspaceId, [office.id]),
      officesRepository.planningLeave(this.db, scope.workspaceId, [office.id], start, end),
    ]);
    return officePlan(scope, hq, { office, site, people, leave }, start, days);
  }

  /**
   * Every office the caller sees over the same days: headquarters, the people and the leave are
   * read once for all of them (the planning view across offices is one request, not fifty).
   */
  async overview(scope: Scope, from: string | undefined, days: number, lang: ReaderLanguage) {
    checkFrom(from);
    const [hq, offices] = await Promise.all([
      this.hq(scope, lang),
      officesRepository.visible(this.db, scope),
    ]);
    const start = from ?? localDate(new Date(), hq.site.timeZone);
    const ids = offices.map((o) => o.id);
    const end = addDays(start, days - 1);
    const [people, leave, sites] = await Promise.all([
      officesRepository.planningPeople(this.db, scope.workspaceId, ids),
      officesRepository.planningLeave(this.db, scope.workspaceId, ids, start, end),
      Promise.all(offices.map((o) => this.site(scope, o, lang))),
    ]);
    const peopleOf = groupBy(people, (p) => p.office_id);
    const leaveOf = groupBy(leave, (l) => l.office_id);
    return {
      from: start,
      to: end,
      hq: { country: hq.country, timeZone: hq.site.timeZone, hours: hq.site.hours },
      offices: offices.map((office, i) =>
        leanPlan(
          officePlan(
            scope,
            hq,
            {
              office,
              site: sites[i]!,
              people: peopleOf.get(office.id) ?? [],
              leave: leaveOf.get(office.id) ?? [],
            },
            start,
            days,
            { windows: 'first' },
          ),
        ),
      ),
    };
  }

  async playbook(scope: Scope, officeId: string) {
    const office = await this.offices.find(this.db, scope, officeId);
    const ws = await workspaces.find(this.db, scope.workspaceId);
    if (!ws) throw AppError.notFound('Workspace');
    const [sh, so] = await Promise.all([
      countrySettings(this.db, scope.workspaceId, ws.home_country),
      countrySettings(this.db, scope.workspaceId, office.country),
    ]);
    return leadershipPlaybook(
      { code: ws.home_country, scores: mergedScores(ws.home_country, sh).scores },
      { code: office.country, scores: mergedScores(office.country, so).scores },
      HOFSTEDE_CITATION,
    );
  }

  /** Meeting times for people of offices the caller sees, with headquarters if asked. */
  async meeting(scope: Scope, body: MeetingBody, lang: ReaderLanguage) {
    const from = body.from ? new Date(body.from) : new Date();
    if (Number.isNaN(from.getTime()))
      throw AppError.validation([fieldError('/from', 'format', { format: 'date-time' })]);
    const offices = await officesRepository.visible(this.db, scope);
    const byId = new Map(offices.map((o) => [o.id, o]));
    const people = await officesRepository.people(
      this.db,
      scope.workspaceId,
      offices.map((o) => o.id),
    );
    const leave = await officesRepository.leave(
      this.db,
      scope.workspaceId,
      offices.map((o) => o.id),
      from.toISOString().slice(0, 10),
    );
    const attendees: (Attendee & { name: string; office: string | null })[] = [];
    for (const [i, pid] of [...new Set(body.personIds)].entries()) {
      const p = people.find((x) => x.id === pid);
      const o = p && byId.get(p.office_id);
      if (!p || !o)
        throw AppError.validation([
          fieldError(`/personIds/${i}`, 'not_in_scope', { entity: 'person' }),
        ]);
      attendees.push({
        id: p.id,
        name: p.name,
        office: o.name,
        site: await this.site(scope, o, lang),
        leave: leave
          .filter((l) => l.person_id === p.id && l.status === 'approved')
          .map((l) => ({ from: l.from_date, to: l.to_date })),
      });
    }
    if (body.includeHq)
      attendees.push({
        id: 'hq',
        name: 'HQ',
        office: null,
        site: (await this.hq(scope, lang)).site,
      });
    const slots = planMeeting(attendees, {
      from,
      days: body.days,
      durationMinutes: body.durationMinutes,
      limit: 12,
    });
    const meta = new Map(attendees.map((a) => [a.id, a]));
    return {
      slots: slots.map((s) => ({
        ...s,
        attendees: s.attendees.map((a) => ({
          ...a,
          name: meta.get(a.id)?.name ?? '',
          office: meta.get(a.id)?.office ?? null,
          timeZone: meta.get(a.id)?.site.timeZone ?? '',
        })),
      })),
    };
  }
}
