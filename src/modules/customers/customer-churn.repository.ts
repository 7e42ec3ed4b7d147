import type { Executor } from '../../db/dialect.ts';
import { visibleTo } from '../../db/visibility.ts';
import type { Scope } from '../../domain/scope.ts';

/** Live customers in scope who have bought and are not marked churned (the churn list's rows). */
function churnScoped(db: Executor, scope: Scope, f: { country?: string }) {
  let q = db
    .selectFrom('customers')
    .where('customers.workspace_id', '=', scope.workspaceId)
    .$call(visibleTo(scope, 'customers.owner_id'))
    .where('customers.deleted_at', 'is', null)
    .where('stage', '<>', 'churned')
    .where('last_order_date', 'is not', null);
  if (f.country) q = q.where('country', '=', f.country);
  return q;
}

/**
 * Part of the customers repository (spread into `customersRepository`, the table's one owner):
 * the stored churn list's pages and counts (0087). The scores are written by
 * `customer-signals.repository.ts`.
 */
export const customerChurnRepository = {
  /** A page of the stored churn list, riskiest first (index `customers_churn_idx`). */
  churnPage(db: Executor, scope: Scope, f: { country?: string; limit: number; offset: number }) {
    return churnScoped(db, scope, f)
      .select([
        'id',
        'name',
        'country',
        'owner_id',
        'last_order_date',
        'churn_score',
        'churn_reasons',
        'churn_as_of',
      ])
      .where('churn_score', 'is not', null)
      .orderBy('churn_score', 'desc')
      .orderBy('id', 'desc')
      .limit(f.limit)
      .offset(f.offset)
      .execute();
  },

  /** How many stored scores the list holds, how many reach `medium` and how many `high`. */
  async churnCounts(
    db: Executor,
    scope: Scope,
    f: { country?: string },
    from: { medium: number; high: number },
  ) {
    const row = await churnScoped(db, scope, f)
      .select((eb) => {
        const reaching = (n: number) =>
          eb.fn.sum<number | string | null>(
            eb.case().when('churn_score', '>=', n).then(1).else(0).end(),
          );
        return [
          eb.fn.countAll<number | string>().as('total'),
          reaching(from.medium).as('at_risk'),
          reaching(from.high).as('high'),
        ];
      })
      .where('churn_score', 'is not', null)
      .executeTakeFirstOrThrow();
    const atRisk = Number(row.at_risk ?? 0);
    const high = Number(row.high ?? 0);
    return { total: Number(row.total), atRisk, high, medium: atRisk - high };
  },
};
