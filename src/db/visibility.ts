import { sql, type SelectQueryBuilder } from 'kysely';
import { ownerFilter, ticketReach, type Scope } from '../domain/scope.ts';

/**
 * The scope rule as SQL, for every repository that reads records owned through a customer:
 * `query.$call(visibleTo(scope, 'customers.owner_id'))`. A rep sees their own, a manager their
 * teams', an admin everything (no condition at all, so the plan is the unscoped one). The rule
 * itself is `ownerFilter` in `src/domain/scope.ts`; this is the only place it becomes SQL.
 */
export function visibleTo(scope: Scope, ownerColumn: string) {
  const owners = ownerFilter(scope);
  return <DB, TB extends keyof DB, O>(q: SelectQueryBuilder<DB, TB, O>) =>
    !owners
      ? q
      : // A service agent sees no owner's records: no rows (`in ()` is not SQL).
        owners.length
        ? q.where(sql.ref(ownerColumn), 'in', owners)
        : q.where(sql<boolean>`1 = 0`);
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
            ...(owners.length ? [eb(sql.ref(ownerColumn), 'in', owners)] : []),
            eb(sql.ref(personalColumn), '=', scope.userId),
          ]),
        )
      : q;
}

/**
 * The tickets' access rule (`ticketReach` in `src/domain/scope.ts`) as SQL: the customer's owner,
 * the assignee or the support team is one the caller reaches. An admin gets no condition.
 */
export function ticketsVisibleTo(
  scope: Scope,
  columns: { owner: string; assignee: string; team: string },
) {
  const reach = ticketReach(scope);
  return <DB, TB extends keyof DB, O>(q: SelectQueryBuilder<DB, TB, O>) => {
    if (!reach) return q;
    const ways = [
      [columns.owner, reach.owners],
      [columns.assignee, reach.assignees],
      [columns.team, reach.teams],
    ] as const;
    return q.where((eb) => {
      const held = ways.filter(([, ids]) => ids.length);
      return held.length
        ? eb.or(held.map(([column, ids]) => eb(sql.ref(column), 'in', ids)))
        : sql<boolean>`1 = 0`;
    });
  };
}

/** At most this many parts: beyond, one filtered walk is cheaper than merging many. */
const MAX_REACH_PARTS = 12;

/**
 * The same rule, for a reach without customer owners (a service agent's), as disjoint parts
 * whose union is exactly the rule: one per support team (`team = T`), one per assignee on
 * tickets of none of those teams. Each part leads with an equality an index on (workspace,
 * team or assignee, due instant) serves, so a list by time left merges a few short ordered walks
 * (UNION ALL … ORDER BY … LIMIT) instead of walking every ticket of the workspace and keeping
 * one in ten. null: use `ticketsVisibleTo` (an admin; an owner's part would need the customer
 * join and overlap the others; too many parts; none at all).
 */
export function ticketReachParts(scope: Scope, columns: { assignee: string; team: string }) {
  const reach = ticketReach(scope);
  if (!reach || reach.owners.length) return null;
  const { teams, assignees } = reach;
  if (!teams.length && !assignees.length) return null;
  if (teams.length + assignees.length > MAX_REACH_PARTS) return null;
  type Part = <DB, TB extends keyof DB, O>(
    q: SelectQueryBuilder<DB, TB, O>,
  ) => SelectQueryBuilder<DB, TB, O>;
  const team = sql.ref(columns.team);
  const parts: Part[] = teams.map(
    (id) =>
      <DB, TB extends keyof DB, O>(q: SelectQueryBuilder<DB, TB, O>) =>
        q.where(team, '=', id),
  );
  for (const id of assignees)
    parts.push(<DB, TB extends keyof DB, O>(q: SelectQueryBuilder<DB, TB, O>) => {
      const mine = q.where(sql.ref(columns.assignee), '=', id);
      // A ticket of one of the teams is already in that team's part.
      return teams.length
        ? mine.where((eb) => eb.or([eb(team, 'is', null), eb(team, 'not in', teams)]))
        : mine;
    });
  return parts;
}
