import type { Executor } from '../../db/dialect.ts';
import { AppError } from '../../domain/errors.ts';
import { fieldError } from '../../domain/field-errors.ts';
import type { Scope } from '../../domain/scope.ts';

/** What a credit check answers when a new order or quote takes a customer over its limit. */
export interface CreditWarningOut {
  approvalId: string;
  status: 'pending' | 'approved';
  currency: string;
  limitMinor: number;
  exposureMinor: number;
  amountMinor: number;
}

export interface CreditSubject {
  entityType: 'order' | 'quote';
  entityId: string;
  customerId: string;
  amountMinor: number;
  currency: string;
  date: string;
}

/** Called in the creating transaction; null when within the limit or no limit is set. */
export type CreditCheck = (
  db: Executor,
  scope: Scope,
  subject: CreditSubject,
) => Promise<CreditWarningOut | null>;

// Set by the composition root to the risk module's check (the risk module sits above orders and
// quotes, which must not import it). Unset (tools, some tests): no check.
let check: CreditCheck | null = null;

export function setCreditCheck(fn: CreditCheck | null): void {
  check = fn;
}

/** The credit check of a new order or quote, kept apart from the create paths it runs in. */
export async function checkCredit(db: Executor, scope: Scope, subject: CreditSubject) {
  return check ? check(db, scope, subject) : null;
}

/** Whether an order or quote waits for credit approval ('pending') or was refused it. */
export type CreditHold = (
  db: Executor,
  workspaceId: string,
  type: 'order' | 'quote',
  id: string,
) => Promise<'pending' | 'rejected' | null>;

let hold: CreditHold | null = null;

export function setCreditHold(fn: CreditHold | null): void {
  hold = fn;
}

/**
 * Refuses to let a held order ship or a held quote be sent: the goods or the offer go out only
 * once a manager approved the credit. `path` names the field the refusal is reported at.
 */
export async function requireCreditCleared(
  db: Executor,
  workspaceId: string,
  type: 'order' | 'quote',
  id: string,
  path: string,
): Promise<void> {
  const state = hold ? await hold(db, workspaceId, type, id) : null;
  if (state)
    throw AppError.conflict(`Credit ${state === 'pending' ? 'approval pending' : 'refused'}`, [
      fieldError(
        path,
        state === 'pending' ? 'credit_approval_pending' : 'credit_approval_rejected',
      ),
    ]);
}
