import type { Executor } from '../../db/dialect.ts';
import type { CreditApproval, CreditLimit } from '../../db/schema.ts';
import type { Scope } from '../../domain/scope.ts';
import { visibleTo } from '../../db/visibility.ts';

/** The only writer of `credit_limits` and `credit_approvals`. */
export const creditRepository = {
  limitOf(db: Executor, workspaceId: string, customerId: string) {
    return db
      .selectFrom('credit_limits')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('customer_id', '=', customerId)
      .executeTakeFirst();
  },

  async putLimit(db: Executor, row: CreditLimit): Promise<void> {
    await db
      .insertInto('credit_limits')
      .values(row)
      .onConflict((oc) =>
        oc.columns(['workspace_id', 'customer_id']).doUpdateSet({
          limit_minor: row.limit_minor,
          currency: row.currency,
          insurer: row.insurer,
          policy_number: row.policy_number,
          updated_by: row.updated_by,
          updated_at: row.updated_at,
        }),
      )
      .execute();
  },

  async removeLimit(db: Executor, workspaceId: string, customerId: string): Promise<void> {
    await db
      .deleteFrom('credit_limits')
      .where('workspace_id', '=', workspaceId)
      .where('customer_id', '=', customerId)
      .execute();
  },

  /** Accepted quotes not (yet) turned into an order: exposure beside the unpaid orders. */
  acceptedQuotes(db: Executor, workspaceId: string, customerId: string) {
    return db
      .selectFrom('quotes')
      .select(['total_minor', 'currency', 'quote_date'])
      .where('workspace_id', '=', workspaceId)
      .where('customer_id', '=', customerId)
      .where('status', '=', 'accepted')
      .where('order_id', 'is', null)
      .execute();
  },

  async insertApproval(db: Executor, row: CreditApproval): Promise<void> {
    await db.insertInto('credit_approvals').values(row).execute();
  },

  async decide(
    db: Executor,
    workspaceId: string,
    id: string,
    patch: Pick<CreditApproval, 'status' | 'decided_by' | 'decided_at' | 'note'>,
  ): Promise<void> {
    await db
      .updateTable('credit_approvals')
      .set(patch)
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  },

  /** Approvals of customers the scope may see, newest first. */
  approvals(
    db: Executor,
    scope: Scope,
    f: { id?: string; status?: CreditApproval['status']; customerId?: string; limit?: number },
  ) {
    let q = db
      .selectFrom('credit_approvals')
      .innerJoin('customers', (j) =>
        j
          .onRef('customers.workspace_id', '=', 'credit_approvals.workspace_id')
          .onRef('customers.id', '=', 'credit_approvals.customer_id'),
      )
      .where('credit_approvals.workspace_id', '=', scope.workspaceId)
      .$call(visibleTo(scope, 'customers.owner_id'))
      .where('customers.deleted_at', 'is', null)
      .selectAll('credit_approvals')
      .select('customers.name as customer_name');
    if (f.id) q = q.where('credit_approvals.id', '=', f.id);
    if (f.status) q = q.where('credit_approvals.status', '=', f.status);
    if (f.customerId) q = q.where('credit_approvals.customer_id', '=', f.customerId);
    return q
      .orderBy('credit_approvals.requested_at', 'desc')
      .orderBy('credit_approvals.id', 'desc')
      .limit(f.limit ?? 200)
      .execute();
  },

  /** The latest approval request of an order or a quote, if any. */
  approvalOf(db: Executor, workspaceId: string, entityType: 'order' | 'quote', entityId: string) {
    return db
      .selectFrom('credit_approvals')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('entity_type', '=', entityType)
      .where('entity_id', '=', entityId)
      .orderBy('requested_at', 'desc')
      .executeTakeFirst();
  },
};
