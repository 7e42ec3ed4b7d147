import type { Kysely } from 'kysely';
import type { Executor } from '../../db/dialect.ts';
import type { Customer, DB, PoolReason } from '../../db/schema.ts';
import { POOL_HOLDER_ID } from '../../domain/pool/pool-settings.ts';
import type { Scope } from '../../domain/scope.ts';
import { AppError, fieldError } from '../../http/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { customerRecords } from '../customers/customer-records.service.ts';
import { relationshipRecords } from '../relationship/relationship-records.service.ts';
import { userRecords } from '../users/user-records.service.ts';
import { poolRepository } from './pool.repository.ts';
import { poolSettingsOf, type PoolDeps } from './pool-rule.ts';
import type { PoolMoveOut, ReleaseBody } from './pool.schemas.ts';

/**
 * Puts a customer into the pool inside the caller's transaction: the pool holder becomes its
 * owner (only if the owner and last touch are still those the caller saw), its entry is noted,
 * a warning given for it is spent, and its former owner's follow-ups are cancelled. Answers the
 * cancelled follow-ups' count, or null when the customer had moved on meanwhile.
 */
export async function putIntoPool(
  tx: Executor,
  customer: Customer,
  how: { reason: PoolReason; releasedBy: string | null; at: string },
): Promise<number | null> {
  const ws = customer.workspace_id;
  await userRecords.ensurePoolHolder(tx, ws);
  if (!(await customerRecords.releaseToPool(tx, customer, POOL_HOLDER_ID, how.at))) return null;
  await poolRepository.putEntry(tx, {
    workspace_id: ws,
    customer_id: customer.id,
    pooled_at: how.at,
    from_owner_id: customer.owner_id,
    reason: how.reason,
    released_by: how.releasedBy,
  });
  await poolRepository.deleteWarning(tx, ws, customer.id);
  return (await relationshipRecords.cancelOpen(tx, ws, customer.id, how.at)).length;
}

/** The owner or their manager (or an admin) returns a customer to the pool by hand. */
export function releaseByHand(
  db: Kysely<DB>,
  deps: PoolDeps,
  scope: Scope,
  customerId: string,
  body: ReleaseBody,
): Promise<PoolMoveOut> {
  return db.transaction().execute(async (tx) => {
    const customer = await customerRecords.findVisible(tx, scope, customerId);
    if (!customer) throw AppError.notFound('Customer');
    if (customer.owner_id === POOL_HOLDER_ID)
      throw AppError.conflict('The customer is already in the pool', [
        fieldError('/customerId', 'pool_already'),
      ]);
    const settings = await poolSettingsOf(tx, scope.workspaceId);
    if (!settings.stages.includes(customer.stage))
      throw AppError.conflict('The pool does not take customers at this stage', [
        fieldError('/customerId', 'pool_stage', { values: settings.stages }),
      ]);
    const at = deps.now().toISOString();
    const cancelled = await putIntoPool(tx, customer, {
      reason: 'manual',
      releasedBy: scope.userId || null,
      at,
    });
    // The conditional update lost only to a change made this very moment (a touch, a new owner).
    if (cancelled === null)
      throw AppError.conflict('The customer changed meanwhile; reload and try again');
    await recordAudit(tx, scope, {
      action: 'pool_release',
      entityType: 'customer',
      entityId: customer.id,
      changes: {
        ownerId: { before: customer.owner_id, after: POOL_HOLDER_ID },
        reason: { before: null, after: 'manual' },
        ...(body.note ? { note: { before: null, after: body.note } } : {}),
        ...(cancelled ? { cancelledFollowUps: { before: null, after: cancelled } } : {}),
      },
    });
    return { customerId: customer.id, ownerId: POOL_HOLDER_ID, at };
  });
}
