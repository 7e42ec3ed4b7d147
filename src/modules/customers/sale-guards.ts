import type { Executor } from '../../db/dialect.ts';
import { AppError } from '../../domain/errors.ts';
import { fieldError } from '../../domain/field-errors.ts';

/** Why a customer may not be sold to, or null. */
export type SaleGuard = (
  db: Executor,
  workspaceId: string,
  customerId: string,
) => Promise<string | null>;

// Set by the composition root, by name: sanctions screening blocks a customer whose hit an admin
// confirmed, without quotes and orders importing that module (it builds on this one).
const guards = new Map<string, SaleGuard>();

export function setSaleGuard(name: string, guard: SaleGuard): void {
  guards.set(name, guard);
}

/** Refuses (409 `customer_blocked`) a quote or order for a customer a guard blocks. */
export async function assertMaySell(
  db: Executor,
  workspaceId: string,
  customerId: string,
): Promise<void> {
  for (const guard of guards.values()) {
    const reason = await guard(db, workspaceId, customerId);
    if (reason)
      throw AppError.conflict(`The customer is blocked: ${reason}`, [
        fieldError('/customerId', 'customer_blocked', { reason }),
      ]);
  }
}
