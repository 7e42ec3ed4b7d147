import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { shiftInstant } from '../../domain/calendar/dates.ts';
import {
  CLAIM_WINDOW_DAYS,
  checkPoolSettings,
  POOL_HOLDER_ID,
  type PoolSettings,
} from '../../domain/pool/pool-settings.ts';
import { requireRole, type Scope } from '../../domain/scope.ts';
import { AppError } from '../../http/errors.ts';
import { diff, recordAudit } from '../audit/audit.service.ts';
import { workspaces } from '../workspaces/workspaces.service.ts';
import { assignFromPool, claimFromPool } from './pool-moves.ts';
import { releaseByHand } from './pool-release.ts';
import { poolRepository } from './pool.repository.ts';
import { poolSettingsOf, toSettingsRow, type PoolDeps } from './pool-rule.ts';
import type {
  AssignBody,
  ClaimBody,
  PoolListQuery,
  PoolSettingsBody,
  PoolSettingsOut,
  ReleaseBody,
} from './pool.schemas.ts';
import { sweepWorkspace } from './pool-sweep.ts';

export type { PoolDeps };

/** The shared customer pool (公海): its rule, the list, claims, returns and the nightly run. */
export class PoolService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly deps: PoolDeps,
  ) {}

  /** Anyone may read the rule: reps see how long an untouched lead stays theirs. */
  async settings(scope: Scope): Promise<PoolSettingsOut> {
    const ws = await workspaces.find(this.db, scope.workspaceId);
    if (!ws) throw AppError.notFound('Workspace');
    return {
      ...(await poolSettingsOf(this.db, scope.workspaceId)),
      claimWindowDays: CLAIM_WINDOW_DAYS,
      homeCountry: ws.home_country,
      homeTimeZone: ws.home_time_zone,
    };
  }

  async saveSettings(scope: Scope, body: PoolSettingsBody): Promise<PoolSettingsOut> {
    requireRole(scope, 'admin');
    const next: PoolSettings = { ...body, stages: [...new Set(body.stages)] };
    const errors = checkPoolSettings(next);
    if (errors.length) throw AppError.validation(errors);
    await this.db.transaction().execute(async (tx) => {
      const before = await poolSettingsOf(tx, scope.workspaceId);
      const changes = diff({ ...before }, { ...next });
      if (!Object.keys(changes).length) return;
      await poolRepository.saveSettings(
        tx,
        toSettingsRow(scope.workspaceId, next, this.deps.now().toISOString()),
      );
      await recordAudit(tx, scope, {
        action: 'update',
        entityType: 'pool_settings',
        entityId: scope.workspaceId,
        changes,
      });
    });
    return this.settings(scope);
  }

  /** The pool, as every signed-in user sees it: a few fields of each customer, nothing more. */
  async list(scope: Scope, query: PoolListQuery) {
    const limit = query.limit ?? 50;
    const [pooledAt, id] = (query.cursor ?? '').split('|');
    const rows = await poolRepository.list(this.db, scope.workspaceId, POOL_HOLDER_ID, {
      country: query.country?.toUpperCase(),
      stage: query.stage,
      q: query.q?.trim() || undefined,
      after: pooledAt && id ? { pooledAt, id } : undefined,
      limit,
    });
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    const settings = await poolSettingsOf(this.db, scope.workspaceId);
    const since = shiftInstant(this.deps.now(), -CLAIM_WINDOW_DAYS).toISOString();
    return {
      items: page.map((r) => ({
        customerId: r.id,
        name: r.name,
        nativeName: r.native_name,
        country: r.country,
        stage: r.stage,
        pooledAt: r.pooled_at,
        reason: r.reason,
        lastTouchAt: r.last_touch_at,
      })),
      nextCursor: rows.length > limit && last ? `${last.pooled_at}|${last.id}` : null,
      claims: {
        used: await poolRepository.countClaims(
          this.db,
          scope.workspaceId,
          scope.userId,
          'claim',
          since,
        ),
        limit: settings.claimLimit,
        windowDays: CLAIM_WINDOW_DAYS,
      },
    };
  }

  claim(scope: Scope, customerId: string, body: ClaimBody) {
    return claimFromPool(this.db, this.deps, scope, customerId, body);
  }

  assign(scope: Scope, customerId: string, body: AssignBody) {
    requireRole(scope, 'admin');
    return assignFromPool(this.db, this.deps, scope, customerId, body);
  }

  release(scope: Scope, customerId: string, body: ReleaseBody) {
    return releaseByHand(this.db, this.deps, scope, customerId, body);
  }

  /** The nightly rule for one workspace: warns owners, then returns what stayed untouched. */
  sweep(workspaceId: string) {
    return sweepWorkspace(this.db, this.deps, workspaceId);
  }

  now(): Date {
    return this.deps.now();
  }

  enabledWorkspaces() {
    return poolRepository.enabledWorkspaces(this.db);
  }
}
