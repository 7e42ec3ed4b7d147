import type { Kysely } from 'kysely';
import type { DB, User } from '../../db/schema.ts';
import type { Executor } from '../../db/dialect.ts';
import { newId, nowIso } from '../../domain/ids.ts';
import { ownerVisibility, type Scope } from '../../domain/scope.ts';
import { AppError } from '../../http/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { sessionsRepository, tokensRepository } from './auth.repository.ts';
import { signedInRepository, type SignedInRows } from './signed-in.repository.ts';
import { RateLimit } from '../rate-limits/rate-limits.service.ts';
import { burnPasswordCheck, verifyPassword } from '../users/passwords.ts';
import { newApiToken, randomSecret, sha256, TOKEN_PREFIX } from './secrets.ts';
import { userRecords } from '../users/user-records.service.ts';
import { shiftInstant } from '../../domain/calendar/dates.ts';

export const SESSION_DAYS = 14;
const TOKEN_TOUCH_MS = 60_000;

export class AuthService {
  // The 11th failed sign-in within a minute from one address waits, whichever server process
  // the attempts reached (they are counted in the database).
  private readonly throttle: RateLimit;

  constructor(private readonly db: Kysely<DB>) {
    this.throttle = new RateLimit(db, 'sign-in', { maxAttempts: 10, windowMs: 60_000 });
  }

  async login(
    email: string,
    password: string,
    address: string,
  ): Promise<{ secret: string; user: User }> {
    const wait = await this.throttle.retryAfter(address);
    if (wait > 0) {
      throw new AppError(
        429,
        'Too many attempts',
        `Too many failed sign-ins from this address; try again in ${wait} s`,
      );
    }
    const candidates = (await userRecords.findByEmailAnyWorkspace(this.db, email)).filter(
      (u) => u.active === 1,
    );
    let user: User | undefined;
    for (const candidate of candidates) {
      if (await verifyPassword(candidate.password_hash, password)) {
        user = candidate;
        break;
      }
    }
    if (candidates.length === 0) await burnPasswordCheck(password);
    if (!user) {
      await this.throttle.record(address);
      throw AppError.unauthorized('Email or password is incorrect');
    }
    const secret = randomSecret();
    const now = new Date();
    const signedIn = user;
    await this.db.transaction().execute(async (tx) => {
      await sessionsRepository.removeExpired(tx, now.toISOString());
      await sessionsRepository.insert(tx, {
        workspaceId: signedIn.workspace_id,
        id: sha256(secret),
        userId: signedIn.id,
        createdAt: now.toISOString(),
        expiresAt: shiftInstant(now, SESSION_DAYS).toISOString(),
      });
      await recordAudit(
        tx,
        { workspaceId: signedIn.workspace_id, userId: signedIn.id },
        {
          action: 'login',
          entityType: 'user',
          entityId: signedIn.id,
          changes: { address: { before: null, after: address } },
        },
      );
    });
    return { secret, user };
  }

  /** The id of the session a cookie's secret names (whether or not it is live). */
  sessionId(secret: string): string {
    return sha256(secret);
  }

  /** Ends a user's sessions but `keepSessionId`, and revokes their API tokens when asked. */
  async endCredentials(
    tx: Executor,
    workspaceId: string,
    userId: string,
    opts: { keepSessionId?: string; revokeTokens: boolean },
  ): Promise<{ sessions: number; tokens: number }> {
    const sessions = await sessionsRepository.removeForUser(
      tx,
      workspaceId,
      userId,
      opts.keepSessionId,
    );
    const tokens = opts.revokeTokens
      ? await tokensRepository.revokeAllOfUser(tx, workspaceId, userId, nowIso())
      : 0;
    return { sessions, tokens };
  }

  async logout(secret: string): Promise<void> {
    await sessionsRepository.remove(this.db, sha256(secret));
  }

  async scopeForSession(secret: string): Promise<Scope | null> {
    const rows = await signedInRepository.read(this.db, {
      kind: 'session',
      id: sha256(secret),
      now: nowIso(),
    });
    return rows && scopeOf(rows);
  }

  async scopeForToken(token: string): Promise<Scope | null> {
    if (!token.startsWith(TOKEN_PREFIX)) return null;
    const rows = await signedInRepository.read(this.db, { kind: 'token', hash: sha256(token) });
    if (!rows?.tokenId) return null;
    const now = new Date();
    // Record use at most once a minute so scripts do not turn every read into a write.
    if (!rows.tokenUsedAt || now.getTime() - Date.parse(rows.tokenUsedAt) > TOKEN_TOUCH_MS) {
      await tokensRepository.touch(this.db, rows.workspaceId, rows.tokenId, now.toISOString());
    }
    return scopeOf(rows);
  }

  /**
   * The scope of an active user, or null. Every request pays for this: the credential, the
   * user, their teams and support teams (and a manager's members) are one statement, read
   * afresh each time (no cache, so revoking or deactivating takes effect on the next request).
   */
  async scopeFor(workspaceId: string, userId: string): Promise<Scope | null> {
    const rows = await signedInRepository.read(this.db, { kind: 'user', workspaceId, userId });
    return rows && scopeOf(rows);
  }

  async createToken(scope: Scope, name: string): Promise<{ id: string; token: string }> {
    const token = newApiToken();
    const id = newId();
    await this.db.transaction().execute(async (tx) => {
      await tokensRepository.insert(tx, {
        workspaceId: scope.workspaceId,
        id,
        userId: scope.userId,
        name,
        hash: sha256(token),
        createdAt: nowIso(),
      });
      await recordAudit(tx, scope, {
        action: 'create',
        entityType: 'api_token',
        entityId: id,
        changes: { name: { before: null, after: name } },
      });
    });
    return { id, token };
  }

  async createTokenForEmail(email: string, name: string): Promise<{ id: string; token: string }> {
    const users = await userRecords.findByEmailAnyWorkspace(this.db, email);
    const user = users[0];
    if (!user || users.length > 1)
      throw AppError.notFound(users.length > 1 ? `A unique user ${email}` : `User ${email}`);
    const scope = await this.scopeFor(user.workspace_id, user.id);
    if (!scope) throw AppError.forbidden(`User ${email} is deactivated`);
    return this.createToken(scope, name);
  }

  listTokens(scope: Scope) {
    return tokensRepository.listByUser(this.db, scope.workspaceId, scope.userId);
  }

  async revokeToken(scope: Scope, id: string): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      const done = await tokensRepository.revoke(tx, scope.workspaceId, scope.userId, id, nowIso());
      if (!done) throw AppError.notFound('Token');
      await recordAudit(tx, scope, {
        action: 'delete',
        entityType: 'api_token',
        entityId: id,
      });
    });
  }
}

function scopeOf(rows: SignedInRows): Scope {
  const manager = rows.role === 'manager';
  return {
    workspaceId: rows.workspaceId,
    userId: rows.userId,
    role: rows.role,
    teamIds: rows.teamIds,
    visibleOwnerIds: ownerVisibility(rows.role, rows.userId, manager ? rows.memberIds : []),
    supportTeamIds: rows.supportTeamIds,
    supportMemberIds: manager ? rows.supportMemberIds : [],
  };
}
