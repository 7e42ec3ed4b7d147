import type { Kysely } from 'kysely';
import type { Executor } from '../../db/dialect.ts';
import type { Customer, DB, PoolClaimKind } from '../../db/schema.ts';
import { shiftInstant } from '../../domain/calendar/dates.ts';
import { newId } from '../../domain/ids.ts';
import { CLAIM_WINDOW_DAYS, POOL_HOLDER_ID } from '../../domain/pool/pool-settings.ts';
import type { Scope } from '../../domain/scope.ts';
import { AppError, fieldError } from '../../http/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { customerRecords } from '../customers/customer-records.service.ts';
import { userRecords } from '../users/user-records.service.ts';
import { poolRepository } from './pool.repository.ts';
import { poolSettingsOf, toSettingsRow, type PoolDeps } from './pool-rule.ts';
import type { AssignBody, ClaimBody, PoolMoveOut } from './pool.schemas.ts';

/** How long after a claim a second claimant hears "taken" rather than "not found". */
const TAKEN_HOURS = 24;

/** A rep takes a customer from the pool: first claim wins, within the limit, after a look-alike check. */
export function claimFromPool(
  db: Kysely<DB>,
  deps: PoolDeps,
  scope: Scope,
  customerId: string,
  body: ClaimBody,
): Promise<PoolMoveOut> {
  return db.transaction().execute(async (tx) => {
    const now = deps.now();
    const settings = await poolSettingsOf(tx, scope.workspaceId);
    // Claims of one workspace take turns from here (see lockSettings).
    await poolRepository.lockSettings(
      tx,
      toSettingsRow(scope.workspaceId, settings, now.toISOString()),
    );
    const customer = await pooledOrTaken(tx, scope.workspaceId, customerId, now);
    if (settings.claimLimit !== null) {
      const since = shiftInstant(now, -CLAIM_WINDOW_DAYS).toISOString();
      const used = await poolRepository.countClaims(
        tx,
        scope.workspaceId,
        scope.userId,
        'claim',
        since,
      );
      if (used >= settings.claimLimit)
        throw AppError.conflict(`Claim limit reached (${settings.claimLimit})`, [
          fieldError('/customerId', 'pool_claim_limit', {
            limit: settings.claimLimit,
            days: CLAIM_WINDOW_DAYS,
          }),
        ]);
    }
    const ignored = await checkLookalikes(tx, deps, scope, customerId, body.force === true);
    return takeOut(tx, deps, scope, customer, {
      ownerId: scope.userId,
      kind: 'claim',
      ignored,
      at: now.toISOString(),
    });
  });
}

/** An admin gives a pooled customer to a user (no claim limit; the user's book is checked). */
export function assignFromPool(
  db: Kysely<DB>,
  deps: PoolDeps,
  scope: Scope,
  customerId: string,
  body: AssignBody,
): Promise<PoolMoveOut> {
  return db.transaction().execute(async (tx) => {
    const now = deps.now();
    const user = await userRecords.findById(tx, scope.workspaceId, body.userId);
    if (!user || user.active !== 1)
      throw AppError.validation([fieldError('/userId', 'no_active_user')]);
    const customer = await pooledOrTaken(tx, scope.workspaceId, customerId, now);
    // The look-alike check runs on the assignee's own book, as their claim would.
    const theirs: Scope = {
      ...scope,
      userId: user.id,
      role: user.role,
      visibleOwnerIds: [user.id],
    };
    const ignored = await checkLookalikes(tx, deps, theirs, customerId, body.force === true);
    return takeOut(tx, deps, scope, customer, {
      ownerId: user.id,
      kind: 'assign',
      ignored,
      at: now.toISOString(),
    });
  });
}

/** The pooled customer, or "taken" (claimed moments ago), or not found. */
async function pooledOrTaken(tx: Executor, ws: string, customerId: string, now: Date) {
  const customer = await poolRepository.findPooled(tx, ws, POOL_HOLDER_ID, customerId);
  if (customer) return customer;
  const last = (await poolRepository.lastClaims(tx, ws, [customerId])).get(customerId);
  if (last && Date.parse(last) > now.getTime() - TAKEN_HOURS * 3_600_000)
    throw AppError.conflict('Another colleague claimed this customer first', [
      fieldError('/customerId', 'pool_taken'),
    ]);
  throw AppError.notFound('Customer in the pool');
}

/** Refuses when the scope already has a likely duplicate, unless forced; answers the ones forced past. */
async function checkLookalikes(
  tx: Executor,
  deps: PoolDeps,
  scope: Scope,
  customerId: string,
  force: boolean,
): Promise<string[]> {
  const found = await deps.duplicates.lookalikes(tx, scope, customerId);
  const first = found[0];
  if (first && !force)
    throw AppError.conflict(`Looks like ${first.name}, already in this book`, [
      fieldError('/customerId', 'pool_duplicate', { id: first.id, name: first.name }),
    ]);
  return found.map((f) => f.id);
}

async function takeOut(
  tx: Executor,
  deps: PoolDeps,
  scope: Scope,
  customer: Customer,
  to: { ownerId: string; kind: PoolClaimKind; ignored: string[]; at: string },
): Promise<PoolMoveOut> {
  const ws = customer.workspace_id;
  const teamId = (await userRecords.teamIdsOf(tx, ws, to.ownerId))[0] ?? null;
  const owner = { ownerId: to.ownerId, teamId };
  if (!(await customerRecords.claimFromPool(tx, customer, POOL_HOLDER_ID, owner, to.at)))
    throw AppError.conflict('Another colleague claimed this customer first', [
      fieldError('/customerId', 'pool_taken'),
    ]);
  await poolRepository.insertClaim(tx, {
    workspace_id: ws,
    id: newId(),
    customer_id: customer.id,
    user_id: to.ownerId,
    kind: to.kind,
    at: to.at,
  });
  await poolRepository.deleteEntry(tx, ws, customer.id);
  await poolRepository.deleteWarning(tx, ws, customer.id);
  // The new owner's cadence starts now: a first follow-up in their inbox.
  await deps.planning.replanOne(tx, ws, { ...customer, owner_id: to.ownerId });
  await recordAudit(tx, scope, {
    action: to.kind === 'claim' ? 'pool_claim' : 'pool_assign',
    entityType: 'customer',
    entityId: customer.id,
    changes: {
      ownerId: { before: POOL_HOLDER_ID, after: to.ownerId },
      ...(to.ignored.length ? { duplicatesIgnored: { before: null, after: to.ignored } } : {}),
    },
  });
  return { customerId: customer.id, ownerId: to.ownerId, at: to.at };
}
