import type { Kysely } from 'kysely';
import type { DB, Office } from '../../db/schema.ts';
import { addDays, isValidDate } from '../../domain/calendar/dates.ts';
import type { ReaderLanguage } from '../../domain/calendar/holidays.ts';
import { localDate } from '../../domain/calendar/zoned-time.ts';
import { leadershipPlaybook } from '../../domain/offices/leadership-playbook.ts';
import { planMeeting, type Attendee } from '../../domain/offices/meeting-planner.ts';
import { closedDifferences, sharedHours } from '../../domain/offices/shared-hours.ts';
import { siteDay, type ClosedReason, type Site } from '../../domain/offices/site.ts';
import { stallWarnings } from '../../domain/offices/stall-periods.ts';
import type { Scope } from '../../domain/scope.ts';
import { AppError, fieldError } from '../../http/errors.ts';
import type { CalendarProvider } from '../countries/calendar.provider.ts';
import { mergedScores } from '../countries/countries.service.ts';
import { countrySettings } from '../countries/country-settings.service.ts';
import { HOFSTEDE_CITATION } from '../countries/hofstede.dataset.ts';
import { workspaces } from '../workspaces/workspaces.service.ts';
import { officesRepository } from './offices.repository.ts';
import { officeOut, type OfficesService } from './offices.service.ts';
import type { MeetingBody } from './planning.schemas.ts';

/** A closed day's reason as one short label ("Eid al-Adha", "weekend", "office closing day"). */
export function reasonLabel(r: ClosedReason): string {
  if (r.kind === 'weekend') return 'weekend';
  if (r.kind === 'office-closing-day') return 'office closing day';
  if (r.kind === 'business-week') return 'business week';
  return r.name;
}

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
    if (from !== undefined && !isValidDate(from))
      throw AppError.validation([fieldError('/querystring/from', 'invalid_date')]);
    const office = await this.offices.find(this.db, scope, officeId);
    const [hq, site] = await Promise.all([this.hq(scope, lang), this.site(scope, office, lang)]);
    const start = from ?? localDate(new Date(), hq.site.timeZone);
    const end = addDays(start, days - 1);
    const [people, leave] = await Promise.all([
      officesRepository.people(this.db, scope.workspaceId, [office.id]),
      officesRepository.leave(this.db, scope.workspaceId, [office.id], start),
    ]);
    const approved = leave.filter((l) => l.status !== 'rejected' && l.from_date <= end);
    const names = new Map(people.map((p) => [p.id, p.name]));
    const out = [];
    for (let i = 0; i < days; i++) {
      const date = addDays(start, i);
      const day = siteDay(site, date);
      const shared = sharedHours(hq.site, site, date);
      const away = approved
        .filter((l) => l.from_date <= date && date <= l.to_date)
        .map((l) => ({
          personId: l.person_id,
          name: names.get(l.person_id) ?? '',
          kind: l.kind,
          status: l.status,
        }));
      out.push({
        date,
        officeOpen: day.working,
        officeHours: day.working ? { start: day.start ?? '', end: day.end ?? '' } : null,
        shortened: day.shortened ?? null,
        closedBecause: day.working ? [] : [...new Set(day.reasons.map(reasonLabel))],
        hqOpen: shared.hqWorking,
        sharedMinutes: shared.minutes,
        windows: shared.windows,
        away,
        working: day.working
          ? people.length -
            new Set(away.filter((a) => a.status === 'approved').map((a) => a.personId)).size
          : 0,
      });
    }
    return {
      office: officeOut(scope, office),
      hq: { country: hq.country, timeZone: hq.site.timeZone, hours: hq.site.hours },
      from: start,
      to: end,
      headcount: people.length,
      days: out,
      closedDifferences: closedDifferences(hq.site, site, start, end).map((d) => ({
        date: d.date,
        closed: d.closed,
        because: [...new Set(d.reasons.map(reasonLabel))],
      })),
      stalls: stallWarnings(
        office.country,
        site,
        start,
        end,
        approved
          .filter((l) => l.status === 'approved')
          .map((l) => ({ personId: l.person_id, from: l.from_date, to: l.to_date })),
        people.length,
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
