import type { Kysely } from 'kysely';
import type { Executor } from '../../db/dialect.ts';
import type { DB, SlaPolicy, SlaPolicyTable } from '../../db/schema.ts';
import { localParts } from '../../domain/calendar/zoned-time.ts';
import { defaultTimeZone, isTimeZone } from '../../domain/countries.ts';
import { newId } from '../../domain/ids.ts';
import { requireRole, type Scope } from '../../domain/scope.ts';
import type { SlaClock, SkippedDay, TimeSpan } from '../../domain/service/sla-clock.ts';
import { slaDue } from '../../domain/service/sla-clock.ts';
import {
  DEFAULT_PAUSE_STATUSES,
  DEFAULT_TERMS,
  MAX_SLA_MINUTES,
  reasonText,
  type SlaCalendar,
  type SlaTerms,
  type TicketStatus,
} from '../../domain/service/tickets.ts';
import { AppError, fieldError, type FieldError } from '../../http/errors.ts';
import { diff, recordAudit } from '../audit/audit.service.ts';
import type { BusinessCalendar } from '../../domain/calendar/business-calendar.ts';
import type { CalendarProvider } from '../countries/calendar.provider.ts';
import { checkCountry } from '../countries/countries.service.ts';
import { userRecords } from '../users/user-records.service.ts';
import { workspaces } from '../workspaces/workspaces.service.ts';
import { slaPoliciesRepository as repo } from './tickets.repository.ts';
import type { SlaDueBody, SlaPolicyBody, SlaPolicyPatch } from './tickets.schemas.ts';

const ALWAYS: SlaClock = { kind: '24x7' };

/** Where a clock runs: the customer's place, or the home office's. */
export interface Place {
  country: string;
  region: string | null;
  timeZone: string;
}

/** A skipped day for the API: each reason as its kind and a readable name. */
export const skippedOut = (s: SkippedDay[]) =>
  s.map((d) => ({
    date: d.date,
    reasons: d.reasons.map((r) => ({ kind: r.kind, name: reasonText(r) })),
  }));

export function explain(s: SkippedDay[]): string {
  if (!s.length) return 'No day skipped.';
  return `Skipped: ${s.map((d) => `${d.date} (${d.reasons.map(reasonText).join(', ')})`).join('; ')}.`;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

export function parseInstant(s: string): Date | null {
  if (!ISO_INSTANT.test(s)) return null;
  const d = new Date(s);
  return Number.isNaN(d.getTime()) ? null : d;
}

const list = (json: string): string[] => JSON.parse(json) as string[];

export function termsOf(p: SlaPolicy): SlaTerms {
  return {
    policyId: p.id,
    name: p.name,
    calendar: p.calendar,
    hours: { start: p.hours_start, end: p.hours_end },
    breaks: JSON.parse(p.breaks) as TimeSpan[],
    firstResponseMinutes: p.first_response_minutes,
    resolutionMinutes: p.resolution_minutes,
    nextResponseMinutes: p.next_response_minutes,
    warnPercent: p.warn_percent,
    pauseStatuses: list(p.pause_statuses) as TicketStatus[],
  };
}

function policyOut(p: SlaPolicy) {
  const t = termsOf(p);
  return {
    id: p.id,
    name: p.name,
    position: p.position,
    priorities: list(p.priorities),
    types: list(p.types),
    countries: list(p.countries),
    tiers: list(p.tiers),
    calendar: t.calendar,
    hours: t.hours,
    breaks: t.breaks,
    firstResponseMinutes: t.firstResponseMinutes,
    resolutionMinutes: t.resolutionMinutes,
    nextResponseMinutes: t.nextResponseMinutes,
    warnPercent: t.warnPercent,
    pauseStatuses: t.pauseStatuses,
    routing: p.routing,
    routingTeamIds: list(p.routing_team_ids),
    updatedAt: p.updated_at,
  };
}

/** Follow the sun names support teams of the workspace. */
async function routingProblems(db: Executor, workspaceId: string, ids: string[]) {
  const known = new Set((await userRecords.supportTeams(db, workspaceId)).map((t) => t.id));
  return ids.flatMap((id, i) =>
    known.has(id)
      ? []
      : [fieldError(`/routingTeamIds/${i}`, 'no_such', { entity: 'support team' })],
  );
}

function hoursProblems(hours: TimeSpan | undefined, breaks: TimeSpan[] | undefined): FieldError[] {
  const errors: FieldError[] = [];
  if (hours && hours.end <= hours.start) errors.push(fieldError('/hours/end', 'sla_hours'));
  breaks?.forEach((b, i) => {
    if (b.end <= b.start) errors.push(fieldError(`/breaks/${i}/end`, 'after_start'));
  });
  return errors;
}

/**
 * SLA clocks and policies: builds a clock in the customer's calendar (their country, region and
 * zone with the workspace's overrides), the home office's or 24x7; previews due instants; keeps
 * the workspace's policies (admins write, everyone reads).
 */
export class SlaService {
  /**
   * One clock object per calendar, zone, hours and breaks: the clock engine remembers each day's
   * working intervals per clock object, so a list of 50 tickets in a few countries works out each
   * day once instead of once per ticket and request. Keyed weakly by the calendar, so when the
   * calendar provider rebuilds a calendar (its data changed) its clocks and days go with it.
   */
  private readonly clocks = new WeakMap<BusinessCalendar, Map<string, SlaClock>>();

  constructor(
    private readonly db: Kysely<DB>,
    private readonly calendars: CalendarProvider,
  ) {}

  async homePlace(db: Executor, workspaceId: string): Promise<Place> {
    const ws = await workspaces.find(db, workspaceId);
    if (!ws) throw AppError.notFound('Workspace');
    return { country: ws.home_country, region: null, timeZone: ws.home_time_zone };
  }

  async clock(
    db: Executor,
    workspaceId: string,
    calendar: SlaCalendar,
    place: Place,
    hours: TimeSpan,
    breaks: TimeSpan[],
  ): Promise<SlaClock> {
    if (calendar === '24x7') return ALWAYS;
    const cal = await this.calendars.calendar(db, workspaceId, place.country, place.region);
    let known = this.clocks.get(cal);
    if (!known) this.clocks.set(cal, (known = new Map<string, SlaClock>()));
    const key = `${place.timeZone}|${hours.start}-${hours.end}|${breaks.map((b) => `${b.start}-${b.end}`).join(',')}`;
    let clock = known.get(key);
    if (!clock)
      known.set(
        key,
        (clock = { kind: 'business', calendar: cal, timeZone: place.timeZone, hours, breaks }),
      );
    return clock;
  }

  /** When `minutes` of the chosen clock have run from `start`, with the days it skipped and why. */
  async due(scope: Scope, body: SlaDueBody) {
    const errors: FieldError[] = [];
    let country: string | null = null;
    try {
      country = checkCountry(body.country, '/country');
    } catch {
      errors.push(fieldError('/country', 'country', { value: body.country }));
    }
    const start = parseInstant(body.start);
    if (!start) errors.push(fieldError('/start', 'sla_instant'));
    if (body.minutes < 1 || body.minutes > MAX_SLA_MINUTES)
      errors.push(fieldError('/minutes', 'sla_minutes', { max: MAX_SLA_MINUTES }));
    if (body.timeZone !== undefined && !isTimeZone(body.timeZone))
      errors.push(fieldError('/timeZone', 'time_zone', { value: body.timeZone }));
    errors.push(...hoursProblems(body.hours, body.breaks));
    if (errors.length || !start || !country) throw AppError.validation(errors);

    const place =
      body.calendar === 'home'
        ? await this.homePlace(this.db, scope.workspaceId)
        : {
            country,
            region: body.region ?? null,
            timeZone: body.timeZone ?? defaultTimeZone(country) ?? 'UTC',
          };
    const hours = body.hours ?? DEFAULT_TERMS.hours;
    const clock = await this.clock(
      this.db,
      scope.workspaceId,
      body.calendar,
      place,
      hours,
      body.breaks ?? [],
    );
    const result = slaDue(clock, start, body.minutes)!;
    const business = body.calendar !== '24x7';
    return {
      due: result.due.toISOString(),
      dueLocal: business ? { ...pick(result.due, place.timeZone), timeZone: place.timeZone } : null,
      calendar: body.calendar,
      country: business ? place.country : null,
      timeZone: business ? place.timeZone : null,
      hours: business ? hours : null,
      explanation: { skipped: skippedOut(result.skipped), text: explain(result.skipped) },
    };
  }

  // ---- policies ----

  async list(scope: Scope) {
    const rows = await repo.list(this.db, scope.workspaceId);
    const d = DEFAULT_TERMS;
    return {
      items: rows.map(policyOut),
      fallback: {
        name: d.name,
        calendar: d.calendar,
        hours: d.hours,
        firstResponseMinutes: d.firstResponseMinutes,
        resolutionMinutes: d.resolutionMinutes,
        nextResponseMinutes: d.nextResponseMinutes,
        warnPercent: d.warnPercent,
        pauseStatuses: d.pauseStatuses,
      },
    };
  }

  /** The workspace's policies in the order they are tried (the tickets module matches them). */
  policies(db: Executor, workspaceId: string): Promise<SlaPolicy[]> {
    return repo.list(db, workspaceId);
  }

  private async check(db: Executor, workspaceId: string, v: SlaPolicyBody) {
    const errors = hoursProblems(v.hours, v.breaks);
    errors.push(...(await routingProblems(db, workspaceId, v.routingTeamIds ?? [])));
    if (v.resolutionMinutes < v.firstResponseMinutes)
      errors.push(fieldError('/resolutionMinutes', 'sla_targets'));
    if (v.nextResponseMinutes && v.nextResponseMinutes > v.resolutionMinutes)
      errors.push(fieldError('/nextResponseMinutes', 'sla_next_response'));
    v.countries?.forEach((c, i) => {
      try {
        checkCountry(c);
      } catch {
        errors.push(fieldError(`/countries/${i}`, 'country', { value: c }));
      }
    });
    return errors;
  }

  private rowOf(v: SlaPolicyBody) {
    return {
      name: v.name.trim(),
      priorities: JSON.stringify(v.priorities ?? []),
      types: JSON.stringify(v.types ?? []),
      countries: JSON.stringify((v.countries ?? []).map((c) => c.toUpperCase())),
      tiers: JSON.stringify(v.tiers ?? []),
      calendar: v.calendar,
      hours_start: v.hours.start,
      hours_end: v.hours.end,
      breaks: JSON.stringify(v.breaks ?? []),
      first_response_minutes: v.firstResponseMinutes,
      resolution_minutes: v.resolutionMinutes,
      next_response_minutes: v.nextResponseMinutes ?? null,
      warn_percent: v.warnPercent ?? 80,
      pause_statuses: JSON.stringify(v.pauseStatuses ?? DEFAULT_PAUSE_STATUSES),
      routing: v.routing ?? 'none',
      routing_team_ids: JSON.stringify([...new Set(v.routingTeamIds ?? [])]),
    };
  }

  async create(scope: Scope, body: SlaPolicyBody) {
    requireRole(scope, 'admin');
    const at = new Date().toISOString();
    const id = newId();
    await this.db.transaction().execute(async (tx) => {
      const errors = await this.check(tx, scope.workspaceId, body);
      if (errors.length) throw AppError.validation(errors);
      const existing = await repo.list(tx, scope.workspaceId);
      const row: SlaPolicyTable = {
        ...this.rowOf(body),
        workspace_id: scope.workspaceId,
        id,
        position: body.position ?? existing.reduce((m, p) => Math.max(m, p.position + 1), 0),
        created_at: at,
        updated_at: at,
      };
      await repo.insert(tx, row);
      await recordAudit(tx, scope, {
        action: 'create',
        entityType: 'sla_policy',
        entityId: id,
        changes: diff({}, policyOut(row)),
      });
    });
    return policyOut((await repo.find(this.db, scope.workspaceId, id))!);
  }

  async update(scope: Scope, id: string, patch: SlaPolicyPatch) {
    requireRole(scope, 'admin');
    await this.db.transaction().execute(async (tx) => {
      const row = await repo.find(tx, scope.workspaceId, id);
      if (!row) throw AppError.notFound('SLA policy');
      const current = policyOut(row);
      const next: SlaPolicyBody = {
        name: patch.name ?? current.name,
        priorities: (patch.priorities ?? current.priorities) as SlaPolicyBody['priorities'],
        types: (patch.types ?? current.types) as SlaPolicyBody['types'],
        countries: patch.countries ?? current.countries,
        tiers: (patch.tiers ?? current.tiers) as SlaPolicyBody['tiers'],
        calendar: patch.calendar ?? current.calendar,
        hours: patch.hours ?? current.hours,
        breaks: patch.breaks ?? current.breaks,
        firstResponseMinutes: patch.firstResponseMinutes ?? current.firstResponseMinutes,
        resolutionMinutes: patch.resolutionMinutes ?? current.resolutionMinutes,
        nextResponseMinutes:
          patch.nextResponseMinutes !== undefined
            ? patch.nextResponseMinutes
            : current.nextResponseMinutes,
        warnPercent: patch.warnPercent ?? current.warnPercent,
        pauseStatuses: patch.pauseStatuses ?? current.pauseStatuses,
        position: patch.position ?? current.position,
        routing: patch.routing ?? current.routing,
        routingTeamIds: patch.routingTeamIds ?? current.routingTeamIds,
      };
      const errors = await this.check(tx, scope.workspaceId, next);
      if (errors.length) throw AppError.validation(errors);
      const values = { ...this.rowOf(next), position: next.position ?? row.position };
      const after = policyOut({ ...row, ...values });
      const changes = diff(
        { ...current, updatedAt: undefined },
        { ...after, updatedAt: undefined },
      );
      if (!Object.keys(changes).length) return;
      await repo.update(tx, scope.workspaceId, id, {
        ...values,
        updated_at: new Date().toISOString(),
      });
      await recordAudit(tx, scope, {
        action: 'update',
        entityType: 'sla_policy',
        entityId: id,
        changes,
      });
    });
    return policyOut((await repo.find(this.db, scope.workspaceId, id))!);
  }

  async remove(scope: Scope, id: string) {
    requireRole(scope, 'admin');
    await this.db.transaction().execute(async (tx) => {
      const row = await repo.find(tx, scope.workspaceId, id);
      if (!row) throw AppError.notFound('SLA policy');
      await repo.remove(tx, scope.workspaceId, id);
      await recordAudit(tx, scope, {
        action: 'delete',
        entityType: 'sla_policy',
        entityId: id,
        changes: diff({ name: row.name }, {}),
      });
    });
  }
}

function pick(at: Date, zone: string) {
  const p = localParts(at, zone);
  return { date: p.date, time: p.time };
}

export const localOf = (at: Date | null, zone: string) =>
  at ? { ...pick(at, zone), timeZone: zone } : null;
