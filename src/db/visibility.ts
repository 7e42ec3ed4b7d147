import { sql, type SelectQueryBuilder } from 'kysely';
import { ownerFilter, type Scope } from '../domain/scope.ts';

/**
 * The scope rule as SQL, for every repository that reads records owned through a customer:
 * `query.$call(visibleTo(scope, 'customers.owner_id'))`. A rep sees their own, a manager their
 * teams', an admin everything (no condition at all, so the plan is the unscoped one). The rule
 * itself is `ownerFilter` in `src/domain/scope.ts`; this is the only place it becomes SQL.
 */
export function visibleTo(scope: Scope, ownerColumn: string) {
  const owners = ownerFilter(scope);
  return <DB, TB extends keyof DB, O>(q: SelectQueryBuilder<DB, TB, O>) =>
    owners ? q.where(sql.ref(ownerColumn), 'in', owners) : q;
}
