import type { Kysely } from 'kysely';
import type { Executor } from '../../db/dialect.ts';
import type { DB, SupportTeam } from '../../db/schema.ts';
import { isCountryCode, isTimeZone } from '../../domain/countries.ts';
import { newId, nowIso } from '../../domain/ids.ts';
import { requireRole, type Scope } from '../../domain/scope.ts';
import { AppError, fieldError, type FieldError } from '../../http/errors.ts';
import { diff, recordAudit } from '../audit/audit.service.ts';
import { supportTeamsRepository as repo } from './support-teams.repository.ts';
import type { SupportTeamBody, SupportTeamOut, SupportTeamPatch } from './support-teams.schemas.ts';
import { usersRepository } from './users.repository.ts';

/**
 * Told, in the deleting transaction, that a support team is gone: the composition root wires
 * the tickets module here (its tickets go to no team), as tickets sit above users.
 */
export type SupportTeamRemoved = (
  tx: Executor,
  workspaceId: string,
  teamId: string,
) => Promise<void>;

const out = (t: SupportTeam, memberIds: string[]): SupportTeamOut => ({
  id: t.id,
  name: t.name,
  country: t.country,
  region: t.region,
  timeZone: t.time_zone,
  hours: { start: t.hours_start, end: t.hours_end },
  position: t.position,
  memberIds,
  createdAt: t.created_at,
  updatedAt: t.updated_at,
});

/** What the audit log keeps of a team. */
const audited = (t: SupportTeamOut) => ({
  name: t.name,
  country: t.country,
  region: t.region,
  timeZone: t.timeZone,
  hours: `${t.hours.start}–${t.hours.end}`,
  position: t.position,
  memberIds: t.memberIds,
});

function problems(v: SupportTeamBody): FieldError[] {
  const errors: FieldError[] = [];
  if (!isCountryCode(v.country.toUpperCase()))
    errors.push(fieldError('/country', 'country', { value: v.country }));
  if (!isTimeZone(v.timeZone))
    errors.push(fieldError('/timeZone', 'time_zone', { value: v.timeZone }));
  if (v.hours.end <= v.hours.start) errors.push(fieldError('/hours/end', 'sla_hours'));
  return errors;
}

async function memberProblems(db: Executor, workspaceId: string, ids: string[]) {
  for (const [i, id] of ids.entries())
    if (!(await usersRepository.findById(db, workspaceId, id)))
      return [fieldError(`/memberIds/${i}`, 'no_such', { entity: 'user' })];
  return [];
}

/**
 * Support teams: who handles which tickets, and the calendar each team works by (its zone,
 * working hours and the country whose holidays close it). Everyone signed in reads them (an
 * agent picks a team on a ticket); admins write them.
 */
export class SupportTeamsService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly removed: SupportTeamRemoved = async () => {},
  ) {}

  async list(scope: Scope): Promise<SupportTeamOut[]> {
    const [teams, members] = await Promise.all([
      repo.list(this.db, scope.workspaceId),
      repo.members(this.db, scope.workspaceId),
    ]);
    return teams.map((t) => out(t, members.get(t.id) ?? []));
  }

  private async get(db: Executor, workspaceId: string, id: string): Promise<SupportTeamOut> {
    const team = await repo.findById(db, workspaceId, id);
    if (!team) throw AppError.notFound('Support team');
    return out(team, (await repo.members(db, workspaceId)).get(id) ?? []);
  }

  private async nameTaken(db: Executor, workspaceId: string, name: string, id?: string) {
    const other = await repo.findByName(db, workspaceId, name);
    if (other && other.id !== id)
      throw AppError.conflict(`A support team named ${name} already exists`, [
        fieldError('/name', 'taken'),
      ]);
  }

  async create(scope: Scope, body: SupportTeamBody): Promise<SupportTeamOut> {
    requireRole(scope, 'admin');
    const id = newId();
    await this.db.transaction().execute(async (tx) => {
      const memberIds = [...new Set(body.memberIds ?? [])];
      const errors = [
        ...problems(body),
        ...(await memberProblems(tx, scope.workspaceId, memberIds)),
      ];
      if (errors.length) throw AppError.validation(errors);
      const name = body.name.trim();
      await this.nameTaken(tx, scope.workspaceId, name);
      const at = nowIso();
      const position =
        body.position ??
        (await repo.list(tx, scope.workspaceId)).reduce((m, t) => Math.max(m, t.position + 1), 0);
      await repo.insert(tx, {
        workspace_id: scope.workspaceId,
        id,
        name,
        country: body.country.toUpperCase(),
        region: body.region ?? null,
        time_zone: body.timeZone,
        hours_start: body.hours.start,
        hours_end: body.hours.end,
        position,
        created_at: at,
        updated_at: at,
      });
      await repo.setMembers(tx, scope.workspaceId, id, memberIds);
      await recordAudit(tx, scope, {
        action: 'create',
        entityType: 'support_team',
        entityId: id,
        changes: diff({}, audited(await this.get(tx, scope.workspaceId, id))),
      });
    });
    return this.get(this.db, scope.workspaceId, id);
  }

  async update(scope: Scope, id: string, patch: SupportTeamPatch): Promise<SupportTeamOut> {
    requireRole(scope, 'admin');
    await this.db.transaction().execute(async (tx) => {
      const before = await this.get(tx, scope.workspaceId, id);
      const next: SupportTeamBody = {
        name: patch.name?.trim() ?? before.name,
        country: patch.country ?? before.country,
        region: patch.region === undefined ? before.region : patch.region,
        timeZone: patch.timeZone ?? before.timeZone,
        hours: patch.hours ?? before.hours,
        position: patch.position ?? before.position,
        memberIds: patch.memberIds ? [...new Set(patch.memberIds)] : before.memberIds,
      };
      const errors = [
        ...problems(next),
        ...(patch.memberIds ? await memberProblems(tx, scope.workspaceId, next.memberIds!) : []),
      ];
      if (errors.length) throw AppError.validation(errors);
      await this.nameTaken(tx, scope.workspaceId, next.name, id);
      await repo.update(tx, scope.workspaceId, id, {
        name: next.name,
        country: next.country.toUpperCase(),
        region: next.region ?? null,
        time_zone: next.timeZone,
        hours_start: next.hours.start,
        hours_end: next.hours.end,
        position: next.position!,
        updated_at: nowIso(),
      });
      if (patch.memberIds) await repo.setMembers(tx, scope.workspaceId, id, next.memberIds!);
      const changes = diff(audited(before), audited(await this.get(tx, scope.workspaceId, id)));
      if (Object.keys(changes).length)
        await recordAudit(tx, scope, {
          action: 'update',
          entityType: 'support_team',
          entityId: id,
          changes,
        });
    });
    return this.get(this.db, scope.workspaceId, id);
  }

  /** Deletes a team; its tickets go to no team in the same transaction. */
  async remove(scope: Scope, id: string): Promise<void> {
    requireRole(scope, 'admin');
    await this.db.transaction().execute(async (tx) => {
      const before = await this.get(tx, scope.workspaceId, id);
      await this.removed(tx, scope.workspaceId, id);
      await repo.remove(tx, scope.workspaceId, id);
      await recordAudit(tx, scope, {
        action: 'delete',
        entityType: 'support_team',
        entityId: id,
        changes: diff({ name: before.name }, {}),
      });
    });
  }
}
