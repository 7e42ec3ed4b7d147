import type { Executor } from '../../db/dialect.ts';
import type { Scope } from '../../domain/scope.ts';
import { visibleTo } from '../../db/visibility.ts';

export const calendarRepository = {
  /** How many of the caller's customers sit in each country and region. */
  async customerMarkets(
    db: Executor,
    scope: Scope,
  ): Promise<{ country: string; region: string | null; customers: number }[]> {
    // A read across the customers table; the customers module stays its only writer.
    const rows = await db
      .selectFrom('customers')
      .where('customers.workspace_id', '=', scope.workspaceId)
      .$call(visibleTo(scope, 'customers.owner_id'))
      .select(['country', 'region'])
      .select((eb) => eb.fn.countAll<number>().as('customers'))
      .where('deleted_at', 'is', null)
      .groupBy(['country', 'region'])
      .execute();
    return rows.map((r) => ({
      country: r.country,
      region: r.region,
      customers: Number(r.customers),
    }));
  },
};
