import { useQueryClient } from '@tanstack/react-query';

/** After a touch or a follow-up change, everything derived from it is stale. */
export function useRefreshRelationship(customerId?: string) {
  const qc = useQueryClient();
  return () => {
    for (const key of [
      ['activities', customerId],
      ['follow-ups', customerId],
      ['health', customerId],
      ['inbox'],
      ['customers'],
      ['customer', customerId],
    ]) {
      void qc.invalidateQueries({ queryKey: key.filter(Boolean) });
    }
  };
}
