import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Executor } from '../../db/dialect.ts';
import { newId, nowIso } from '../../domain/ids.ts';
import type { Scope } from '../../domain/scope.ts';
import { AppError, fieldError } from '../../http/errors.ts';
import { diff, recordAudit } from '../audit/audit.service.ts';
import { usersRepository } from './users.repository.ts';
import { requireRole } from '../../domain/scope.ts';
import { teamsRepository } from './teams.repository.ts';
import type { TeamBody, TeamOut, TeamPatch } from './teams.schemas.ts';

async function checkMembers(db: Executor, workspaceId: string, ids: string[]): Promise<string[]> {
  const unique = [...new Set(ids)];
  for (const [i, id] of unique.entries()) {
    if (!(await usersRepository.findById(db, workspaceId, id))) {
      throw AppError.validation([fieldError(`/memberIds/${i}`, 'no_such', { entity: 'user' })]);
    }
  }
  return unique;
}

export class TeamsService {
  constructor(private readonly db: Kysely<DB>) {}

  async list(scope: Scope): Promise<TeamOut[]> {
    const [teams, members] = await Promise.all([
      teamsRepository.list(this.db, scope.workspaceId),
      teamsRepository.members(this.db, scope.workspaceId),
    ]);
    return teams.map((t) => ({
      id: t.id,
      name: t.name,
      memberIds: members.get(t.id) ?? [],
      createdAt: t.created_at,
    }));
  }

  private async get(scope: Scope, id: string): Promise<TeamOut> {
    const team = (await this.list(scope)).find((t) => t.id === id);
    if (!team) throw AppError.notFound('Team');
    return team;
  }

  async create(scope: Scope, input: TeamBody): Promise<TeamOut> {
    requireRole(scope, 'admin');
    const id = newId();
    await this.db.transaction().execute(async (tx) => {
      const name = input.name.trim();
      if (await teamsRepository.findByName(tx, scope.workspaceId, name)) {
        throw AppError.conflict(`A team named ${name} already exists`, [
          fieldError('/name', 'taken'),
        ]);
      }
      const memberIds = await checkMembers(tx, scope.workspaceId, input.memberIds ?? []);
      await teamsRepository.insert(tx, {
        workspace_id: scope.workspaceId,
        id,
        name,
        created_at: nowIso(),
      });
      await teamsRepository.setMembers(tx, scope.workspaceId, id, memberIds);
      await recordAudit(tx, scope, {
        action: 'create',
        entityType: 'team',
        entityId: id,
        changes: diff({}, { name, memberIds }),
      });
    });
    return this.get(scope, id);
  }

  async update(scope: Scope, id: string, input: TeamPatch): Promise<TeamOut> {
    requireRole(scope, 'admin');
    await this.db.transaction().execute(async (tx) => {
      const team = await teamsRepository.findById(tx, scope.workspaceId, id);
      if (!team) throw AppError.notFound('Team');
      const before = (await teamsRepository.members(tx, scope.workspaceId)).get(id) ?? [];
      const name = input.name?.trim() ?? team.name;
      if (name !== team.name) {
        if (await teamsRepository.findByName(tx, scope.workspaceId, name)) {
          throw AppError.conflict(`A team named ${name} already exists`, [
            fieldError('/name', 'taken'),
          ]);
        }
        await teamsRepository.rename(tx, scope.workspaceId, id, name);
      }
      const memberIds = input.memberIds
        ? await checkMembers(tx, scope.workspaceId, input.memberIds)
        : before;
      if (input.memberIds) await teamsRepository.setMembers(tx, scope.workspaceId, id, memberIds);
      const changes = diff({ name: team.name, memberIds: before }, { name, memberIds });
      if (Object.keys(changes).length) {
        await recordAudit(tx, scope, {
          action: 'update',
          entityType: 'team',
          entityId: id,
          changes,
        });
      }
    });
    return this.get(scope, id);
  }

  async remove(scope: Scope, id: string): Promise<void> {
    requireRole(scope, 'admin');
    await this.db.transaction().execute(async (tx) => {
      const team = await teamsRepository.findById(tx, scope.workspaceId, id);
      if (!team) throw AppError.notFound('Team');
      const inUse = await teamsRepository.customersUsingTeam(tx, scope.workspaceId, id);
      if (inUse > 0)
        throw AppError.conflict(
          `${inUse} customers still belong to team ${team.name}; move them first`,
        );
      await teamsRepository.remove(tx, scope.workspaceId, id);
      await recordAudit(tx, scope, {
        action: 'delete',
        entityType: 'team',
        entityId: id,
        changes: diff({ name: team.name }, {}),
      });
    });
  }
}
