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

/**
 * The scope rule with one exception: rows whose `personalColumn` is the caller are visible too
 * (synced mail: the mailbox's owner sees their own mail on a customer they cannot see).
 */
export function visibleToOrOwn(scope: Scope, ownerColumn: string, personalColumn: string) {
  const owners = ownerFilter(scope);
  return <DB, TB extends keyof DB, O>(q: SelectQueryBuilder<DB, TB, O>) =>
    owners
      ? q.where((eb) =>
          eb.or([
            eb(sql.ref(ownerColumn), 'in', owners),
            eb(sql.ref(personalColumn), '=', scope.userId),
          ]),
        )
      : q;
}
