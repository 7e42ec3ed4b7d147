import { useQueryClient } from '@tanstack/react-query';
import { qk } from '../api/query-keys.ts';

/** After a touch or a follow-up change, everything derived from it is stale. */
export function useRefreshRelationship(customerId?: string) {
  const qc = useQueryClient();
  return () => {
    // Without a customer (the inbox), each key is its prefix: every customer's.
    for (const queryKey of [
      qk.activities(customerId),
      qk.followUps(customerId),
      qk.health(customerId),
      qk.inbox.all(),
      qk.customers.all(),
      qk.customer(customerId),
    ]) {
      void qc.invalidateQueries({ queryKey });
    }
  };
}
