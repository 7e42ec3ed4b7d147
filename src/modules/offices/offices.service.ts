import type { Kysely } from 'kysely';
import type { DB, Office, OfficeLeave, OfficePerson } from '../../db/schema.ts';
import type { Executor } from '../../db/dialect.ts';
import { isValidDate } from '../../domain/calendar/dates.ts';
import { isCountryCode, isTimeZone } from '../../domain/countries.ts';
import { newId, nowIso } from '../../domain/ids.ts';
import { requireRole, type Scope } from '../../domain/scope.ts';
import { AppError, fieldError } from '../../http/errors.ts';
import { diff, recordAudit } from '../audit/audit.service.ts';
import { userRecords } from '../users/user-records.service.ts';
import { officesRepository } from './offices.repository.ts';
import type {
  DecisionBody,
  LeaveBody,
  LeaveOut,
  OfficeBody,
  OfficeDetail,
  OfficeOut,
  OfficePatch,
  PersonBody,
  PersonOut,
  AssignablePersonOut,
} from './offices.schemas.ts';

const list = <T>(json: string): T[] => JSON.parse(json) as T[];
export const canManage = (scope: Scope, office: Office) =>
  scope.role === 'admin' || office.manager_id === scope.userId;

export function officeOut(scope: Scope, o: Office): OfficeOut {
  return {
    id: o.id,
    name: o.name,
    country: o.country,
    region: o.region,
    city: o.city,
    timeZone: o.time_zone,
    hours: { start: o.work_start, end: o.work_end },
    ramadanHoursLess: o.ramadan_hours_less,
    managerId: o.manager_id,
    markets: list<string>(o.markets),
    closingDays: list<{ date: string; name: string }>(o.closing_days),
    canManage: canManage(scope, o),
  };
}

export const personOut = (p: OfficePerson): PersonOut => ({
  id: p.id,
  officeId: p.office_id,
  userId: p.user_id,
  name: p.name,
  countryOfWork: p.country_of_work,
  languages: list<string>(p.languages),
  role: p.role,
  startDate: p.start_date,
});

/** A leave row as the caller may see it: the reason only for the office's manager and admins. */
export const leaveOut = (scope: Scope, office: Office, l: OfficeLeave): LeaveOut => ({
  id: l.id,
  officeId: l.office_id,
  personId: l.person_id,
  kind: l.kind,
  from: l.from_date,
  to: l.to_date,
  reason: canManage(scope, office) ? l.reason : null,
  status: l.status,
  requestedBy: l.requested_by,
  decidedBy: l.decided_by,
});

async function checkOffice(db: Executor, scope: Scope, body: OfficePatch) {
  const errors = [];
  if (body.country !== undefined && !isCountryCode(body.country))
    errors.push(fieldError('/country', 'country', { value: body.country }));
  if (body.timeZone !== undefined && !isTimeZone(body.timeZone))
    errors.push(fieldError('/timeZone', 'time_zone', { value: body.timeZone }));
  if (body.hours && body.hours.end <= body.hours.start)
    errors.push(fieldError('/hours/end', 'after_start'));
  for (const [i, m] of (body.markets ?? []).entries())
    if (!isCountryCode(m)) errors.push(fieldError(`/markets/${i}`, 'country', { value: m }));
  for (const [i, d] of (body.closingDays ?? []).entries())
    if (!isValidDate(d.date)) errors.push(fieldError(`/closingDays/${i}/date`, 'invalid_date'));
  if (body.managerId && !(await userRecords.findById(db, scope.workspaceId, body.managerId)))
    errors.push(fieldError('/managerId', 'no_such', { entity: 'user' }));
  if (errors.length) throw AppError.validation(errors);
}

export class OfficesService {
  constructor(private readonly db: Kysely<DB>) {}

  async find(db: Executor, scope: Scope, id: string): Promise<Office> {
    const [office] = await officesRepository.visible(db, scope, id);
    if (!office) throw AppError.notFound('Office');
    return office;
  }

  async managed(db: Executor, scope: Scope, id: string): Promise<Office> {
    const office = await this.find(db, scope, id);
    if (!canManage(scope, office))
      throw AppError.forbidden('Only the office’s manager and admins may do this');
    return office;
  }

  async list(scope: Scope): Promise<OfficeOut[]> {
    return (await officesRepository.visible(this.db, scope)).map((o) => officeOut(scope, o));
  }

  /** The people of every office the caller sees, with their office's place (assignee pickers). */
  async assignable(scope: Scope): Promise<AssignablePersonOut[]> {
    const offices = new Map(
      (await officesRepository.visible(this.db, scope)).map((o) => [o.id, o]),
    );
    const people = await officesRepository.people(this.db, scope.workspaceId, [...offices.keys()]);
    return people.map((p) => {
      const o = offices.get(p.office_id)!;
      return {
        ...personOut(p),
        officeName: o.name,
        city: o.city,
        country: o.country,
        timeZone: o.time_zone,
      };
    });
  }

  async get(scope: Scope, id: string): Promise<OfficeDetail> {
    const office = await this.find(this.db, scope, id);
    const [people, leave] = await Promise.all([
      officesRepository.people(this.db, scope.workspaceId, [id]),
      officesRepository.leave(this.db, scope.workspaceId, [id]),
    ]);
    return {
      ...officeOut(scope, office),
      people: people.map(personOut),
      leave: leave.map((l) => leaveOut(scope, office, l)),
    };
  }

  async create(scope: Scope, body: OfficeBody): Promise<OfficeDetail> {
    requireRole(scope, 'admin');
    const id = newId();
    await this.db.transaction().execute(async (tx) => {
      await checkOffice(tx, scope, body);
      const now = nowIso();
      const row = {
        workspace_id: scope.workspaceId,
        id,
        name: body.name.trim(),
        country: body.country.toUpperCase(),
        region: body.region ?? null,
        city: body.city.trim(),
        time_zone: body.timeZone,
        work_start: body.hours.start,
        work_end: body.hours.end,
        ramadan_hours_less: body.ramadanHoursLess ?? 0,
        manager_id: body.managerId ?? null,
        markets: JSON.stringify((body.markets ?? []).map((m) => m.toUpperCase())),
        closing_days: JSON.stringify(body.closingDays ?? []),
        created_at: now,
        updated_at: now,
      };
      await officesRepository.insert(tx, row);
      await recordAudit(tx, scope, {
        action: 'create',
        entityType: 'office',
        entityId: id,
        changes: diff({}, { ...body }),
      });
    });
    return this.get(scope, id);
  }

  async update(scope: Scope, id: string, body: OfficePatch): Promise<OfficeDetail> {
    await this.db.transaction().execute(async (tx) => {
      const office = await this.managed(tx, scope, id);
      // Who manages the office is the admins' call, not the manager's own.
      if (body.managerId !== undefined && scope.role !== 'admin')
        throw AppError.forbidden('Only admins change an office’s manager');
      await checkOffice(tx, scope, body);
      const before = officeOut(scope, office);
      await officesRepository.update(tx, scope.workspaceId, id, {
        ...(body.name !== undefined ? { name: body.name.trim() } : {}),
        ...(body.country !== undefined ? { country: body.country.toUpperCase() } : {}),
        ...(body.region !== undefined ? { region: body.region } : {}),
        ...(body.city !== undefined ? { city: body.city.trim() } : {}),
        ...(body.timeZone !== undefined ? { time_zone: body.timeZone } : {}),
        ...(body.hours ? { work_start: body.hours.start, work_end: body.hours.end } : {}),
        ...(body.ramadanHoursLess !== undefined
          ? { ramadan_hours_less: body.ramadanHoursLess }
          : {}),
        ...(body.managerId !== undefined ? { manager_id: body.managerId } : {}),
        ...(body.markets
          ? { markets: JSON.stringify(body.markets.map((m) => m.toUpperCase())) }
          : {}),
        ...(body.closingDays ? { closing_days: JSON.stringify(body.closingDays) } : {}),
        updated_at: nowIso(),
      });
      const changes = diff(before, { ...body });
      if (Object.keys(changes).length)
        await recordAudit(tx, scope, {
          action: 'update',
          entityType: 'office',
          entityId: id,
          changes,
        });
    });
    return this.get(scope, id);
  }

  async addPerson(scope: Scope, officeId: string, body: PersonBody): Promise<PersonOut> {
    const id = newId();
    await this.db.transaction().execute(async (tx) => {
      await this.managed(tx, scope, officeId);
      const errors = [];
      if (!isCountryCode(body.countryOfWork))
        errors.push(fieldError('/countryOfWork', 'country', { value: body.countryOfWork }));
      if (!isValidDate(body.startDate)) errors.push(fieldError('/startDate', 'invalid_date'));
      if (body.userId && !(await userRecords.findById(tx, scope.workspaceId, body.userId)))
        errors.push(fieldError('/userId', 'no_such', { entity: 'user' }));
      if (errors.length) throw AppError.validation(errors);
      await officesRepository.insertPerson(tx, {
        workspace_id: scope.workspaceId,
        id,
        office_id: officeId,
        user_id: body.userId ?? null,
        name: body.name.trim(),
        country_of_work: body.countryOfWork.toUpperCase(),
        languages: JSON.stringify(body.languages ?? []),
        role: body.role.trim(),
        start_date: body.startDate,
        created_at: nowIso(),
      });
      await recordAudit(tx, scope, {
        action: 'create',
        entityType: 'office_person',
        entityId: id,
        changes: diff({}, { officeId, ...body }),
      });
    });
    const person = await officesRepository.person(this.db, scope.workspaceId, id);
    return personOut(person!);
  }

  /**
   * Leave for one of the office's people. The person asks for their own (requested, waiting for
   * the manager); the manager or an admin may record anyone's, approved as they record it.
   */
  async requestLeave(scope: Scope, officeId: string, body: LeaveBody): Promise<LeaveOut> {
    const id = newId();
    const office = await this.db.transaction().execute(async (tx) => {
      const office = await this.find(tx, scope, officeId);
      const person = await officesRepository.person(tx, scope.workspaceId, body.personId);
      if (!person || person.office_id !== officeId)
        throw AppError.validation([fieldError('/personId', 'no_such', { entity: 'person' })]);
      const manages = canManage(scope, office);
      if (!manages && person.user_id !== scope.userId)
        throw AppError.forbidden('You may request leave only for yourself');
      const errors = [];
      if (!isValidDate(body.from)) errors.push(fieldError('/from', 'invalid_date'));
      if (!isValidDate(body.to)) errors.push(fieldError('/to', 'invalid_date'));
      else if (body.to < body.from) errors.push(fieldError('/to', 'after_start'));
      if (errors.length) throw AppError.validation(errors);
      await officesRepository.insertLeave(tx, {
        workspace_id: scope.workspaceId,
        id,
        office_id: officeId,
        person_id: person.id,
        kind: body.kind,
        from_date: body.from,
        to_date: body.to,
        reason: body.reason?.trim() || null,
        status: manages ? 'approved' : 'requested',
        requested_by: scope.userId,
        decided_by: manages ? scope.userId : null,
        decided_at: manages ? nowIso() : null,
        created_at: nowIso(),
      });
      // The reason stays out of the audit log: only the manager and admins may read it.
      await recordAudit(tx, scope, {
        action: 'create',
        entityType: 'office_leave',
        entityId: id,
        changes: diff({}, { personId: person.id, kind: body.kind, from: body.from, to: body.to }),
      });
      return office;
    });
    return leaveOut(
      scope,
      office,
      (await officesRepository.leaveById(this.db, scope.workspaceId, id))!,
    );
  }

  async decideLeave(scope: Scope, officeId: string, leaveId: string, body: DecisionBody) {
    const office = await this.db.transaction().execute(async (tx) => {
      const office = await this.managed(tx, scope, officeId);
      const leave = await officesRepository.leaveById(tx, scope.workspaceId, leaveId);
      if (!leave || leave.office_id !== officeId) throw AppError.notFound('Leave');
      if (leave.status !== 'requested')
        throw AppError.conflict(`This leave is already ${leave.status}`);
      await officesRepository.decideLeave(tx, scope.workspaceId, leaveId, {
        status: body.decision,
        decided_by: scope.userId,
        decided_at: nowIso(),
      });
      await recordAudit(tx, scope, {
        action: 'update',
        entityType: 'office_leave',
        entityId: leaveId,
        changes: diff({ status: leave.status }, { status: body.decision }),
      });
      return office;
    });
    const leave = await officesRepository.leaveById(this.db, scope.workspaceId, leaveId);
    return leaveOut(scope, office, leave!);
  }
}
