import type { Kysely } from 'kysely';
import type { DB, NewUser, User } from '../../db/schema.ts';
import type { Executor } from '../../db/dialect.ts';
import { isTimeZone } from '../../domain/countries.ts';
import { newId, nowIso } from '../../domain/ids.ts';
import { requireRole, type Scope } from '../../domain/scope.ts';
import { AppError, fieldError } from '../../http/errors.ts';
import { diff, recordAudit } from '../audit/audit.service.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import { checkNewPassword } from './password-policy.ts';
import { teamsRepository } from './teams.repository.ts';
import { usersRepository } from './users.repository.ts';
import { workspaces } from '../workspaces/workspaces.service.ts';
import type { MePatch, UserCreate, UserOut, UserPatch } from './users.schemas.ts';

const toUserOut = (u: User, teamIds: string[]): UserOut => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role,
  active: u.active === 1,
  locale: u.locale,
  timeZone: u.time_zone,
  teamIds,
  createdAt: u.created_at,
});

async function checkTeams(db: Executor, workspaceId: string, teamIds: string[]): Promise<void> {
  const found = await teamsRepository.existingIds(db, workspaceId, teamIds);
  const missing = teamIds.findIndex((id) => !found.has(id));
  if (missing >= 0)
    throw AppError.validation([fieldError(`/teamIds/${missing}`, 'no_such', { entity: 'team' })]);
}

/**
 * Ends a user's sign-ins after their password changes. The auth module owns sessions and tokens
 * and provides this (through the container), so users does not import auth (auth imports users).
 */
export interface CredentialRevoker {
  endCredentials(
    tx: Executor,
    workspaceId: string,
    userId: string,
    opts: { keepSessionId?: string; revokeTokens: boolean },
  ): Promise<{ sessions: number; tokens: number }>;
}

/**
 * Used by the API, the CLI and the demo seed, so every path hashes and audits the same way.
 * Every path checks the password policy except the demo seed, which passes
 * `{ passwordPolicy: 'exempt-demo' }`: its one fixed password is published in the README and the
 * server log on purpose (and names the product), so refusing it would protect nothing.
 */
export async function insertUser(
  db: Executor,
  workspaceId: string,
  actorId: string | null,
  input: UserCreate,
  /** `auditAs: 'demo'`: the demo seed creates the user, so the log says so (not the user itself) */
  opts: {
    passwordPolicy?: 'enforce' | 'exempt-demo';
    auditAs?: 'demo';
    /** the user's own clock (the demo's Dubai rep); otherwise they set it on their profile */
    timeZone?: string;
  } = {},
): Promise<User> {
  const email = input.email.trim().toLowerCase();
  if (opts.passwordPolicy !== 'exempt-demo') checkNewPassword('/password', input.password, email);
  if (await usersRepository.findByEmail(db, workspaceId, email)) {
    throw AppError.conflict(`A user with email ${email} already exists`, [
      fieldError('/email', 'taken'),
    ]);
  }
  const teamIds = [...new Set(input.teamIds ?? [])];
  await checkTeams(db, workspaceId, teamIds);
  // time_zone is left to its default (null), so this also inserts into a database migrated only
  // up to an earlier version (the migration tests do).
  const row = {
    workspace_id: workspaceId,
    id: newId(),
    email,
    name: input.name.trim(),
    role: input.role,
    password_hash: await hashPassword(input.password),
    locale: null,
    active: 1,
    created_at: nowIso(),
  } satisfies NewUser;
  await usersRepository.insert(db, opts.timeZone ? { ...row, time_zone: opts.timeZone } : row);
  const user: User = { ...row, time_zone: opts.timeZone ?? null };
  await teamsRepository.setTeamsOfUser(db, workspaceId, user.id, teamIds);
  await recordAudit(
    db,
    opts.auditAs
      ? { workspaceId, userId: null, systemKind: opts.auditAs }
      : { workspaceId, userId: actorId ?? user.id },
    {
      action: 'create',
      entityType: 'user',
      entityId: user.id,
      changes: diff({}, { email, name: user.name, role: user.role, teamIds }),
    },
  );
  return user;
}

export class UsersService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly credentials: CredentialRevoker,
  ) {}

  async list(scope: Scope): Promise<UserOut[]> {
    const [users, teams] = await Promise.all([
      usersRepository.list(this.db, scope.workspaceId),
      usersRepository.teamsByUser(this.db, scope.workspaceId),
    ]);
    return users.map((u) => toUserOut(u, teams.get(u.id) ?? []));
  }

  get(scope: Scope, id: string): Promise<UserOut> {
    return this.profile(scope.workspaceId, id);
  }

  async workspace(workspaceId: string) {
    const ws = await workspaces.find(this.db, workspaceId);
    if (!ws) throw AppError.notFound('Workspace');
    return {
      id: ws.id,
      name: ws.name,
      homeCountry: ws.home_country,
      homeTimeZone: ws.home_time_zone,
      homeHours: { start: ws.home_work_start, end: ws.home_work_end },
    };
  }

  /** A user's public profile; also used right after sign-in, before a scope exists. */
  async profile(workspaceId: string, id: string): Promise<UserOut> {
    const user = await usersRepository.findById(this.db, workspaceId, id);
    if (!user) throw AppError.notFound('User');
    return toUserOut(user, await usersRepository.teamIdsOf(this.db, workspaceId, id));
  }

  async create(scope: Scope, input: UserCreate): Promise<UserOut> {
    requireRole(scope, 'admin');
    const user = await this.db
      .transaction()
      .execute((tx) => insertUser(tx, scope.workspaceId, scope.userId, input));
    return this.get(scope, user.id);
  }

  async update(scope: Scope, id: string, input: UserPatch): Promise<UserOut> {
    requireRole(scope, 'admin');
    await this.db.transaction().execute(async (tx) => {
      const user = await usersRepository.findById(tx, scope.workspaceId, id);
      if (!user) throw AppError.notFound('User');
      if (
        id === scope.userId &&
        ((input.role !== undefined && input.role !== 'admin') || input.active === false)
      ) {
        throw AppError.validation([
          fieldError(input.active === false ? '/active' : '/role', 'not_yourself'),
        ]);
      }
      const teamsBefore = await usersRepository.teamIdsOf(tx, scope.workspaceId, id);
      const patch: Parameters<typeof usersRepository.update>[3] = {};
      if (input.name !== undefined) patch.name = input.name.trim();
      if (input.role !== undefined) patch.role = input.role;
      if (input.active !== undefined) patch.active = input.active ? 1 : 0;
      if (input.password !== undefined) {
        checkNewPassword('/password', input.password, user.email);
        patch.password_hash = await hashPassword(input.password);
      }
      if (input.teamIds) {
        await checkTeams(tx, scope.workspaceId, input.teamIds);
        await teamsRepository.setTeamsOfUser(tx, scope.workspaceId, id, [
          ...new Set(input.teamIds),
        ]);
      }
      if (Object.keys(patch).length) await usersRepository.update(tx, scope.workspaceId, id, patch);
      const changes = diff(
        { name: user.name, role: user.role, active: user.active === 1, teamIds: teamsBefore },
        {
          name: input.name ?? user.name,
          role: input.role ?? user.role,
          active: input.active ?? user.active === 1,
          teamIds: input.teamIds ?? teamsBefore,
        },
      );
      if (input.password !== undefined) {
        changes.password = { before: '••••', after: '••••' };
        // A reset ends every session of the user (theirs and anyone's who knew the old password).
        Object.assign(
          changes,
          await this.endCredentials(tx, scope.workspaceId, id, {
            revokeTokens: input.revokeTokens ?? false,
          }),
        );
      }
      await recordAudit(tx, scope, {
        action: 'update',
        entityType: 'user',
        entityId: id,
        changes,
      });
    });
    return this.get(scope, id);
  }

  /**
   * `current.sessionId`: the session the change comes through, kept when the password changes
   * (the caller's other sessions end).
   */
  async updateMe(
    scope: Scope,
    input: MePatch,
    current: { sessionId?: string } = {},
  ): Promise<UserOut> {
    await this.db.transaction().execute(async (tx) => {
      const user = await usersRepository.findById(tx, scope.workspaceId, scope.userId);
      if (!user) throw AppError.notFound('User');
      const patch: Parameters<typeof usersRepository.update>[3] = {};
      if (input.name !== undefined) patch.name = input.name.trim();
      if (input.locale !== undefined) patch.locale = input.locale;
      if (input.timeZone !== undefined) {
        if (input.timeZone !== null && !isTimeZone(input.timeZone))
          throw AppError.validation([
            fieldError('/timeZone', 'time_zone', { value: input.timeZone }),
          ]);
        patch.time_zone = input.timeZone;
      }
      if (input.newPassword !== undefined) {
        if (
          !input.currentPassword ||
          !(await verifyPassword(user.password_hash, input.currentPassword))
        ) {
          throw AppError.validation([fieldError('/currentPassword', 'incorrect_password')]);
        }
        checkNewPassword('/newPassword', input.newPassword, user.email);
        patch.password_hash = await hashPassword(input.newPassword);
      }
      if (Object.keys(patch).length === 0) return;
      await usersRepository.update(tx, scope.workspaceId, scope.userId, patch);
      const changes = diff(
        { name: user.name, locale: user.locale, timeZone: user.time_zone },
        {
          name: patch.name ?? user.name,
          locale: patch.locale === undefined ? user.locale : patch.locale,
          timeZone: patch.time_zone === undefined ? user.time_zone : patch.time_zone,
        },
      );
      if (patch.password_hash) {
        changes.password = { before: '••••', after: '••••' };
        Object.assign(
          changes,
          await this.endCredentials(tx, scope.workspaceId, scope.userId, {
            keepSessionId: current.sessionId,
            revokeTokens: input.revokeTokens ?? false,
          }),
        );
      }
      await recordAudit(tx, scope, {
        action: 'update',
        entityType: 'user',
        entityId: scope.userId,
        changes,
      });
    });
    return this.get(scope, scope.userId);
  }

  /** Ends sessions (and tokens when asked); the counts go into the audit entry's changes. */
  private async endCredentials(
    tx: Executor,
    workspaceId: string,
    userId: string,
    opts: { keepSessionId?: string; revokeTokens: boolean },
  ) {
    const ended = await this.credentials.endCredentials(tx, workspaceId, userId, opts);
    const changes: Record<string, { before: unknown; after: unknown }> = {
      sessionsEnded: { before: null, after: ended.sessions },
    };
    if (opts.revokeTokens) changes.tokensRevoked = { before: null, after: ended.tokens };
    return changes;
  }
}
